/**
 * Parses `wsl --version`. The modern output is seven `label: value` lines in a fixed order
 * (WSL, kernel, WSLg, MSRDC, Direct3D, DXCore, Windows) with localized labels and colon kinds,
 * so lines are matched by shape: a label, a colon of any kind, a dotted version.
 */
import { splitLabelValue, splitLines } from '../text/lines.js';
import { extractWslError } from './error-token.js';
import { isUsageText } from './parse-usage.js';
import { addIssue, VERSION_RE } from './parse-shapes.js';

/** What `wsl --version` answered. */
export type WslVersionKind = 'versions' | 'usage' | 'install-prompt' | 'error' | 'unknown';

/** Package versions, strings exactly as printed; null when not printed. */
export interface WslVersionInfo {
  kind: WslVersionKind;
  wsl: string | null;
  kernel: string | null;
  wslg: string | null;
  msrdc: string | null;
  direct3d: string | null;
  dxcore: string | null;
  windows: string | null;
  issues: string[];
}

type Field = 'wsl' | 'kernel' | 'wslg' | 'msrdc' | 'direct3d' | 'dxcore' | 'windows';
const ORDER: readonly Field[] = ['wsl', 'kernel', 'wslg', 'msrdc', 'direct3d', 'dxcore', 'windows'];

/** Product names stay in Latin script in every translation; they confirm or fix positions. */
function anchorOf(key: string): Field | null {
  if (key.includes('wslg')) return 'wslg';
  if (key.includes('msrdc')) return 'msrdc';
  if (key.includes('direct3d')) return 'direct3d';
  if (key.includes('dxcore')) return 'dxcore';
  if (key.includes('windows')) return 'windows';
  if (key.includes('wsl')) return 'wsl';
  return null;
}

interface VersionLine {
  key: string;
  value: string;
}

/** Runs of consecutive `label: <version>` lines. */
function versionRuns(text: string): VersionLine[][] {
  const runs: VersionLine[][] = [];
  let cur: VersionLine[] = [];
  for (const line of splitLines(text)) {
    const lv = splitLabelValue(line);
    if (lv && lv.label.length <= 60 && VERSION_RE.test(lv.value)) {
      cur.push({ key: lv.key, value: lv.value });
      continue;
    }
    if (cur.length) runs.push(cur);
    cur = [];
  }
  if (cur.length) runs.push(cur);
  return runs;
}

function assign(run: VersionLine[], issues: string[]): Record<Field, string | null> {
  const out: Record<Field, string | null> = { wsl: null, kernel: null, wslg: null, msrdc: null, direct3d: null, dxcore: null, windows: null };
  if (run.length === ORDER.length) {
    run.forEach((l, i) => {
      const field = ORDER[i] as Field;
      const anchor = anchorOf(l.key);
      if (anchor && anchor !== field && !(field === 'kernel' && anchor === 'wsl')) addIssue(issues, `label of line ${i + 1} suggests ${anchor}, position says ${field}`);
      out[field] = l.value;
    });
    return out;
  }
  // Another line count (a future release added or dropped a line): place by product names;
  // the line without one right after the WSL line is the kernel.
  addIssue(issues, `expected ${ORDER.length} version lines, found ${run.length}`);
  run.forEach((l, i) => {
    const anchor = anchorOf(l.key);
    if (anchor && out[anchor] === null) out[anchor] = l.value;
    else if (!anchor && i > 0 && anchorOf(run[i - 1]?.key ?? '') === 'wsl' && out.kernel === null) out.kernel = l.value;
  });
  return out;
}

/** The stub's "press any key to install … 60 seconds" prompt: its URL or the install hint with the timeout. */
function isInstallPrompt(text: string): boolean {
  return /aka\.ms\/wslinstall/i.test(text) || (/--install\b/.test(text) && /(?:^|\D)60(?:\D|$)/.test(text));
}

/** Parses `wsl --version` output (decoded text). Total: unknown shapes give nulls and issues. */
export function parseWslVersion(text: string): WslVersionInfo {
  const issues: string[] = [];
  const empty = { wsl: null, kernel: null, wslg: null, msrdc: null, direct3d: null, dxcore: null, windows: null };
  try {
    const runs = versionRuns(text).filter((r) => r.length >= 5);
    // Several runs (the command pasted twice): the last one is the current state.
    const run = runs[runs.length - 1];
    if (run) {
      if (runs.length > 1) addIssue(issues, `${runs.length} version blocks; using the last`);
      return { kind: 'versions', ...assign(run.length > ORDER.length && run.length % ORDER.length === 0 ? run.slice(-ORDER.length) : run, issues), issues };
    }
    if (isUsageText(text)) return { kind: 'usage', ...empty, issues };
    if (isInstallPrompt(text)) return { kind: 'install-prompt', ...empty, issues };
    const err = extractWslError(text);
    if (err && (err.code || err.hresult)) return { kind: 'error', ...empty, issues };
    addIssue(issues, 'no version lines found');
    return { kind: 'unknown', ...empty, issues };
  } catch {
    addIssue(issues, 'parser failure');
    return { kind: 'unknown', ...empty, issues };
  }
}
