import { splitLines } from '../nvidia-smi/text.js';

/**
 * Kernel release and WSL generation from `uname -r` or `/proc/version`. WSL 1 runs a
 * pseudo-kernel whose release ends in `-Microsoft` (capital M, e.g. `4.4.0-18362-Microsoft`,
 * the Windows build in the middle); WSL 2 kernels say `microsoft-standard` in lower case, later
 * with a `-WSL2` suffix (domain.md §5.1; proc-version and uname-r samples).
 *
 * In `/proc/version` the release is the token right after `Linux version`, whatever its shape
 * (a custom kernel's local version can hold any character); later tokens are the compiler's and
 * linker's versions (`gcc version 5.4.0`, `GNU ld … 2.37`) and are never a release.
 */

/** What the release string says. */
export interface KernelInfo {
  release: string | null;
  isWsl: boolean;
  wslGeneration: 1 | 2 | null;
  /** The Windows build embedded in a WSL 1 release (`4.4.0-18362-Microsoft` → 18362). */
  windowsBuild: number | null;
}

/** Longest release accepted (real ones are under 64 characters). */
const MAX_RELEASE_CHARS = 128;
const RELEASE = /^\d{1,3}\.\d{1,3}(?:\.\d{1,6}){0,2}(?:[-+_~][0-9A-Za-z._+~-]*)?$/u;
const WSL1_BUILD = /^\d+\.\d+\.\d+-(\d{5})-Microsoft$/u;
/** `Linux version <release> (builder) (compiler) #…`: the first line of /proc/version. */
const PROC_VERSION = /(?:^|\s)Linux version (\S+)/u;

/** The WSL generation a release string names, or null for a non-WSL kernel. */
export function wslGenerationOf(release: string): 1 | 2 | null {
  // Case matters: WSL 1's pseudo-kernel says "Microsoft", WSL 2 kernels say "microsoft".
  if (release.includes('microsoft') || /WSL2/iu.test(release)) return 2;
  if (release.includes('Microsoft')) return 1;
  return null;
}

/**
 * The token after `Linux version` on the first line that has one; null when that token is no
 * release (does not start with a digit, or is absurdly long); undefined without such a line
 * (`uname -r` text).
 */
function procVersionRelease(lines: readonly string[]): string | null | undefined {
  for (const line of lines) {
    const token = PROC_VERSION.exec(line)?.[1];
    if (token !== undefined) return /^\d/u.test(token) && token.length <= MAX_RELEASE_CHARS ? token : null;
  }
  return undefined;
}

/** The first token shaped like a kernel release, skipping prompt lines and words. */
function findRelease(lines: readonly string[]): string | null {
  for (const line of lines) {
    for (const token of line.split(/[ \t]+/u)) {
      if (token.length === 0 || token.length > MAX_RELEASE_CHARS) continue;
      if (RELEASE.test(token)) return token;
    }
  }
  return null;
}

/** Parses `uname -r` or `/proc/version` text. Total: never throws, linear, bounded. */
export function parseKernelRelease(text: string): KernelInfo {
  const lines = splitLines(typeof text === 'string' ? text : '').lines;
  const fromProc = procVersionRelease(lines);
  const release = fromProc === undefined ? findRelease(lines) : fromProc;
  if (release === null) return { release: null, isWsl: false, wslGeneration: null, windowsBuild: null };
  const generation = wslGenerationOf(release);
  const build = WSL1_BUILD.exec(release);
  return { release, isWsl: generation !== null, wslGeneration: generation, windowsBuild: build ? Number(build[1]) : null };
}
