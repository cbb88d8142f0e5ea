import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchFacts } from '../../../../electron/contract/distro-facts.js';
import { EXPECTED_GPUS, EXPECTED_GPUS_ERROR, parseExpectedGpuTable } from '../../../../electron/engine/perf/expected-gpus.js';
import { findExpectedGpu, judgeBench, normalizeGpuName } from '../../../../electron/engine/perf/match-gpu.js';

const bench = (b: Partial<BenchFacts>): BenchFacts => ({
  status: 'ok', reason: null, device: null, fp32Tflops: null, tf32Tflops: null, fp16Tflops: null, bf16Tflops: null, copyGBps: null,
  sizes: { matmulN: 8192, copyBytes: 1 << 30 }, torchVersion: null, cudaBuild: null, errors: [], ...b,
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

  it('judges at 70 % and 40 % of the low end', () => {
    const g = findExpectedGpu('NVIDIA GeForce RTX 4090')!;
    const low = g.expected.fp16![0];
    expect(judgeBench(bench({ fp16Tflops: low * 0.7 }), g)[0]?.verdict).toBe('pass');
    expect(judgeBench(bench({ fp16Tflops: low * 0.69 }), g)[0]?.verdict).toBe('warn');
    expect(judgeBench(bench({ fp16Tflops: low * 0.39 }), g)[0]?.verdict).toBe('fail');
    expect(judgeBench(bench({ bf16Tflops: 50 }), findExpectedGpu('Tesla T4')!)).toEqual([]);
  });
});
