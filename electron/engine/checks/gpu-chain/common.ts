import type { Evidence } from '../../../contract/checks.js';
import type { DistroFacts } from '../../../contract/distro-facts.js';
import type { Facts } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Verdict } from '../../model.js';

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

/** The verdict when the collector gave no usable document (or none at all). */
export function probeVerdict(d: DistroFacts | null): Verdict | null {
  if (d === null) return { status: 'unknown', summary: msg('check.unknown.notCaptured', { probe: 'distro.probe' }) };
  if (!d.probe.ok) {
    return {
      status: 'unknown',
      summary: msg('check.gpu.unknown.probeFailed', { code: d.probe.error?.code ?? null }),
      evidence: [ev('evidence.gpu.probeError', d.probe.error?.message)],
    };
  }
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
