import type { Evidence } from '../../../contract/checks.js';
import type { BenchSuspectFigure } from '../../../contract/distro-facts.js';
import { msg } from '../../../contract/messages.js';
import type { ExpectedGpu } from '../../perf/expected-gpus.js';
import { figuresAbovePeak, findExpectedGpu, judgeBench, unmeasuredDtypes } from '../../perf/match-gpu.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, ev, withDistro } from './common.js';
import { describeInterpreter } from './interpreter-evidence.js';
import { probesFor } from '../probe-needs.js';

const fmt = (n: number | null): string | null => (n === null ? null : n >= 100 ? n.toFixed(0) : n.toFixed(1));

const SUSPECT_KEY: Record<BenchSuspectFigure['reason'], string> = {
  inconsistent: 'check.gpu.performance.warn.inconsistent',
  unverifiable: 'check.gpu.performance.warn.unverifiable',
  'above-peak': 'check.gpu.performance.warn.abovePeak',
};

/**
 * The micro-benchmark against the expected range of this GPU (assets/perf/expected-gpus.json):
 * pass at ≥ 85 % of the low end, warn 40–85 %, fail below; an unknown GPU warns with the
 * measured figures. Figures that cannot be right (they do not follow from their own raw
 * fields, or exceed the card's peak) are never judged: they warn in their own words. A
 * `partial` run (a dtype errored), or one that skipped a dtype the card can run (its time
 * budget ran out), is at most a warning, however good the rest. Laptops: the
 * power source is shown, since on battery the GPU runs far below its range (domain.md §6.3).
 * The table's rows are passed in (loaded at the edge), so importing this check reads no file.
 */
export function gpuPerformanceCheck(expectedGpus: readonly ExpectedGpu[]): Check {
  return {
    id: 'gpu.performance',
    category: 'gpu-chain',
    title: msg('check.gpu.performance.title'),
    prerequisites: ['framework.torch'],
    needs: probesFor('distro'),
    applies: withDistro,
    evaluate(facts): Verdict {
      const d = distroOf(facts);
      const b = d?.bench;
      if (!d || !b || b.status === 'skipped') return { status: 'skip', summary: msg('check.gpu.performance.skip.notRun') };
      // The benchmark child measures through torch.cuda (CUDA, or ROCm's HIP behind it); an XPU build has no such device.
      const backend = d.frameworks.find((f) => f.name === 'torch')?.backend ?? null;
      if (backend === 'xpu') return { status: 'skip', summary: msg('check.gpu.performance.skip.xpu') };
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
      for (const s of b.skipped ?? []) evidence.push(ev('evidence.perf.skipped', `${s.what}: ${s.reason}`));
      if (b.status === 'no-gpu') return { status: 'fail', summary: msg('check.gpu.performance.fail.noGpu'), evidence };
      if (['failed', 'timeout', 'crashed'].includes(b.status)) return { status: 'warn', summary: msg('check.gpu.performance.warn.benchFailed', { status: b.status }), evidence };
      const row = findExpectedGpu(device, expectedGpus);
      const suspect = [...b.suspect, ...(row ? figuresAbovePeak(b, row) : [])];
      for (const s of suspect) evidence.push(ev('evidence.perf.suspect', `${s.metric} ${fmt(s.reported)}: ${s.reason}${s.expected === null ? '' : ` (${fmt(s.expected)})`}`));
      const untrusted = suspect[0];
      const suspectVerdict = (): Verdict | null =>
        untrusted ? { status: 'warn', summary: msg(SUSPECT_KEY[untrusted.reason], { device, metric: untrusted.metric, reported: fmt(untrusted.reported), expected: fmt(untrusted.expected) }), evidence } : null;
      const measured = { device, fp32: fmt(b.fp32Tflops), fp16: fmt(b.fp16Tflops), copy: fmt(b.copyGBps) };
      // The table (assets/perf/expected-gpus.json) holds NVIDIA cards only: a ROCm card has no
      // reference at all, which is not a warning about the card. Its figures are shown, never judged.
      if (!row && backend === 'hip') return suspectVerdict() ?? { status: 'skip', summary: msg('check.gpu.performance.skip.noVendorReference', { ...measured, vendor: 'AMD' }), evidence };
      if (!row) return suspectVerdict() ?? { status: 'warn', summary: msg('check.gpu.performance.warn.noReference', measured), evidence };
      const judged = judgeBench(b, row).filter((j) => !suspect.some((s) => s.metric === j.metric));
      evidence.push(ev('evidence.perf.reference', `${row.id}${row.estimated ? ' [est]' : ''}`));
      for (const j of judged) evidence.push({ label: msg(`evidence.perf.expected.${j.metric}`), value: `${fmt(j.measured)} / ${j.expected[0]}–${j.expected[1]} (${Math.round(j.ratio * 100)} %)` });
      const worst = judged.length === 0 ? null : judged.reduce((a, j) => (j.ratio < a.ratio ? j : a));
      const fix = { text: msg(d.powerSource === 'battery' ? 'fix.gpu.performance.battery' : 'fix.gpu.performance') };
      const slow = worst === null ? null : { device, metric: worst.metric, percent: Math.round(worst.ratio * 100), low: worst.expected[0] };
      // A trusted figure far below its range fails whatever else is wrong; then untrusted figures, then an incomplete run.
      if (worst?.verdict === 'fail' && slow) return { status: 'fail', summary: msg('check.gpu.performance.fail.slow', slow), evidence, fix };
      const notTrusted = suspectVerdict();
      if (notTrusted) return notTrusted;
      if (b.status === 'partial') return { status: 'warn', summary: msg('check.gpu.performance.warn.partial', { device, count: b.errors.length }), evidence };
      // The child reports `ok` when it skipped a dtype for its time budget; such a run is as incomplete as `partial`.
      const unmeasured = unmeasuredDtypes(b);
      if (unmeasured.length > 0) return { status: 'warn', summary: msg('check.gpu.performance.warn.skipped', { device, dtypes: unmeasured.map((s) => s.what).join(', ') }), evidence };
      if (worst === null || slow === null) return { status: 'warn', summary: msg('check.gpu.performance.warn.noFigures', { device }), evidence };
      if (worst.verdict === 'warn') return { status: 'warn', summary: msg('check.gpu.performance.warn.slow', slow), evidence, fix };
      return { status: 'pass', summary: msg('check.gpu.performance.pass', slow), evidence };
    },
  };
}
