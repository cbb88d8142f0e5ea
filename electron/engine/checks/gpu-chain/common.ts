import type { Evidence } from '../../../contract/checks.js';
import type { DistroFacts } from '../../../contract/distro-facts.js';
import type { Facts } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Verdict } from '../../model.js';
import { COLLECTOR_NOT_RUN } from '../../probes/distro-probe.js';

/**
 * Shared pieces of the gpu-chain checks: which host a link applies to, evidence rows, and the
 * verdict for facts the collector could not provide.
 */

/** Longest evidence value shown (the raw tool text is in the bundle). */
const MAX_VALUE = 400;

/** One evidence row; values are shortened, null and empty values become `n/a`. */
export function ev(label: string, value: string | number | boolean | null | undefined): Evidence {
  const text = value === null || value === undefined || value === '' ? 'n/a' : String(value);
  return { label: msg(label), value: text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text };
}

/** `facts.distro`, or null when the distro probe did not run. */
export function distroOf(facts: Facts): DistroFacts | null {
  return facts.distro;
}

/** `applies` for links of every Linux target: they need the collector's facts. */
export function withDistro(facts: Facts): true | Msg {
  return distroOf(facts) ? true : msg('check.gpu.skip.noDistro');
}

/** `applies` for WSL links (`/dev/dxg`, `/usr/lib/wsl/lib`, …). */
export function onWsl(facts: Facts): true | Msg {
  const d = distroOf(facts);
  if (!d) return msg('check.gpu.skip.noDistro');
  return d.isWsl ? true : msg('check.gpu.skip.notWsl', { kernel: d.kernelRelease });
}

/** `applies` for native Linux links (kernel module, `/dev/nvidia*`). */
export function onNativeLinux(facts: Facts): true | Msg {
  const d = distroOf(facts);
  if (!d) return msg('check.gpu.skip.noDistro');
  return d.isWsl ? msg('check.gpu.skip.notNative', { kernel: d.kernelRelease }) : true;
}

/**
 * Which distro was read and how long starting it took: shown with every verdict that comes
 * from the collector's run, so a report always says where its GPU chain was read.
 */
export function targetEvidence(d: DistroFacts): Evidence[] {
  const t = d.wslTarget;
  const rows: Evidence[] = [];
  if (t !== null && t.source !== 'none') rows.push(ev('evidence.distro.probed', t.name ?? '(WSL default)'));
  if (t?.replacedDefault) rows.push(ev('evidence.distro.replacedDefault', t.replacedDefault));
  if (d.boot !== null) rows.push(ev('evidence.distro.boot', `${d.boot.status}, ${d.boot.durationMs} ms`));
  if (d.collectorMs !== null && d.boot !== null) rows.push(ev('evidence.distro.collector', `${d.collectorMs} ms`));
  return rows;
}

/** The verdict when the collector was not run, or gave no usable document. */
function notReadVerdict(d: DistroFacts): Verdict {
  const code = d.probe.error?.code ?? null;
  const evidence = [...targetEvidence(d), ev('evidence.gpu.probeError', d.probe.error?.message)];
  if (code === COLLECTOR_NOT_RUN.noUserDistro) {
    return {
      status: 'fail',
      summary: msg('check.gpu.fail.noUserDistro', { utilities: (d.wslTarget?.utilities ?? []).join(', ') }),
      evidence,
      fix: { text: msg('fix.gpu.installUserDistro') },
    };
  }
  if (code === COLLECTOR_NOT_RUN.bootTimeout) {
    return {
      status: 'unknown',
      summary: msg('check.gpu.unknown.slowBoot', { seconds: Math.round((d.boot?.durationMs ?? 0) / 1000) }),
      evidence,
      fix: { text: msg('fix.gpu.slowBoot', { distro: d.wslTarget?.name ?? '<distro>' }) },
    };
  }
  return { status: 'unknown', summary: msg('check.gpu.unknown.probeFailed', { code }), evidence };
}

/** The verdict when the collector gave no usable document (or none at all). */
export function probeVerdict(d: DistroFacts | null): Verdict | null {
  if (d === null) return { status: 'unknown', summary: msg('check.unknown.notCaptured', { probe: 'distro.probe' }) };
  if (!d.probe.ok) return notReadVerdict(d);
  const own = d.probe.errors[0];
  if (d.probe.python === null || (d.kernelRelease === null && own)) {
    return {
      status: 'unknown',
      summary: msg('check.gpu.unknown.probeIncomplete', { code: own?.code ?? null }),
      evidence: d.probe.errors.map((e) => ev('evidence.gpu.probeError', `${e.code}: ${e.message}`)),
      fix: own?.code === 'python3-missing' ? { text: msg('fix.gpu.installPython') } : undefined,
    };
  }
  return null;
}

/** Windows-side GPUs in TCC mode (invisible inside WSL), from the Windows nvidia-smi. */
export function tccGpus(facts: Facts): string[] {
  return (facts.nvidia?.gpus ?? []).filter((g) => (g.driverModel ?? '').toUpperCase() === 'TCC').map((g) => `${g.index ?? '?'}: ${g.name ?? 'GPU'}`);
}
