import type { Evidence } from '../../../contract/checks.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Verdict } from '../../model.js';
import { NVIDIA_PROBE_IDS } from '../../probes/nvidia-probes.js';
import { WINDOWS_PROBE_IDS } from '../../probes/windows-probes.js';
import { WSL_PROBE_IDS } from '../../probes/wsl-probes.js';

/** The probes whose facts sections the preflight checks read; named in `unknown` verdicts. */
export const PROBES = {
  inventory: WINDOWS_PROBE_IDS.inventory,
  wsl: WSL_PROBE_IDS.version,
  nvidia: NVIDIA_PROBE_IDS.query,
} as const;

/** The verdict for a facts section that is null because its probe did not run (e.g. a replayed bundle without it). */
export function notCaptured(probe: string): Verdict {
  return { status: 'unknown', summary: msg('check.unknown.notCaptured', { probe }) };
}

/** One evidence row; a null value is shown as `unknown` rather than left out, so gaps are visible. */
export function ev(label: string, value: string | number | boolean | null | undefined): Evidence {
  return { label: msg(label), value: value === null || value === undefined ? 'unknown' : String(value) };
}

/** `12345 MiB` → `12.1 GiB (12345 MiB)`: GiB to read, MiB as the raw value. */
export function formatMiB(mib: number): string {
  return `${(mib / 1024).toFixed(1)} GiB (${mib} MiB)`;
}

/** Joins names for a message parameter, bounded so a crafted registry cannot flood the UI. */
export function nameList(names: readonly (string | null)[], max = 8): string {
  const valid = names.filter((n): n is string => typeof n === 'string' && n !== '');
  const shown = valid.slice(0, max);
  const more = valid.length - shown.length;
  return more > 0 ? `${shown.join(', ')} (+${more})` : shown.join(', ');
}

/** A fix message with optional step and page. */
export function fix(key: string, params?: Msg['params'], extra: { stepId?: string; url?: string } = {}): Verdict['fix'] {
  return { text: msg(key, params), ...extra };
}
