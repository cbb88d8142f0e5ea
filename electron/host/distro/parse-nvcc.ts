import { splitLines } from '../nvidia-smi/text.js';

/** The toolkit version `nvcc --version` prints. */
export interface NvccVersion {
  /** `13.0` */
  release: string;
  /** `13.0.88`, or null when the `V…` build is not printed. */
  build: string | null;
}

// `Cuda compilation tools, release 13.0, V13.0.88`: nvcc is not localized.
const RELEASE = /\brelease\s+(\d{1,3}\.\d{1,3})\b/u;
const BUILD = /\bV(\d{1,3}\.\d{1,3}\.\d{1,6})\b/u;

/** Parses `nvcc --version`. Total: never throws, linear; null when no release line is found. */
export function parseNvccVersion(text: string): NvccVersion | null {
  for (const line of splitLines(typeof text === 'string' ? text : '').lines) {
    const r = RELEASE.exec(line);
    if (r) return { release: r[1] ?? '', build: BUILD.exec(line)?.[1] ?? null };
  }
  return null;
}
