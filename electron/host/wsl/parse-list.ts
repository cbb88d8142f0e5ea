/**
 * Parses `wsl --list --verbose`, `wsl --list --quiet` and plain `wsl --list`. The verbose table
 * header and states are hard-coded English in wsl.exe, but the parser relies on layout only:
 * optional `*`, a name without spaces, a state, and the version number last.
 */
import { splitLines } from '../text/lines.js';
import { extractWslError } from './error-token.js';
import { addIssue, DISTRO_NAME_RE, excerpt } from './parse-shapes.js';

/** One row of `wsl -l -v`. */
export interface WslListedDistro {
  name: string;
  state: string;
  version: number;
  isDefault: boolean;
}

/** What `wsl -l -v` reported. */
export interface WslListVerbose {
  distros: WslListedDistro[];
  /** No rows, and the output says there are no distributions (error token or message shape). */
  noDistributions: boolean;
  issues: string[];
}

/** Rows kept at most; WSL caps the number of distributions far below this. */
const MAX_ROWS = 256;

/** `NAME STATE VERSION`: three or more words in capitals (tolerates other scripts). */
const HEADER_RE = /^\s*\*?\s*\p{Lu}[\p{Lu}\p{Lt}_-]*(?:\s+\p{Lu}[\p{Lu}\p{Lt}_-]*){2,}\s*$/u;

/**
 * The no-distributions message: its error token, or its stable parts in every language (the
 * current `wsl.exe --install <Distro>` hint, the older https://aka.ms/wslstore link).
 */
function saysNoDistributions(text: string): boolean {
  const err = extractWslError(text);
  if (err?.symbol === 'WSL_E_DEFAULT_DISTRO_NOT_FOUND') return true;
  return /aka\.ms\/wslstore/i.test(text) || /--install\s+(?:-d\s+)?<Distro>/i.test(text);
}

function parseRow(line: string, strict: boolean): WslListedDistro | null {
  // `* Ubuntu-22.04   Running   2` with any spacing: marker, name, state words, version last.
  const tokens = line.trim().split(/\s+/);
  const isDefault = line.trim().startsWith('*');
  if (tokens[0] === '*') tokens.shift();
  else if (tokens[0]?.startsWith('*')) tokens[0] = tokens[0].slice(1);
  const last = tokens[tokens.length - 1];
  if (tokens.length < 3 || !last || !/^\d{1,2}$/.test(last)) return null;
  const name = tokens[0] as string;
  const state = tokens.slice(1, -1).join(' ');
  // Without a header, only rows that look exactly like wsl.exe's are accepted.
  if (strict && (!DISTRO_NAME_RE.test(name) || !/^[A-Za-z]+$/.test(state))) return null;
  return { name, state, version: Number(last), isDefault };
}

/** Parses `wsl --list --verbose` output (decoded text). Several tables: the last one wins. */
export function parseWslListVerbose(text: string): WslListVerbose {
  const issues: string[] = [];
  try {
    const lines = splitLines(text);
    let tables: WslListedDistro[][] = [];
    let cur: WslListedDistro[] | null = null;
    let headerless: WslListedDistro[] = [];
    for (const line of lines) {
      if (HEADER_RE.test(line)) {
        cur = [];
        tables.push(cur);
        continue;
      }
      const row = parseRow(line, cur === null);
      if (cur && row && cur.length < MAX_ROWS) cur.push(row);
      else if (cur && row) addIssue(issues, 'too many rows');
      else if (cur && !row) {
        if (line.trim() && cur.length === 0) addIssue(issues, `unexpected line after header: ${excerpt(line)}`);
        cur = null;
      } else if (!cur && row && headerless.length < MAX_ROWS) headerless.push(row);
      else if (!cur && !row) {
        if (headerless.length) tables.push(headerless);
        headerless = [];
      }
    }
    if (headerless.length) tables.push(headerless);
    tables = tables.filter((t) => t.length > 0);
    const distros = tables[tables.length - 1] ?? [];
    if (tables.length > 1) addIssue(issues, `${tables.length} tables; using the last`);
    const noDistributions = distros.length === 0 && saysNoDistributions(text);
    if (distros.length === 0 && !noDistributions) addIssue(issues, 'no distribution rows found');
    return { distros, noDistributions, issues };
  } catch {
    addIssue(issues, 'parser failure');
    return { distros: [], noDistributions: false, issues };
  }
}

/** What `wsl --list --quiet` printed: names only. */
export interface WslListQuiet {
  names: string[];
  issues: string[];
}

/** Parses `wsl --list --quiet`: one name per line; other lines (prompts, messages) are skipped with an issue. */
export function parseWslListQuiet(text: string): WslListQuiet {
  const issues: string[] = [];
  const names: string[] = [];
  try {
    for (const line of splitLines(text)) {
      const t = line.trim();
      if (!t) continue;
      if (DISTRO_NAME_RE.test(t) && names.length < MAX_ROWS) names.push(t);
      else addIssue(issues, `skipped: ${excerpt(t)}`);
    }
  } catch {
    addIssue(issues, 'parser failure');
  }
  return { names, issues };
}

/** One entry of plain `wsl --list`. */
export interface WslPlainListed {
  name: string;
  isDefault: boolean;
}

/** A localized header (`Windows Subsystem for Linux Distributions:`): a line ending in a colon. */
const LIST_HEADER_RE = /[:：﹕]\s*$/;

/** `Ubuntu-24.04 (既定値)` / `Ubuntu (Default)`: a name, optionally a parenthesised marker. */
const LIST_ROW_RE = /^\s*([A-Za-z0-9._-]{1,64})(?:\s*[(（][^()（）]{1,40}[)）])?\s*$/;

/** Parses plain `wsl --list`: the names after the last header line; the one with a `(…)` marker is the default. */
export function parseWslList(text: string): { distros: WslPlainListed[]; issues: string[] } {
  const issues: string[] = [];
  let distros: WslPlainListed[] = [];
  try {
    let cur: WslPlainListed[] | null = null;
    for (const line of splitLines(text)) {
      if (LIST_HEADER_RE.test(line) && !/[<>\\]/.test(line)) {
        cur = [];
        distros = cur;
        continue;
      }
      if (!cur) continue;
      const m = LIST_ROW_RE.exec(line);
      if (m && cur.length < MAX_ROWS) cur.push({ name: m[1] as string, isDefault: /[(（]/.test(line) });
      else cur = null;
    }
    if (distros.length === 0) addIssue(issues, 'no distribution names found');
  } catch {
    addIssue(issues, 'parser failure');
  }
  return { distros, issues };
}
