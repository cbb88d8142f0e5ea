/**
 * Parses `wsl --list --online`. The intro sentences are localized; the table is found by its
 * header (a line of capitalised words: `NAME  FRIENDLY NAME`) or, without one, by rows shaped
 * `name<two or more spaces>friendly name`.
 */
import { splitLines } from '../text/lines.js';
import { addIssue, DISTRO_NAME_RE } from './parse-shapes.js';

/** One installable distribution. */
export interface WslOnlineDistro {
  name: string;
  friendlyName: string;
}

/** Rows kept at most (the catalogue lists a few dozen). */
const MAX_ROWS = 256;

/** Two or more words in capitals, optionally after a `*` column. */
const HEADER_RE = /^\s*\*?\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,})+\s*$/u;

function splitRow(line: string, gap: RegExp): WslOnlineDistro | null {
  const t = line.replace(/^\s*\*?\s*/, '').trimEnd();
  const m = gap.exec(t);
  if (!m || m.index === 0) return null;
  const name = t.slice(0, m.index);
  const friendlyName = t.slice(m.index + m[0].length).trim();
  if (!DISTRO_NAME_RE.test(name) || !friendlyName) return null;
  return { name, friendlyName };
}

/** Parses `wsl --list --online` output (decoded text). The last table wins. */
export function parseWslListOnline(text: string): { distros: WslOnlineDistro[]; issues: string[] } {
  const issues: string[] = [];
  try {
    const lines = splitLines(text);
    let headerAt = -1;
    lines.forEach((l, i) => {
      if (HEADER_RE.test(l)) headerAt = i;
    });
    const distros: WslOnlineDistro[] = [];
    if (headerAt >= 0) {
      for (const line of lines.slice(headerAt + 1)) {
        // Under a header one space is enough: a long name can fill its column.
        const row = splitRow(line, /\s+/);
        if (!row) break;
        if (distros.length < MAX_ROWS) distros.push(row);
      }
    } else {
      for (const line of lines) {
        const row = splitRow(line, /\s{2,}/);
        if (row && distros.length < MAX_ROWS) distros.push(row);
      }
      addIssue(issues, 'no table header found');
    }
    if (distros.length === 0) addIssue(issues, 'no distribution rows found');
    return { distros, issues };
  } catch {
    addIssue(issues, 'parser failure');
    return { distros: [], issues };
  }
}
