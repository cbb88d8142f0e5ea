import type { BenchFacts } from '../../contract/distro-facts.js';
import { num, str } from './parse-framework-section.js';
import type { ProbeBenchSection } from './probe-document-schema.js';

/**
 * The collector's `bench` section (child_bench.py) as `BenchFacts`: one figure per matmul
 * dtype (TFLOP/s) and the device-to-device copy (GB/s counting the read and the write).
 */

/** Reduces the section; null when the benchmark was not asked for. */
export function benchFactsFrom(section: ProbeBenchSection | null | undefined): BenchFacts | null {
  if (section === null || section === undefined) return null;
  const s = section as ProbeBenchSection & Record<string, unknown>;
  const results = s.results ?? [];
  const matmul = (dtype: string) => results.find((r) => r.kind === 'matmul' && r.dtype === dtype && r.error === undefined);
  const copy = results.find((r) => r.kind === 'copy-d2d' && r.error === undefined);
  const errors = results.filter((r) => r.error !== undefined).map((r) => `${r.kind}${r.dtype ? ` ${r.dtype}` : ''}: ${String(r.error).slice(0, 300)}`);
  const own = str(s.error, 300);
  return {
    status: s.status,
    reason: str(s.reason, 200),
    device: str(s.device, 200),
    fp32Tflops: num(matmul('fp32')?.tflops),
    tf32Tflops: num(matmul('tf32')?.tflops),
    fp16Tflops: num(matmul('fp16')?.tflops),
    bf16Tflops: num(matmul('bf16')?.tflops),
    copyGBps: num(copy?.gbps),
    sizes: { matmulN: num(matmul('fp32')?.n ?? matmul('fp16')?.n), copyBytes: num(copy?.bytes) },
    torchVersion: str(s.torchVersion, 200),
    cudaBuild: str(s.cudaBuild, 40),
    errors: own ? [own, ...errors].slice(0, 8) : errors.slice(0, 8),
  };
}
