import { splitLines } from '../nvidia-smi/text.js';

/**
 * `ls -la` output under `LC_ALL=C` (the collector sets it): one entry per long-format line,
 * folder headers (`/etc/cdi:`) when several operands were listed, and the operands `ls` could
 * not access, read from stderr by shape (a quoted path after `cannot access`).
 */

/** The kind of a listed entry, from the first character of its mode. */
export type LsEntryType = 'file' | 'dir' | 'link' | 'char' | 'block' | 'other';

/** One long-format line. */
export interface LsEntry {
  /** The folder header above it (`/etc/cdi`), or null for a single operand. */
  dir: string | null;
  name: string;
  type: LsEntryType;
  /** Symlink target, after ` -> `. */
  target: string | null;
  size: number | null;
  /** ISO time: `2026-03-04T10:22:00Z` (recent files) or `2024-03-04T00:00:00Z` (older ones); null when unreadable. */
  modified: string | null;
}

/** The listing and the operands that were missing. */
export interface LsResult {
  entries: LsEntry[];
  missing: string[];
}

/** Most entries kept (`/usr/lib/wsl/lib` holds about 30; `/dev/nvidia*` under 20 per GPU). */
export const MAX_LS_ENTRIES = 512;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LINE =
  /^([-dlcbps])[-rwxsStTl]{9}[.+@]?\s+\d+\s+\S+\s+\S+\s+(?:\d+,\s*\d+|(\d+))\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{1,2}:\d{2}|\d{4})\s(.*)$/u;
const HEADER = /^(\/[^\s:]*):$/u;
const MISSING = /cannot access '([^']{1,4096})'/u;

function typeOf(c: string): LsEntryType {
  if (c === '-') return 'file';
  if (c === 'd') return 'dir';
  if (c === 'l') return 'link';
  if (c === 'c') return 'char';
  if (c === 'b') return 'block';
  return 'other';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `ls` prints `Mmm dd HH:MM` for files from the last six months (year implied) and
 * `Mmm dd  YYYY` otherwise. The implied year is the reference's, or the one before when the
 * date would lie in the future.
 */
export function lsTimeToIso(month: string, day: string, timeOrYear: string, reference: Date | null): string | null {
  const m = MONTHS.indexOf(month);
  const d = Number(day);
  if (m < 0 || d < 1 || d > 31) return null;
  if (/^\d{4}$/u.test(timeOrYear)) return `${timeOrYear}-${pad(m + 1)}-${pad(d)}T00:00:00Z`;
  if (reference === null || Number.isNaN(reference.getTime())) return null;
  const [hh, mm] = timeOrYear.split(':').map(Number);
  let year = reference.getUTCFullYear();
  if (Date.UTC(year, m, d) > reference.getTime() + 2 * 86_400_000) year -= 1;
  return `${year}-${pad(m + 1)}-${pad(d)}T${pad(hh ?? 0)}:${pad(mm ?? 0)}:00Z`;
}

/** Parses `ls -la` stdout and stderr. Total: never throws, linear, at most 512 entries. */
export function parseLsLong(stdout: string, stderr = '', reference: Date | null = null): LsResult {
  const entries: LsEntry[] = [];
  let dir: string | null = null;
  for (const line of splitLines(typeof stdout === 'string' ? stdout : '').lines) {
    if (entries.length >= MAX_LS_ENTRIES) break;
    const header = HEADER.exec(line);
    if (header) {
      dir = header[1] ?? null;
      continue;
    }
    const m = LINE.exec(line);
    if (!m) continue;
    const rest = m[6] ?? '';
    const type = typeOf(m[1] ?? '');
    const arrow = type === 'link' ? rest.indexOf(' -> ') : -1;
    const name = arrow >= 0 ? rest.slice(0, arrow) : rest;
    if (name === '.' || name === '..' || name === '') continue;
    entries.push({
      dir,
      name,
      type,
      target: arrow >= 0 ? rest.slice(arrow + 4) : null,
      size: m[2] !== undefined ? Number(m[2]) : null,
      modified: lsTimeToIso(m[3] ?? '', m[4] ?? '', m[5] ?? '', reference),
    });
  }
  const missing: string[] = [];
  for (const line of splitLines(typeof stderr === 'string' ? stderr : '').lines) {
    const m = MISSING.exec(line);
    if (m && missing.length < MAX_LS_ENTRIES) missing.push(m[1] ?? '');
  }
  return { entries, missing };
}

/** The entry's full path: its folder header joined with its name (names of single operands are paths already). */
export function lsEntryPath(e: LsEntry): string {
  if (e.dir === null || e.name.startsWith('/')) return e.name;
  return `${e.dir.replace(/\/+$/u, '')}/${e.name}`;
}
