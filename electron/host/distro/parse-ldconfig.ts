import { excerpt, splitLines } from '../nvidia-smi/text.js';

/**
 * `ldconfig -p` (stdout) and its stderr. The cache lists libraries in the order the dynamic
 * loader tries them, so the first 64-bit `libcuda.so.1` is the one a framework gets. On WSL the
 * driver ships real files rather than symlinks, so ldconfig warns
 * `ldconfig: /usr/lib/wsl/lib/libcuda.so.1 is not a symbolic link` (or `/sbin/ldconfig.real: …`
 * on Ubuntu) each time it rebuilds its cache (`sudo ldconfig`, apt triggers): cosmetic
 * (domain.md §5.4, failure #6). `ldconfig -p` only prints the cache and never warns; the
 * collector reads the condition itself with lstat. The warning is still recognized in stderr
 * (a rebuild's output), as harmless evidence.
 */

/** One cache entry of an NVIDIA library. */
export interface LdconfigEntry {
  soname: string;
  /** `libc6,x86-64` */
  arch: string;
  path: string;
}

/** What the cache says about the NVIDIA libraries. */
export interface LdconfigResult {
  /** `libcuda*` and `libnvidia-ml*` entries, in cache order (at most 64). */
  entries: LdconfigEntry[];
  /** The first 64-bit `libcuda.so.1` path, or null. */
  libcudaResolved: string | null;
  /** Paths ldconfig called "not a symbolic link" (harmless). */
  notSymlink: string[];
  /** Other stderr lines (excerpts, at most 8). */
  otherMessages: string[];
}

const MAX_ENTRIES = 64;
const MAX_MESSAGES = 8;
// `\tlibcuda.so.1 (libc6,x86-64) => /usr/lib/wsl/lib/libcuda.so.1`
const ENTRY = /^\s*(lib(?:cuda|nvidia-ml)[\w.+-]*)\s+\(([^)]{0,120})\)\s+=>\s+(\S+)\s*$/u;
// `ldconfig: /path is not a symbolic link`, `/sbin/ldconfig.real: /path …`
const NOT_SYMLINK = /^\S*ldconfig(?:\.real)?:\s+(\S+)\s+is not a symbolic link/u;

function is64Bit(arch: string): boolean {
  return /64/u.test(arch);
}

/** Parses the cache listing and ldconfig's messages. Total: never throws, linear, bounded. */
export function parseLdconfig(stdout: string, stderr = ''): LdconfigResult {
  const entries: LdconfigEntry[] = [];
  for (const line of splitLines(typeof stdout === 'string' ? stdout : '').lines) {
    if (entries.length >= MAX_ENTRIES) break;
    if (!line.includes('=>')) continue;
    const m = ENTRY.exec(line);
    if (m) entries.push({ soname: m[1] ?? '', arch: m[2] ?? '', path: m[3] ?? '' });
  }
  const libcuda = entries.filter((e) => e.soname === 'libcuda.so.1');
  const resolved = libcuda.find((e) => is64Bit(e.arch)) ?? libcuda[0];
  const notSymlink: string[] = [];
  const otherMessages: string[] = [];
  for (const line of splitLines(typeof stderr === 'string' ? stderr : '').lines) {
    if (line.trim() === '') continue;
    const m = NOT_SYMLINK.exec(line);
    if (m) {
      if (notSymlink.length < MAX_ENTRIES) notSymlink.push(m[1] ?? '');
    } else if (otherMessages.length < MAX_MESSAGES) otherMessages.push(excerpt(line));
  }
  return { entries, libcudaResolved: resolved?.path ?? null, notSymlink, otherMessages };
}
