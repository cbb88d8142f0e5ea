import { describe, expect, it } from 'vitest';
import { benchFactsFrom, checkFigure, copyGBps, matmulTflops } from '../../../../electron/host/distro/parse-bench-section.js';
import type { ProbeBenchSection } from '../../../../electron/host/distro/probe-document-schema.js';

const section = (results: NonNullable<ProbeBenchSection['results']>, status = 'ok'): ProbeBenchSection => ({ status, results });

describe('bench section: dtypes the child skipped', () => {
  it('keeps the child\'s skipped list (what and why), dropping malformed entries', () => {
    const b = benchFactsFrom({ ...section([{ kind: 'matmul', dtype: 'fp32', n: 8192, iterations: 11, ms: 562.541, tflops: 21.5 }]), skipped: [{ what: 'fp16', reason: 'time budget' }, { what: 'bf16', reason: 'not supported by this GPU' }, { reason: 'no name' }, 'junk'] });
    expect(b).toMatchObject({ status: 'ok', fp16Tflops: null, skipped: [{ what: 'fp16', reason: 'time budget' }, { what: 'bf16', reason: 'not supported by this GPU' }] });
    expect(benchFactsFrom(section([]))?.skipped).toEqual([]);
  });
});

describe('bench section: figures recomputed from their raw fields', () => {
  it('uses child_bench.py\'s formulas: 2·n³·iterations / time, and 2·bytes·iterations / time for the copy', () => {
    expect(matmulTflops(8192, 11, 562.541)).toBeCloseTo(21.5, 3);
    expect(copyGBps(1 << 30, 124, 598.4)).toBeCloseTo(445.0, 3);
    expect(matmulTflops(8192, 0, 600)).toBeNull();
    expect(copyGBps(undefined, 10, 600)).toBeNull();
  });

  it('keeps figures that follow from n, iterations and ms (within 3 %) and flags nothing', () => {
    const b = benchFactsFrom(section([
      { kind: 'matmul', dtype: 'fp32', n: 8192, iterations: 11, ms: 562.541, tflops: 21.5 },
      { kind: 'matmul', dtype: 'fp16', n: 8192, iterations: 25, ms: 578.69, tflops: 47.5 },
      { kind: 'copy-d2d', bytes: 1 << 30, iterations: 124, ms: 598.4, gbps: 445.0 },
    ]));
    expect(b).toMatchObject({ fp32Tflops: 21.5, fp16Tflops: 47.5, copyGBps: 445, suspect: [] });
  });

  it('flags the figures of the old verified-on-gpu fixture that its own fields contradict', () => {
    // All four matmuls said n 8192, 12 iterations, 600 ms: that is 21.99 TFLOP/s for each, not 38.9 or 47.2.
    const b = benchFactsFrom(section([
      { kind: 'matmul', dtype: 'fp32', n: 8192, iterations: 12, ms: 600, tflops: 21.4 },
      { kind: 'matmul', dtype: 'tf32', n: 8192, iterations: 12, ms: 600, tflops: 38.9 },
      { kind: 'matmul', dtype: 'fp16', n: 8192, iterations: 12, ms: 600, tflops: 47.2 },
      { kind: 'copy-d2d', bytes: 1073741824, iterations: 40, ms: 190, gbps: 441 },
    ]));
    expect(b?.suspect).toEqual([
      { metric: 'tf32', reason: 'inconsistent', reported: 38.9, expected: 21.99 },
      { metric: 'fp16', reason: 'inconsistent', reported: 47.2, expected: 21.99 },
    ]);
    // Reported figures stay as the collector printed them (the check decides what to trust).
    expect(b).toMatchObject({ fp32Tflops: 21.4, tf32Tflops: 38.9, fp16Tflops: 47.2, copyGBps: 441 });
  });

  it('flags a figure 4 % off its recomputation, not one 2 % off', () => {
    expect(checkFigure('fp32', 104, 100)).toEqual({ metric: 'fp32', reason: 'inconsistent', reported: 104, expected: 100 });
    expect(checkFigure('fp32', 96, 100)?.reason).toBe('inconsistent');
    expect(checkFigure('fp32', 102, 100)).toBeNull();
    expect(checkFigure('fp32', null, 100)).toBeNull();
  });

  it('flags a figure printed without the fields to check it', () => {
    const b = benchFactsFrom(section([{ kind: 'matmul', dtype: 'bf16', tflops: 47 }, { kind: 'copy-d2d', gbps: 400, iterations: 10 }]));
    expect(b?.suspect).toEqual([
      { metric: 'bf16', reason: 'unverifiable', reported: 47, expected: null },
      { metric: 'copyGBps', reason: 'unverifiable', reported: 400, expected: null },
    ]);
  });

  it('an errored dtype is an error, not a figure to check', () => {
    const b = benchFactsFrom(section([{ kind: 'matmul', dtype: 'fp32', n: 4096, iterations: 20, ms: 500, tflops: 5.498 }, { kind: 'matmul', dtype: 'bf16', error: 'RuntimeError: CUDA error' }], 'partial'));
    expect(b).toMatchObject({ status: 'partial', fp32Tflops: 5.498, bf16Tflops: null, suspect: [], errors: ['matmul bf16: RuntimeError: CUDA error'] });
  });
});
