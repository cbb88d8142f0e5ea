import { splitLines } from '../nvidia-smi/text.js';

/**
 * The collector's direct file lookups (no tool runs): `wsl-libcuda-lstat` prints
 * `path<TAB>kind[<TAB>link target]` per file, `nvidia-hook` one absolute path per line. Pure and
 * total: never throws, linear, bounded.
 */

/** What lstat said about a file (the collector's kind names). */
export type LstatKind = 'file' | 'link' | 'dir' | 'char' | 'block' | 'other';

/** One lstat line. */
export interface LstatEntry {
  path: string;
  kind: LstatKind;
  /** The link's target, for `link`. */
  target: string | null;
}

const KINDS: readonly LstatKind[] = ['file', 'link', 'dir', 'char', 'block', 'other'];
const MAX_ENTRIES = 64;
const MAX_PATH_CHARS = 4096;

const isKind = (k: string): k is LstatKind => (KINDS as readonly string[]).includes(k);
const isAbsolute = (p: string): boolean => p.startsWith('/') && p.length <= MAX_PATH_CHARS;

/** Parses `path<TAB>kind[<TAB>target]` lines; lines of any other shape are skipped. */
export function parseLstatLines(text: string): LstatEntry[] {
  const out: LstatEntry[] = [];
  for (const line of splitLines(typeof text === 'string' ? text : '').lines) {
    if (out.length >= MAX_ENTRIES) break;
    const [path = '', kind = '', target] = line.split('\t');
    if (!isAbsolute(path) || !isKind(kind)) continue;
    out.push({ path, kind, target: kind === 'link' && target !== undefined ? target.slice(0, MAX_PATH_CHARS) : null });
  }
  return out;
}

/** The absolute paths a lookup found, one per line, in search order. */
export function parseFoundPaths(text: string): string[] {
  return splitLines(typeof text === 'string' ? text : '')
    .lines.map((l) => l.trim())
    .filter(isAbsolute)
    .slice(0, MAX_ENTRIES);
}
