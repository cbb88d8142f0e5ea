import type { BenchFacts, BenchMetric, BenchSkippedDtype, BenchSuspectFigure } from '../../contract/distro-facts.js';
import type { ExpectedGpu } from './expected-gpus.js';

/**
 * Matches a device name to a row of the expected-performance table and judges measured figures
 * against it: pass at ≥ 85 % of the low end of the expected range, warn at 40–85 %, fail below
 * (85 %, not domain.md §6.3's older 70 %, so that a card running well below its range, at half
 * speed for one, is flagged rather than passed). Laptop rows are separate: "RTX 4070 Laptop GPU"
 * never matches "RTX 4070".
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

/** Finds the row of `table` whose names include this device (normalized), or null. */
export function findExpectedGpu(name: string | null | undefined, table: readonly ExpectedGpu[]): ExpectedGpu | null {
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
export const PASS_RATIO = 0.85;
/** Warn threshold: below this it fails. */
export const WARN_RATIO = 0.4;

function measuredOf(bench: BenchFacts, metric: PerfMetric): number | null {
  if (metric === 'fp32') return bench.fp32Tflops;
  if (metric === 'fp16') return bench.fp16Tflops;
  if (metric === 'bf16') return bench.bf16Tflops;
  return bench.copyGBps;
}

/**
 * The reason child_bench.py gives for a dtype the card cannot run (bf16 before Ampere): a fact
 * of the card, not a gap in the run. Every other skip (its own time budget) leaves the run
 * incomplete.
 */
export const UNSUPPORTED_BY_GPU = 'not supported by this GPU';

/** The dtypes the benchmark skipped although the card could run them: the run is incomplete. */
export function unmeasuredDtypes(bench: BenchFacts): BenchSkippedDtype[] {
  return (bench.skipped ?? []).filter((s) => s.reason !== UNSUPPORTED_BY_GPU);
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

/**
 * Headroom over a vendor peak before a figure counts as impossible: the peaks are quoted at the
 * rated boost clock, and boards routinely boost somewhat above it.
 */
export const PEAK_ALLOWANCE = 1.1;

/** Architectures without TF32 tensor cores: a TF32 request runs as plain FP32 there. */
const NO_TF32 = new Set(['pascal', 'volta', 'turing']);

const top = (v: number | readonly [number, number] | null): number | null => (v === null ? null : typeof v === 'number' ? v : v[1]);

/**
 * The card's peak for a metric (conventions.peaks), the upper end where the row gives a range
 * (laptops); null when the row has none. TF32 tensor throughput is half the FP16 (FP32
 * accumulate) figure on Ampere and newer.
 */
export function peakOf(gpu: ExpectedGpu, metric: BenchMetric): number | null {
  if (metric === 'copyGBps') return top(gpu.spec.memGBps);
  if (metric !== 'tf32') return top(gpu.spec[metric]);
  const fp16 = top(gpu.spec.fp16);
  return NO_TF32.has(gpu.arch) || fp16 === null ? top(gpu.spec.fp32) : fp16 / 2;
}

/** The figures above what this card can do at all (peak × PEAK_ALLOWANCE). */
export function figuresAbovePeak(bench: BenchFacts, gpu: ExpectedGpu): BenchSuspectFigure[] {
  const reported: Record<BenchMetric, number | null> = { fp32: bench.fp32Tflops, tf32: bench.tf32Tflops, fp16: bench.fp16Tflops, bf16: bench.bf16Tflops, copyGBps: bench.copyGBps };
  const out: BenchSuspectFigure[] = [];
  for (const metric of ['fp32', 'tf32', 'fp16', 'bf16', 'copyGBps'] as const) {
    const value = reported[metric];
    const peak = peakOf(gpu, metric);
    if (value !== null && peak !== null && value > peak * PEAK_ALLOWANCE) out.push({ metric, reason: 'above-peak', reported: value, expected: peak });
  }
  return out;
}
