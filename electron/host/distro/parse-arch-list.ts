/**
 * Does a framework build carry kernels for this GPU? `torch.cuda.get_arch_list()` lists SASS
 * targets (`sm_86`) and sometimes PTX (`compute_90`). A device of compute capability X.Y runs:
 * SASS `sm_XY` exactly, SASS `sm_XZ` of the same major with Z ≤ Y (binary compatible within a
 * major, so an Ada `sm_89` card runs a cu126 wheel's `sm_86` code), or PTX `compute_AB` with
 * AB ≤ XY, JIT-compiled by the driver. Arch-specific targets (`sm_90a`, `sm_100f`) run on
 * their own arch only. A Blackwell `sm_120` card with a cu126 wheel (up to `sm_90`, no PTX)
 * fails with "no kernel image" (domain.md §6.1, failure #9).
 */

const TARGET = /^(sm|compute)_(\d{1,3})([a-z]?)$/u;
const CAPABILITY = /^(\d{1,2})\.(\d)$/u;

/** `8.9` → `sm_89`; null when not a capability. */
export function smArchOf(capability: string | null | undefined): string | null {
  const m = typeof capability === 'string' ? CAPABILITY.exec(capability.trim()) : null;
  return m ? `sm_${m[1]}${m[2]}` : null;
}

/** Major/minor of `sm_120` / `compute_86` numbers (the last digit is the minor). */
function split(n: number): { major: number; minor: number } {
  return { major: Math.floor(n / 10), minor: n % 10 };
}

/**
 * True when the list covers the capability, false when it does not, null when either is
 * missing or unreadable (then nothing is claimed). Total: never throws, linear in the list.
 */
export function archListCovers(archList: readonly string[] | null | undefined, capability: string | null | undefined): boolean | null {
  const cap = typeof capability === 'string' ? CAPABILITY.exec(capability.trim()) : null;
  if (!Array.isArray(archList) || archList.length === 0 || cap === null) return null;
  const major = Number(cap[1]);
  const minor = Number(cap[2]);
  const device = major * 10 + minor;
  let readable = 0;
  for (const raw of archList.slice(0, 256)) {
    const m = typeof raw === 'string' ? TARGET.exec(raw.trim()) : null;
    if (m === null) continue;
    readable++;
    const n = Number(m[2]);
    const specific = (m[3] ?? '') !== '';
    if (specific) {
      if (n === device) return true;
      continue;
    }
    if (m[1] === 'compute') {
      if (n <= device) return true;
      continue;
    }
    const t = split(n);
    if (t.major === major && t.minor <= minor) return true;
  }
  return readable > 0 ? false : null;
}
