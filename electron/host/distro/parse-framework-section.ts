import type { FrameworkFacts, FrameworkName, InterpreterRef } from '../../contract/distro-facts.js';
import { archListCovers, smArchOf } from './parse-arch-list.js';
import { classifyCudaError } from './parse-cuda-error.js';
import type { ProbeFrameworkSection } from './probe-document-schema.js';

/**
 * One framework section of the collector document (child_torch.py, child_tensorflow.py,
 * child_jax.py, child_directml.py) reduced to `FrameworkFacts`. Fields a child does not print
 * stay null; nothing is inferred from a missing field.
 */

const MAX_TEXT = 2000;

/** A bounded string, or null. */
export function str(v: unknown, max = MAX_TEXT): string | null {
  return typeof v === 'string' && v !== '' ? v.slice(0, max) : null;
}

/** A finite number, or null. */
export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

function strings(v: unknown, max = 64): string[] | null {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, max).map((s) => s.slice(0, 200)) : null;
}

function gpuVisibleOf(name: FrameworkName, s: Record<string, unknown>): boolean | null {
  // An XPU build answers through torch.xpu; CUDA and ROCm (HIP) builds through torch.cuda.
  if (name === 'torch') return s.xpuAvailable === true ? true : bool(s.cudaAvailable);
  if (name === 'tensorflow') return Array.isArray(s.gpus) ? s.gpus.length > 0 : null;
  if (name === 'jax') {
    if (!Array.isArray(s.devices)) return null;
    return s.devices.some((d) => d !== null && typeof d === 'object' && ['gpu', 'cuda', 'rocm'].includes(String((d as { platform?: unknown }).platform)));
  }
  const count = num(s.deviceCount);
  return count === null ? null : count > 0;
}

function deviceNameOf(name: FrameworkName, s: Record<string, unknown>): string | null {
  if (name === 'tensorflow') return strings(s.gpus)?.[0] ?? null;
  if (name === 'jax' && Array.isArray(s.devices)) {
    const gpu: unknown = (s.devices as unknown[]).find((d) => d !== null && typeof d === 'object' && (d as { platform?: unknown }).platform !== 'cpu');
    return gpu ? str((gpu as { kind?: unknown }).kind, 200) : null;
  }
  return str(s.deviceName, 200);
}

function cpuOnlyOf(name: FrameworkName, s: Record<string, unknown>, version: string | null): boolean | null {
  if (name === 'torch') {
    if (version === null) return null;
    return torchBackendOf(s) === 'cpu';
  }
  if (name === 'tensorflow') {
    const built = bool(s.builtWithCuda);
    return built === null ? null : !built;
  }
  return null;
}

/**
 * The GPU backend a torch build carries: `torch.version.cuda`, `torch.version.hip`, else an XPU
 * build (`torch.version.xpu`, which some `+xpu` builds leave None, so also the `+xpu` local
 * version label, or torch.xpu seeing a device), else `cpu`.
 */
function torchBackendOf(s: Record<string, unknown>): NonNullable<FrameworkFacts['backend']> {
  if (s.cudaBuild != null) return 'cuda';
  if (s.hipBuild != null) return 'hip';
  if (s.xpuBuild != null || s.xpuAvailable === true || /\+xpu\b/u.test(str(s.version, 200) ?? '')) return 'xpu';
  return 'cpu';
}

/**
 * ROCm: the build has kernels for the device when its arch list names the device's gfx ISA
 * (`gcnArchName` `gfx1100:sramecc-:xnack-` → `gfx1100`); null when either is unknown.
 */
function hipArchMatches(archList: string[] | null, deviceArch: string | null): boolean | null {
  if (archList === null || archList.length === 0 || deviceArch === null) return null;
  const isa = deviceArch.split(':')[0] ?? '';
  if (!/^gfx[0-9a-f]+$/iu.test(isa)) return null;
  return archList.some((a) => (a.split(':')[0] ?? '') === isa);
}

function tensorOpOf(op: ProbeFrameworkSection['op']): FrameworkFacts['tensorOp'] {
  if (op === null || op === undefined) return null;
  const o = op as Record<string, unknown>;
  return { ok: op.ok === true, onGpu: typeof o.gpu === 'number', error: str(o.error) };
}

/**
 * Reduces one section. `deviceCapability` (from the CUDA driver query) backs up torch's own;
 * `interpreter` is the one the section was read in (parse-interpreters.ts).
 */
export function frameworkFactsFrom(name: FrameworkName, section: ProbeFrameworkSection | undefined, deviceCapability: string | null, interpreter: InterpreterRef | null = null): FrameworkFacts {
  const s = (section ?? { installed: false, status: 'not-installed' }) as ProbeFrameworkSection & Record<string, unknown>;
  const version = str(s.version, 200) ?? str(s.distVersion, 200);
  const cudaBuild = name === 'tensorflow' || name === 'torch' ? str(s.cudaBuild, 40) : null;
  const hipBuild = name === 'torch' ? str(s.hipBuild, 40) : null;
  const archList = name === 'torch' ? strings(s.archList) : null;
  const capability = str(s.capability, 8) ?? deviceCapability;
  // ROCm reports a gfx ISA (gcnArchName), never an sm_XY: the CUDA capability mapping is only for CUDA builds.
  const deviceArch = str(s.deviceArch, 40) ?? (name === 'torch' && s.installed === true && hipBuild === null ? smArchOf(capability) : null);
  const tensorOp = tensorOpOf(s.op);
  const run = s.run as { stderr?: unknown } | undefined;
  const error = str(s.error);
  const kind = classifyCudaError([error, tensorOp?.error, str(run?.stderr, 8192)].filter((t) => t).join('\n'));
  return {
    name,
    installed: s.installed === true,
    status: str(s.status, 64) ?? 'failed',
    version,
    cudaBuild,
    hipBuild,
    cpuOnlyBuild: s.installed === true ? cpuOnlyOf(name, s, str(s.version, 200)) : null,
    archList,
    deviceArch,
    archMatches: hipBuild === null ? (s.xpuAvailable === true ? null : archListCovers(archList, capability)) : hipArchMatches(archList, deviceArch),
    gpuVisible: s.installed === true ? gpuVisibleOf(name, s) : null,
    deviceName: deviceNameOf(name, s),
    tensorOp,
    error: error ?? tensorOp?.error ?? null,
    errorKind: kind?.kind ?? null,
    interpreter,
    ...(name === 'torch' ? { backend: s.installed === true ? torchBackendOf(s) : null } : {}),
  };
}
