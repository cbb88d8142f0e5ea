import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchFacts } from '../../../../electron/contract/distro-facts.js';
import { parseExpectedGpuTable } from '../../../../electron/engine/perf/expected-gpus.js';
import { figuresAbovePeak, findExpectedGpu as findIn, judgeBench, normalizeGpuName, peakOf } from '../../../../electron/engine/perf/match-gpu.js';
import { EXPECTED_GPUS, EXPECTED_GPUS_ERROR } from '../../../check-reference.js';

const findExpectedGpu = (name: string | null) => findIn(name, EXPECTED_GPUS);

const bench = (b: Partial<BenchFacts>): BenchFacts => ({
  status: 'ok', reason: null, device: null, fp32Tflops: null, tf32Tflops: null, fp16Tflops: null, bf16Tflops: null, copyGBps: null,
  sizes: { matmulN: 8192, copyBytes: 1 << 30 }, torchVersion: null, cudaBuild: null, errors: [], suspect: [], ...b,
});

describe('expected GPU table', () => {
  it('loads from assets/perf and is well formed', () => {
    expect(EXPECTED_GPUS_ERROR).toBeNull();
    const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../assets/perf/expected-gpus.json'), 'utf8');
    expect(parseExpectedGpuTable(text).ok).toBe(true);
    const names = EXPECTED_GPUS.flatMap((g) => g.names.map(normalizeGpuName));
    expect(new Set(names).size).toBe(names.length);
    for (const g of EXPECTED_GPUS) {
      for (const range of Object.values(g.expected)) if (range) expect(range[0], g.id).toBeLessThanOrEqual(range[1]);
      expect(g.source.length, g.id).toBeGreaterThan(10);
    }
  });

  it('covers the RTX 20–50 desktop and laptop lines and the datacenter cards', () => {
    for (const n of ['NVIDIA GeForce RTX 2080 Ti', 'NVIDIA GeForce RTX 3060', 'NVIDIA GeForce RTX 4070', 'NVIDIA GeForce RTX 4070 Laptop GPU', 'NVIDIA GeForce RTX 3080 Laptop GPU',
      'NVIDIA GeForce RTX 5090', 'NVIDIA GeForce RTX 5090 Laptop GPU', 'NVIDIA A100-SXM4-40GB', 'NVIDIA A100-SXM4-80GB', 'NVIDIA A100 80GB PCIe', 'NVIDIA H100 PCIe',
      'NVIDIA H100 80GB HBM3', 'NVIDIA H200', 'NVIDIA L4', 'NVIDIA L40S', 'Tesla T4', 'Tesla V100-SXM2-16GB']) {
      expect(findExpectedGpu(n), n).not.toBeNull();
    }
  });

  it('keeps laptop and desktop rows apart and normalizes names', () => {
    expect(normalizeGpuName('NVIDIA GeForce RTX 4070 Laptop GPU')).toBe('rtx 4070 laptop');
    expect(findExpectedGpu('NVIDIA GeForce RTX 4070 Laptop GPU')?.id).toBe('rtx-4070-laptop');
    expect(findExpectedGpu('nvidia geforce rtx 4070')?.id).toBe('rtx-4070');
    expect(findExpectedGpu('NVIDIA GeForce RTX 4070 Ti SUPER')?.id).toBe('rtx-4070-ti-super');
    expect(findExpectedGpu('AMD Radeon RX 7900 XTX')).toBeNull();
    expect(findExpectedGpu(null)).toBeNull();
  });

  it('H100 SXM: about 800 TFLOP/s bf16 and 3 TB/s copy pass', () => {
    const h100 = findExpectedGpu('NVIDIA H100 80GB HBM3');
    expect(h100?.expected.bf16?.[0]).toBeLessThanOrEqual(800);
    expect(h100?.expected.copyGBps?.[1]).toBeGreaterThanOrEqual(3000);
    const j = judgeBench(bench({ bf16Tflops: 800, copyGBps: 3000 }), h100!);
    expect(j.map((x) => x.verdict)).toEqual(['pass', 'pass']);
  });

  it('judges at 85 % and 40 % of the low end: a card at half speed is flagged', () => {
    const g = findExpectedGpu('NVIDIA GeForce RTX 4090')!;
    const low = g.expected.fp16![0];
    expect(judgeBench(bench({ fp16Tflops: low * 0.85 }), g)[0]?.verdict).toBe('pass');
    expect(judgeBench(bench({ fp16Tflops: low * 0.84 }), g)[0]?.verdict).toBe('warn');
    expect(judgeBench(bench({ fp16Tflops: low * 0.5 }), g)[0]?.verdict).toBe('warn');
    expect(judgeBench(bench({ fp16Tflops: low * 0.39 }), g)[0]?.verdict).toBe('fail');
    expect(judgeBench(bench({ bf16Tflops: 50 }), findExpectedGpu('Tesla T4')!)).toEqual([]);
  });
});

describe('expected GPU table: estimated versus measured rows', () => {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../assets/perf/expected-gpus.json'), 'utf8');
  const withRow = (patch: (row: Record<string, unknown>) => void): string => {
    const table = JSON.parse(text) as { gpus: Record<string, unknown>[] };
    patch(table.gpus.find((g) => g.id === 'rtx-4070')!);
    return JSON.stringify(table);
  };
  const measured = { by: 'someone', date: '2026-11-30', tool: 'child_bench.py, torch 2.14.0+cu132', fixture: 'test/fixtures/distro/probe/x.json', figures: { fp32: 21, fp16: 47, bf16: 47, copyGBps: 440 } };

  it('the RTX 3060, 4070 and 4090 rows, whose ranges are estimates, say so', () => {
    for (const id of ['rtx-3060', 'rtx-4070', 'rtx-4090']) expect(EXPECTED_GPUS.find((g) => g.id === id)?.estimated, id).toBe(true);
  });

  it('rejects a row that claims "measured" without a measured source, or whose source says estimate', () => {
    const bare = parseExpectedGpuTable(withRow((r) => { r.estimated = false; r.source = 'NVIDIA whitepaper'; }));
    expect(bare).toMatchObject({ ok: false });
    expect(bare.ok ? '' : bare.error).toContain('rtx-4070: estimated: false needs a measured source');
    const words = parseExpectedGpuTable(withRow((r) => { r.estimated = false; r.measured = measured; }));
    expect(words.ok ? '' : words.error).toContain('the source says it is an estimate');
    expect(parseExpectedGpuTable(withRow((r) => { r.estimated = false; r.source = 'measured on a reference board'; r.measured = measured; })).ok).toBe(true);
    expect(parseExpectedGpuTable(withRow((r) => { r.estimated = false; r.source = 'measured'; r.measured = { ...measured, fixture: 'notes.txt' }; })).ok).toBe(false);
  });

  it('every measured row points at a committed collector document', () => {
    for (const g of EXPECTED_GPUS.filter((x) => !x.estimated)) {
      expect(g.measured, g.id).toBeDefined();
      expect(fs.existsSync(path.resolve(import.meta.dirname, '../../../..', g.measured!.fixture)), g.id).toBe(true);
      expect(fs.existsSync(path.resolve(import.meta.dirname, '../../../..', `${g.measured!.fixture}.meta.json`)), g.id).toBe(true);
    }
  });
});

describe('expected GPU table: peaks', () => {
  it('TF32 peaks: half the FP16 tensor figure from Ampere on, plain FP32 before', () => {
    expect(peakOf(findExpectedGpu('NVIDIA GeForce RTX 4070')!, 'tf32')).toBeCloseTo(29.15, 2);
    expect(peakOf(findExpectedGpu('NVIDIA H100 80GB HBM3')!, 'tf32')).toBeCloseTo(494.5, 1);
    expect(peakOf(findExpectedGpu('Tesla T4')!, 'tf32')).toBe(8.1);
    expect(peakOf(findExpectedGpu('NVIDIA GeForce RTX 4070 Laptop GPU')!, 'fp16')).toBe(40.1);
  });

  it('flags figures above the card\'s peak (with 10 % boost headroom), not those below', () => {
    const g = findExpectedGpu('NVIDIA GeForce RTX 4070')!;
    expect(figuresAbovePeak(bench({ fp32Tflops: 21.4, tf32Tflops: 38.9, fp16Tflops: 47.2, copyGBps: 441 }), g)).toEqual([{ metric: 'tf32', reason: 'above-peak', reported: 38.9, expected: 29.15 }]);
    expect(figuresAbovePeak(bench({ tf32Tflops: 31.9, copyGBps: 554 }), g)).toEqual([]);
    expect(figuresAbovePeak(bench({ copyGBps: 560 }), g)).toEqual([{ metric: 'copyGBps', reason: 'above-peak', reported: 560, expected: 504 }]);
  });
});
