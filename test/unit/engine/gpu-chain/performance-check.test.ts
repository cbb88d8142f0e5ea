import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DistroFacts } from '../../../../electron/contract/distro-facts.js';
import type { Facts } from '../../../../electron/contract/facts.js';
import { gpuChainChecks } from '../../../../electron/engine/checks/gpu-chain/index.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { findExpectedGpu } from '../../../../electron/engine/perf/match-gpu.js';
import { readinessFrom } from '../../../../electron/engine/readiness.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import { probeCapture, runScenario } from './scenario.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

const healthy = runScenario('distro/probe/wsl-rtx4070-healthy.json').distro!;
const row = findExpectedGpu('NVIDIA GeForce RTX 4070', CHECK_REFERENCE.expectedGpus)!;
const perf = (patch: (d: DistroFacts & { bench: NonNullable<DistroFacts['bench']> }) => void) => {
  const d = structuredClone(healthy) as DistroFacts & { bench: NonNullable<DistroFacts['bench']> };
  patch(d);
  const facts = { host: { platform: 'windows', simulated: false }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, distro: d } as Facts;
  const results = evaluateChecks(gpuChainChecks(CHECK_REFERENCE), facts);
  return { result: results.find((r) => r.id === 'gpu.performance')!, readiness: readinessFrom(results) };
};

describe('gpu.performance: the 85 % line', () => {
  it('passes at 85 % of the reference low end for that card and dtype, warns at 84 %', () => {
    const low = row.expected.fp16![0];
    const at85 = perf((d) => { d.bench.fp16Tflops = low * 0.85; });
    expect(at85.result).toMatchObject({ status: 'pass', summary: { key: 'check.gpu.performance.pass', params: { metric: 'fp16', percent: 85, low } } });
    expect(at85.readiness).toBe('verified-on-gpu');
    const at84 = perf((d) => { d.bench.fp16Tflops = low * 0.84; });
    expect(at84.result).toMatchObject({ status: 'warn', summary: { key: 'check.gpu.performance.warn.slow', params: { metric: 'fp16', percent: 84, low } } });
    expect(at84.readiness).toBe('verified');
  });

  it('a card at half its spec peak on the matmuls is flagged, not passed (at 70 % it passed)', () => {
    // RTX 4070: 29.1 TF FP32 and 58.3 TF FP16/BF16 peaks; halves are 81 % and 73 % of the low ends 18 and 40.
    const half = perf((d) => {
      d.bench.fp32Tflops = 29.1 / 2;
      d.bench.fp16Tflops = 58.3 / 2;
      d.bench.bf16Tflops = 58.3 / 2;
    });
    expect(half.result).toMatchObject({ status: 'warn', summary: { key: 'check.gpu.performance.warn.slow', params: { metric: 'fp16', percent: 73 } } });
    expect(half.readiness).toBe('verified');
  });
});

describe('gpu.performance: incomplete runs and untrusted figures', () => {
  it('a partial run (one dtype errored) with every other figure in range is a warning in its own words', () => {
    const v = perf((d) => {
      d.bench.status = 'partial';
      d.bench.bf16Tflops = null;
      d.bench.errors = ['matmul bf16: RuntimeError: CUDA error: an illegal memory access was encountered'];
    });
    expect(v.result).toMatchObject({ status: 'warn', summary: { key: 'check.gpu.performance.warn.partial', params: { device: 'NVIDIA GeForce RTX 4070', count: 1 } } });
    expect(v.readiness).toBe('verified');
  });

  it('a run the child calls `ok` that skipped fp16 and bf16 for its time budget is a warning naming them, never a pass', () => {
    // The healthy document as child_bench.py prints it when its budget runs out after tf32.
    const doc = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/distro/probe/wsl-rtx4070-healthy.json'), 'utf8')) as { bench: { status: string; results: { dtype?: string }[]; skipped: unknown[] } };
    doc.bench.results = doc.bench.results.filter((r) => r.dtype !== 'fp16' && r.dtype !== 'bf16');
    doc.bench.skipped = [{ what: 'fp16', reason: 'time budget' }, { what: 'bf16', reason: 'time budget' }];
    expect(doc.bench.status).toBe('ok');
    const d = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from(JSON.stringify(doc)), 'wsl')]]))!;
    const v = perf((x) => Object.assign(x, { bench: d.bench }));
    expect(v.result).toMatchObject({ status: 'warn', summary: { key: 'check.gpu.performance.warn.skipped', params: { device: 'NVIDIA GeForce RTX 4070', dtypes: 'fp16, bf16' } } });
    expect(v.result.evidence.filter((e) => e.label.key === 'evidence.perf.skipped').map((e) => e.value)).toEqual(['fp16: time budget', 'bf16: time budget']);
    expect(v.readiness).toBe('verified');
  });

  it('bf16 skipped because the card has none is a fact of the card, shown but not held against the run', () => {
    const v = perf((d) => {
      d.bench.bf16Tflops = null;
      d.bench.skipped = [{ what: 'bf16', reason: 'not supported by this GPU' }];
    });
    expect(v.result).toMatchObject({ status: 'pass', summary: { key: 'check.gpu.performance.pass' } });
    expect(v.result.evidence.some((e) => e.label.key === 'evidence.perf.skipped' && e.value === 'bf16: not supported by this GPU')).toBe(true);
  });

  it('a figure that does not follow from its own fields warns in its own words and is not judged', () => {
    const v = perf((d) => { d.bench.suspect = [{ metric: 'fp16', reason: 'inconsistent', reported: 47.2, expected: 21.99 }]; });
    expect(v.result).toMatchObject({ status: 'warn', summary: { key: 'check.gpu.performance.warn.inconsistent', params: { metric: 'fp16', reported: '47.2', expected: '22.0' } } });
    expect(v.result.evidence.some((e) => e.label.key === 'evidence.perf.expected.fp16')).toBe(false);
    expect(v.readiness).toBe('verified');
  });

  it('a TF32 figure above the card\'s TF32 peak warns, whatever the other figures', () => {
    const v = perf((d) => { d.bench.tf32Tflops = 38.9; });
    expect(v.result).toMatchObject({ status: 'warn', summary: { key: 'check.gpu.performance.warn.abovePeak', params: { metric: 'tf32', reported: '38.9', expected: '29.1' } } });
    expect(v.result.evidence.map((e) => `${e.label.key}=${e.value}`)).toContain('evidence.perf.suspect=tf32 38.9: above-peak (29.1)');
  });

  it('an unknown card with an unverifiable figure warns about the figure, not just "no reference"', () => {
    const v = perf((d) => {
      d.bench.device = 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition';
      d.bench.suspect = [{ metric: 'bf16', reason: 'unverifiable', reported: 300, expected: null }];
    });
    expect(v.result.summary.key).toBe('check.gpu.performance.warn.unverifiable');
  });

  it('a trusted figure far below its range still fails when another figure is untrusted', () => {
    const v = perf((d) => {
      d.bench.fp32Tflops = row.expected.fp32![0] * 0.3;
      d.bench.tf32Tflops = 38.9;
    });
    expect(v.result).toMatchObject({ status: 'fail', summary: { key: 'check.gpu.performance.fail.slow', params: { metric: 'fp32', percent: 30 } } });
  });
});
