/**
 * NVIDIA driver version arithmetic. Windows lists the driver as `A.B.C.DDDD`
 * (`32.0.15.6094`); NVIDIA calls the same driver `560.94`: `(C − 10) × 10000 + DDDD`, i.e. the
 * last five digits of C and a zero-padded DDDD, with a dot after the third (domain.md §4.1).
 */

const WINDOWS_VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/u;
const DOTTED = /^\d{1,6}(?:\.\d{1,6}){0,3}$/u;

/**
 * Turns a Windows driver version of an NVIDIA adapter into NVIDIA's form:
 * `32.0.15.6094` → `560.94`, `31.0.15.3623` → `536.23`, `32.0.16.1714` → `617.14`.
 * Returns null for anything that is not four numeric groups or that gives no 3-digit branch.
 */
export function nvidiaDriverFromWindows(windowsVersion: string | null | undefined): string | null {
  if (typeof windowsVersion !== 'string') return null;
  const m = WINDOWS_VERSION.exec(windowsVersion.trim());
  if (m === null) return null;
  const c = Number(m[3]);
  const d = Number(m[4]);
  if (d > 9999 || c < 10) return null;
  // Arithmetic rather than string concatenation keeps a short DDDD (`…15.123`) correct: 501.23.
  const v = (c * 10000 + d) % 100000;
  const branch = Math.floor(v / 100);
  if (branch < 100) return null;
  return `${branch}.${String(v % 100).padStart(2, '0')}`;
}

/** Splits a dotted version into numbers (`560.35.02` → `[560, 35, 2]`), or null when malformed. */
export function driverVersionParts(version: string | null | undefined): number[] | null {
  if (typeof version !== 'string') return null;
  const v = version.trim();
  if (!DOTTED.test(v)) return null;
  return v.split('.').map(Number);
}

/**
 * Compares two driver versions (`528.33`, `560.35.02`) numerically part by part, missing parts
 * counting as 0: -1, 0 or 1, or null when either is malformed. Windows-form (`560.94`) and
 * Linux-form (`560.35.02`) numbers of the same branch are not the same scale; compare like
 * with like (inside WSL, the driver_version field is already the Windows form).
 */
export function compareDriverVersions(a: string | null | undefined, b: string | null | undefined): -1 | 0 | 1 | null {
  const pa = driverVersionParts(a);
  const pb = driverVersionParts(b);
  if (pa === null || pb === null) return null;
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** True when `version` ≥ `minimum` (e.g. CUDA 12 wheels need ≥ `528.33`); null when unreadable. */
export function isDriverAtLeast(version: string | null | undefined, minimum: string): boolean | null {
  const c = compareDriverVersions(version, minimum);
  return c === null ? null : c >= 0;
}
