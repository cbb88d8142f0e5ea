/**
 * The Linux user names a bundle's collector capture names (`user.name`, the user each
 * interpreter ran as). They are the distro's own accounts, which need not match any Windows
 * identity, so the bundle writer adds them to the redactor before redacting. Pure; total:
 * a missing or malformed document gives no names and never fails the bundle.
 */
import type { CaptureMap } from '../engine/model.js';
import { DISTRO_PROBE_ID } from '../engine/probes/distro-probe.js';
import { parseProbeDocument } from '../host/distro/parse-probe-document.js';
import { decodeToolOutput } from '../host/text/decode.js';

/** The distro users named in the `distro.probe` capture, without system accounts. */
export function distroUserNames(captures: CaptureMap): string[] {
  const capture = captures.get(DISTRO_PROBE_ID);
  if (!capture || capture.stdout.length === 0) return [];
  try {
    const parsed = parseProbeDocument(decodeToolOutput(capture.stdout, capture.encoding));
    if (!parsed.ok) return [];
    const { user, interpreters } = parsed.doc;
    const names = [user && user.uid !== 0 ? user.name : null, ...(interpreters ?? []).map((i) => i.user)];
    // Generic account words (root, user, …) are left out by the redactor itself (GENERIC_ACCOUNT_NAMES).
    return [...new Set(names.filter((n): n is string => typeof n === 'string'))];
  } catch {
    // The parser is total; this only guards the bundle against a defect in it.
    return [];
  }
}
