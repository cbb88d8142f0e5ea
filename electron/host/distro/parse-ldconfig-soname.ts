import { splitLines } from '../nvidia-smi/text.js';

/**
 * The path the dynamic loader would take for one soname, from `ldconfig -p`: the first 64-bit
 * cache entry (`\tlibze_loader.so.1 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libze_loader.so.1`),
 * else the first of any arch; null when the cache does not list it. Pure, bounded.
 */
export function cachedLibraryPath(stdout: string, soname: string): string | null {
  let any: string | null = null;
  for (const line of splitLines(typeof stdout === 'string' ? stdout : '').lines) {
    const m = /^\s*(\S+)\s+\(([^)]{0,120})\)\s+=>\s+(\S+)\s*$/u.exec(line);
    if (!m || m[1] !== soname) continue;
    if (/64/u.test(m[2] ?? '')) return m[3] ?? null;
    any ??= m[3] ?? null;
  }
  return any;
}
