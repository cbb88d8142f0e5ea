import fs from 'node:fs';
import { loadProbeScript } from '../host/distro/probe-script.js';

/**
 * `probe-script --out FILE`: the collector exactly as the app sends it on stdin (the same
 * assembled text, byte for byte), for machines without Node: `sh FILE [--bench] [--python P]`.
 * A broken install is an error here rather than the app's stand-in script: a file that only
 * reports "script unavailable" would be no use to whoever asked for it.
 */
export function writeProbeScript(out: string): { ok: true; path: string } | { ok: false; error: string } {
  const script = loadProbeScript();
  if (!script.ok) return { ok: false, error: `the collector could not be assembled: ${script.error.message}` };
  try {
    fs.writeFileSync(out, script.text, { mode: 0o755 });
  } catch (error) {
    return { ok: false, error: `cannot write ${out}: ${(error as Error).message}` };
  }
  return { ok: true, path: out };
}
