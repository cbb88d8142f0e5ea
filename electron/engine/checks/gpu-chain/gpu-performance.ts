import type { Evidence } from '../../../contract/checks.js';
import { msg } from '../../../contract/messages.js';
import { findExpectedGpu, judgeBench } from '../../perf/match-gpu.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, ev, withDistro } from './common.js';
import { describeInterpreter } from './interpreter-evidence.js';

const fmt = (n: number | null): string | null => (n === null ? null : n >= 100 ? n.toFixed(0) : n.toFixed(1));

/**
 * The micro-benchmark against the expected range of this GPU (assets/perf/expected-gpus.json):
 * pass at ≥ 70 % of the low end, warn 40–70 %, fail below; an unknown GPU warns with the
 * measured figures. Laptops: the power source is shown, since on battery the GPU runs far
 * below its range (domain.md §6.3).
 */
export const gpuPerformanceCheck: Check = {
  id: 'gpu.performance',
  category: 'gpu-chain',
  title: msg('check.gpu.performance.title'),
  prerequisites: ['framework.torch'],
  applies: withDistro,
  evaluate(facts): Verdict {
    const d = distroOf(facts);
    const b = d?.bench;
    if (!d || !b || b.status === 'skipped') return { status: 'skip', summary: msg('check.gpu.performance.skip.notRun') };
    const device = b.device ?? d.cuda?.devices[0]?.name ?? null;
    const evidence: Evidence[] = [
      ev('evidence.perf.device', device),
      ev('evidence.perf.fp32', fmt(b.fp32Tflops)),
      ev('evidence.perf.fp16', fmt(b.fp16Tflops)),
      ev('evidence.perf.bf16', fmt(b.bf16Tflops)),
      ev('evidence.perf.copy', fmt(b.copyGBps)),
    ];
    if (d.powerSource !== null) evidence.push(ev('evidence.gpu.powerSource', d.powerSource));
    if (b.interpreter) evidence.push(ev('evidence.perf.interpreter', describeInterpreter(b.interpreter)));
    for (const e of b.errors) evidence.push(ev('evidence.perf.error', e));
    if (b.status === 'no-gpu') return { status: 'fail', summary: msg('check.gpu.performance.fail.noGpu'), evidence };
    if (['failed', 'timeout', 'crashed'].includes(b.status)) return { status: 'warn', summary: msg('check.gpu.performance.warn.benchFailed', { status: b.status }), evidence };
    const measured = { device, fp32: fmt(b.fp32Tflops), fp16: fmt(b.fp16Tflops), copy: fmt(b.copyGBps) };
    const row = findExpectedGpu(device);
    if (!row) return { status: 'warn', summary: msg('check.gpu.performance.warn.noReference', measured), evidence };
    const judged = judgeBench(b, row);
    evidence.push(ev('evidence.perf.reference', `${row.id}${row.estimated ? ' [est]' : ''}`));
    for (const j of judged) evidence.push({ label: msg(`evidence.perf.expected.${j.metric}`), value: `${fmt(j.measured)} / ${j.expected[0]}–${j.expected[1]} (${Math.round(j.ratio * 100)} %)` });
    if (judged.length === 0) return { status: 'warn', summary: msg('check.gpu.performance.warn.noFigures', { device }), evidence };
    const worst = judged.reduce((a, j) => (j.ratio < a.ratio ? j : a));
    const p = { device, metric: worst.metric, percent: Math.round(worst.ratio * 100), low: worst.expected[0] };
    const fix = { text: msg(d.powerSource === 'battery' ? 'fix.gpu.performance.battery' : 'fix.gpu.performance') };
    if (worst.verdict === 'pass') return { status: 'pass', summary: msg('check.gpu.performance.pass', p), evidence };
    if (worst.verdict === 'warn') return { status: 'warn', summary: msg('check.gpu.performance.warn.slow', p), evidence, fix };
    return { status: 'fail', summary: msg('check.gpu.performance.fail.slow', p), evidence, fix };
  },
};
