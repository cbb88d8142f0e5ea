import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, importsAcross, readImportGraph, type ImportGraph } from './import-graph.js';

// The lint rule `import-x/no-cycle` (eslint.config.mjs) catches value-import cycles as they are
// typed, but it skips type-only imports; this walk counts those too, and names a new cycle
// file by file.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const graph = readImportGraph(root, ['electron', 'renderer']);

describe('the import graph of electron/ and renderer/', () => {
  it('has no import cycles (type-only imports included)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has no arrow from the runner to the host adapters (shared types live in electron/contract)', () => {
    expect(importsAcross(graph, 'electron/runner/', 'electron/host/')).toEqual([]);
  });

  it('sees the imports it is meant to judge', () => {
    // Guards the reader itself: a resolver that lost `.js` → `.ts` would find no cycles anywhere.
    expect(graph.get('electron/runner/pty-runner.ts')).toContain('electron/runner/pty-run.ts');
    expect(graph.get('electron/contract/facts.ts')).toContain('electron/contract/distro-facts.ts');
  });
});

describe('findCycles', () => {
  const g = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it('names each cycle as a closed path from its first file', () => {
    const cycles = findCycles(g({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts', 'd.ts'], 'd.ts': [], 'x.ts': ['y.ts'], 'y.ts': ['x.ts'] }));
    expect(cycles).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['x.ts', 'y.ts', 'x.ts'],
    ]);
  });

  it('reports a file that imports itself and nothing for a tree', () => {
    expect(findCycles(g({ 'a.ts': ['a.ts'] }))).toEqual([['a.ts', 'a.ts']]);
    expect(findCycles(g({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });
});
