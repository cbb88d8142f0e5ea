/**
 * Parses `wsl --status`. Labels are localized, so lines are found by their values: the default
 * version is the `label: value` line whose value is exactly 1 or 2, and the default distribution
 * is the `label: <distro name>` line right before it. The old inbox format adds a last-updated
 * sentence and a kernel version line, read by shape too.
 */
import { splitLabelValue, splitLines } from '../text/lines.js';
import { addIssue, DATE_RE, DISTRO_NAME_RE, VERSION_RE } from './parse-shapes.js';

/** What `wsl --status` reported; null when not printed. */
export interface WslStatusInfo {
  defaultDistribution: string | null;
  defaultVersion: number | null;
  /** Old inbox format only: the kernel version line. */
  kernelVersion: string | null;
  /** Old inbox format only: the date in the "last updated on …" sentence, as printed. */
  lastUpdated: string | null;
  /** The virtualization note (its https://aka.ms/enablevirtualization link is in every language). */
  virtualizationDisabled: boolean;
  issues: string[];
}

function isDistroValue(value: string): boolean {
  return DISTRO_NAME_RE.test(value) && !VERSION_RE.test(value) && !/^\d+$/.test(value);
}

/** Parses `wsl --status` output (decoded text). Total: unknown shapes give nulls and issues. */
export function parseWslStatus(text: string): WslStatusInfo {
  const out: WslStatusInfo = {
    defaultDistribution: null,
    defaultVersion: null,
    kernelVersion: null,
    lastUpdated: null,
    virtualizationDisabled: false,
    issues: [],
  };
  try {
    const lines = splitLines(text);
    const pairs = lines.map((l) => {
      const lv = splitLabelValue(l);
      // Shell prompts (`PS C:\> wsl --status`) split at the drive colon: never a label.
      return lv && !/[<>\\/]/.test(lv.label) && lv.label.length <= 60 ? lv : null;
    });
    let versionAt = -1;
    pairs.forEach((lv, i) => {
      if (lv && /^[12]$/.test(lv.value)) versionAt = i;
    });
    if (versionAt >= 0) {
      out.defaultVersion = Number(pairs[versionAt]?.value);
      const before = pairs[versionAt - 1];
      if (before && isDistroValue(before.value)) out.defaultDistribution = before.value;
      for (let i = versionAt + 1; i < pairs.length; i++) {
        const lv = pairs[i];
        if (lv && VERSION_RE.test(lv.value)) {
          out.kernelVersion = lv.value;
          break;
        }
      }
    } else {
      // No version line (cut-off output): the first `label: <distro name>` line.
      const first = pairs.find((lv) => lv && isDistroValue(lv.value));
      if (first) out.defaultDistribution = first.value;
      addIssue(out.issues, 'no default version line');
    }
    for (const [i, line] of lines.entries()) {
      // A three-part kernel version (`5.10.16`) also looks like a date.
      const lv = splitLabelValue(line);
      if (lv && VERSION_RE.test(lv.value)) continue;
      if (i === versionAt) continue;
      const d = DATE_RE.exec(line);
      if (d) {
        out.lastUpdated = d[1] as string;
        break;
      }
    }
    out.virtualizationDisabled = /aka\.ms\/enablevirtualization/i.test(text);
    if (out.defaultDistribution === null && out.defaultVersion === null) addIssue(out.issues, 'no status lines found');
    return out;
  } catch {
    addIssue(out.issues, 'parser failure');
    return out;
  }
}
