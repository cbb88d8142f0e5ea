import type { BenchFacts } from '../../contract/distro-facts.js';
import { EXPECTED_GPUS, type ExpectedGpu } from './expected-gpus.js';

/**
 * Matches a device name to a row of the expected-performance table and judges measured figures
 * against it: pass at ≥ 70 % of the low end of the expected range, warn at 40–70 %, fail below
 * (domain.md §6.3). Laptop rows are separate: "RTX 4070 Laptop GPU" never matches "RTX 4070".
 */

const DROP = new Set(['nvidia', 'geforce', 'tesla', 'gpu']);

/** `NVIDIA GeForce RTX 4070 Laptop GPU` → `rtx 4070 laptop`; `Tesla V100-SXM2-16GB` → `v100 sxm2 16gb`. */
export function normalizeGpuName(name: string): string {
  return name
    .slice(0, 200)
    .toLowerCase()
    .replace(/[-_/()®™]/gu, ' ')
    .split(/\s+/u)
    .filter((t) => t !== '' && !DROP.has(t))
    .join(' ');
}

/** Finds the row whose names include this device (normalized), or null. */
export function findExpectedGpu(name: string | null | undefined, table: readonly ExpectedGpu[] = EXPECTED_GPUS): ExpectedGpu | null {
  if (typeof name !== 'string' || name.trim() === '') return null;
  const key = normalizeGpuName(name);
  return table.find((g) => g.names.some((n) => normalizeGpuName(n) === key)) ?? null;
}

/** The metrics compared. */
export type PerfMetric = 'fp32' | 'fp16' | 'bf16' | 'copyGBps';

/** The verdict for one metric: measured, expected range, and the ratio to the low end. */
export interface MetricJudgement {
  metric: PerfMetric;
  measured: number;
  expected: readonly [number, number];
  ratio: number;
  verdict: 'pass' | 'warn' | 'fail';
}

/** Pass threshold: fraction of the expected range's low end. */
export const PASS_RATIO = 0.7;
/** Warn threshold: below this it fails. */
export const WARN_RATIO = 0.4;

function measuredOf(bench: BenchFacts, metric: PerfMetric): number | null {
  if (metric === 'fp32') return bench.fp32Tflops;
  if (metric === 'fp16') return bench.fp16Tflops;
  if (metric === 'bf16') return bench.bf16Tflops;
  return bench.copyGBps;
}

/** Judges every metric both measured and expected. */
export function judgeBench(bench: BenchFacts, gpu: ExpectedGpu): MetricJudgement[] {
  const out: MetricJudgement[] = [];
  for (const metric of ['fp32', 'fp16', 'bf16', 'copyGBps'] as const) {
    const measured = measuredOf(bench, metric);
    const expected = gpu.expected[metric];
    if (measured === null || expected === null || expected[0] <= 0) continue;
    const ratio = measured / expected[0];
    out.push({ metric, measured, expected, ratio, verdict: ratio >= PASS_RATIO ? 'pass' : ratio >= WARN_RATIO ? 'warn' : 'fail' });
  }
  return out;
}
