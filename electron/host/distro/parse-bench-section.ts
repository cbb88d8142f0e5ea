import type { BenchFacts, BenchMetric, BenchSkippedDtype, BenchSuspectFigure } from '../../contract/distro-facts.js';
import { num, str } from './parse-framework-section.js';
import type { ProbeBenchSection } from './probe-document-schema.js';

/**
 * The collector's `bench` section (child_bench.py) as `BenchFacts`: one figure per matmul
 * dtype (TFLOP/s) and the device-to-device copy (GB/s counting the read and the write).
 * Every figure is recomputed from the raw fields the child prints beside it, with the child's
 * own formulas: matmul 2·n³·iterations / (ms/1000) / 1e12, copy 2·bytes·iterations / (ms/1000)
 * / 1e9 (each copy reads and writes every byte). A figure that disagrees by more than
 * FIGURE_TOLERANCE, or has no raw fields to check it by, is listed in `suspect` (kept as
 * reported, so the user sees what the collector said).
 */

/** Relative disagreement allowed between a figure and its recomputation (the child rounds ms and figures to 3 decimals). */
export const FIGURE_TOLERANCE = 0.03;

type BenchResult = NonNullable<ProbeBenchSection['results']>[number];

/** TFLOP/s of `iterations` n×n matmuls in `ms`, or null without usable fields. */
export function matmulTflops(n: number | undefined, iterations: number | undefined, ms: number | undefined): number | null {
  if (!(typeof n === 'number' && n > 0 && typeof iterations === 'number' && iterations > 0 && typeof ms === 'number' && ms > 0)) return null;
  return (2 * n ** 3 * iterations) / (ms / 1e3) / 1e12;
}

/** GB/s of `iterations` copies of `bytes` in `ms` (read + write), or null without usable fields. */
export function copyGBps(bytes: number | undefined, iterations: number | undefined, ms: number | undefined): number | null {
  if (!(typeof bytes === 'number' && bytes > 0 && typeof iterations === 'number' && iterations > 0 && typeof ms === 'number' && ms > 0)) return null;
  return (2 * bytes * iterations) / (ms / 1e3) / 1e9;
}

/** The verdict on one reported figure against its recomputation; null when it holds. */
export function checkFigure(metric: BenchMetric, reported: number | null, recomputed: number | null): BenchSuspectFigure | null {
  if (reported === null) return null;
  if (recomputed === null) return { metric, reason: 'unverifiable', reported, expected: null };
  if (Math.abs(reported - recomputed) > FIGURE_TOLERANCE * recomputed) return { metric, reason: 'inconsistent', reported, expected: Math.round(recomputed * 1000) / 1000 };
  return null;
}

/** The child's `skipped` list (`[{what, reason}]`), bounded; anything malformed is dropped. */
function skippedOf(value: unknown): BenchSkippedDtype[] {
  if (!Array.isArray(value)) return [];
  const out: BenchSkippedDtype[] = [];
  for (const item of value.slice(0, 16)) {
    const o = (item ?? {}) as Record<string, unknown>;
    const what = str(o.what, 64);
    if (what !== null) out.push({ what, reason: str(o.reason, 200) ?? '' });
  }
  return out;
}

/** Reduces the section; null when the benchmark was not asked for. */
export function benchFactsFrom(section: ProbeBenchSection | null | undefined): BenchFacts | null {
  if (section === null || section === undefined) return null;
  const s = section as ProbeBenchSection & Record<string, unknown>;
  const results = s.results ?? [];
  const matmul = (dtype: string) => results.find((r) => r.kind === 'matmul' && r.dtype === dtype && r.error === undefined);
  const copy = results.find((r) => r.kind === 'copy-d2d' && r.error === undefined);
  const errors = results.filter((r) => r.error !== undefined).map((r) => `${r.kind}${r.dtype ? ` ${r.dtype}` : ''}: ${String(r.error).slice(0, 300)}`);
  const own = str(s.error, 300);
  const suspect: BenchSuspectFigure[] = [];
  const figure = (metric: BenchMetric, r: BenchResult | undefined): number | null => {
    if (r === undefined) return null;
    const reported = metric === 'copyGBps' ? num(r.gbps) : num(r.tflops);
    const recomputed = metric === 'copyGBps' ? copyGBps(r.bytes, r.iterations, r.ms) : matmulTflops(r.n, r.iterations, r.ms);
    const flag = checkFigure(metric, reported, recomputed);
    if (flag) suspect.push(flag);
    return reported;
  };
  return {
    status: s.status,
    reason: str(s.reason, 200),
    device: str(s.device, 200),
    fp32Tflops: figure('fp32', matmul('fp32')),
    tf32Tflops: figure('tf32', matmul('tf32')),
    fp16Tflops: figure('fp16', matmul('fp16')),
    bf16Tflops: figure('bf16', matmul('bf16')),
    copyGBps: figure('copyGBps', copy),
    sizes: { matmulN: num(matmul('fp32')?.n ?? matmul('fp16')?.n), copyBytes: num(copy?.bytes) },
    torchVersion: str(s.torchVersion, 200),
    cudaBuild: str(s.cudaBuild, 40),
    errors: own ? [own, ...errors].slice(0, 8) : errors.slice(0, 8),
    suspect,
    skipped: skippedOf(s.skipped),
  };
}
