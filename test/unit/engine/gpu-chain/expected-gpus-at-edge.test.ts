import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readImportGraph } from '../../house/import-graph.js';

// The expected-GPU table is read at the edge (createEngine, the CLI) and handed to the
// gpu.performance check; importing the check must not touch the disk.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

describe('the expected-GPU table is loaded at the edge', () => {
  afterEach(() => vi.restoreAllMocks());

  it('importing the gpu.performance check and the matcher reads no file', async () => {
    vi.resetModules();
    const calls: string[] = [];
    for (const name of ['readFileSync', 'existsSync', 'openSync', 'readdirSync', 'statSync'] as const) {
      const real = fs[name] as (...args: unknown[]) => unknown;
      vi.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
        calls.push(`${name} ${String(args[0])}`);
        return real(...args);
      }) as never);
    }
    const check = await import('../../../../electron/engine/checks/gpu-chain/gpu-performance.js');
    await import('../../../../electron/engine/perf/match-gpu.js');
    expect(calls).toEqual([]);
    expect(typeof check.gpuPerformanceCheck).toBe('function');
  });

  it('no check module reaches the table loader through its imports', () => {
    const graph = readImportGraph(root, ['electron']);
    const loader = 'electron/engine/perf/load-expected-gpus.ts';
    const reaches = (from: string, seen = new Set<string>()): boolean => {
      if (from === loader) return true;
      if (seen.has(from)) return false;
      seen.add(from);
      return (graph.get(from) ?? []).some((next) => reaches(next, seen));
    };
    const checks = [...graph.keys()].filter((f) => f.startsWith('electron/engine/checks/'));
    expect(checks.length).toBeGreaterThan(20);
    expect(checks.filter((f) => reaches(f))).toEqual([]);
    // The edge does read it.
    expect(reaches('electron/app/create-engine.ts')).toBe(true);
  });
});
