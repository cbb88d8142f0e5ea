/**
 * Turns user and host names into regular-expression fragments covering the forms they take in
 * tool output: as typed, URL-encoded, JSON `\u` escaped and (for long Windows names) the 8.3
 * short form such as `CANARY~1`. All fragments are escaped literals, so matching stays linear.
 */

/** Names shorter than this are not matched as bare words: a one-letter name would hit every word. */
export const MIN_NAME_LENGTH = 2;

/** Names of this length or more are capped; no account or host name is this long. */
const MAX_NAME_LENGTH = 256;

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Account names that identify nobody (every Linux has `root`; `user` and `admin` are what setup
 * screens suggest, on Japanese PCs especially) and are also words of the captured data: a JSON
 * key (`"user"` in the collector document), `wsl.exe -u root`, `/root`, "Run as administrator".
 * Redacting them would hide nothing personal and would break what replay reads, so they are kept.
 */
export const GENERIC_ACCOUNT_NAMES: ReadonlySet<string> = new Set(['root', 'nobody', 'user', 'users', 'admin', 'administrator', 'guest', 'default', 'public']);

/** Trims, drops empties, generic account words and too-short or absurdly long names, de-duplicates case-insensitively. */
export function cleanNames(names: readonly (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    if (typeof raw !== 'string') continue;
    const n = raw.trim();
    if (n.length < MIN_NAME_LENGTH || n.length > MAX_NAME_LENGTH) continue;
    if (GENERIC_ACCOUNT_NAMES.has(n.toLowerCase())) continue;
    if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  }
  return [...seen.values()];
}

function jsonEscaped(name: string): string {
  let out = '';
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out += ch;
    else for (const unit of ch.split('')) out += `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** The Windows 8.3 short name stem (e.g. `canaryuser7` → `CANARY`), or null when the name fits 8.3. */
function shortStem(name: string): string | null {
  const cleaned = name.toUpperCase().replace(/[\s."*+,/:;<=>?[\\\]|]/g, '');
  if (name.length <= 8 && cleaned === name.toUpperCase()) return null;
  const stem = cleaned.slice(0, 6);
  return stem.length > 0 ? stem : null;
}

/** How a literal is represented in the view being searched (identity for text, UTF-8 bytes as latin1 for raw bytes). */
export type LiteralMapper = (literal: string) => string;

/** Regex fragments for every form of the given names, longest first so alternation prefers them. */
export function nameFragments(names: readonly string[], map: LiteralMapper): string[] {
  const literals = new Set<string>();
  const patterns: string[] = [];
  for (const name of names) {
    literals.add(name);
    literals.add(encodeURIComponent(name));
    literals.add(jsonEscaped(name));
    const stem = shortStem(name);
    if (stem) patterns.push(`${escapeRegExp(map(stem))}~\\d{1,2}`);
  }
  const escaped = [...literals].map((l) => map(l)).sort((a, b) => b.length - a.length).map(escapeRegExp);
  return [...escaped, ...patterns];
}
