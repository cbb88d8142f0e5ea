import type { Facts, WindowsGpu } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Profile, StackId } from '../../../contract/setup.js';
import { STACK_IDS } from '../../../contract/setup.js';
import { recommendTorchWheel } from '../../wheels/recommend-torch-wheel.js';
import { BUILT_IN_DRIVER_FLOORS } from '../../wheels/cuda-driver-floors.js';
import { driverMeetsCuda, gpusOf, isWindows11, nvidiaOf, supportsCuda13Arch } from './gpu-facts.js';
import { computeGpuOf } from '../../facts/compute-gpu.js';
import { rocmCardOf, xpuCardOf } from './vendor-cards.js';

/**
 * Which stacks this machine can have, from the facts alone (vendor, driver, compute capability,
 * Windows build) and the wheel data of assets/data/torch-wheels.json. Feeds SetupPlan.stacks:
 * every stack is listed, unsupported ones with the honest reason.
 */

export interface StackOption {
  id: StackId;
  supported: boolean;
  reason: Msg;
  legacy?: boolean;
}

const CUDA12_FLOOR = BUILT_IN_DRIVER_FLOORS[12]?.windows ?? '528.33';

const yes = (id: StackId, reason: Msg): StackOption => ({ id, supported: true, reason });
const no = (id: StackId, reason: Msg): StackOption => ({ id, supported: false, reason });

/** The PyTorch CUDA wheel for this machine (see recommendTorchWheel), or why none fits. */
function pytorchOption(facts: Facts): StackOption {
  const nv = nvidiaOf(facts);
  if (nv === null) return no('pytorch', msg('setup.stack.needsNvidia'));
  // Below the oldest variant's floor (cu126, CUDA 12) no wheel runs, whatever the GPU's arch.
  if (driverMeetsCuda(nv.driver, 12) === false) return no('pytorch', msg('setup.stack.driverTooOld', { driver: nv.driver, minDriver: CUDA12_FLOOR }));
  const advice = recommendTorchWheel({ arch: nv.computeCapability, driver: nv.driver, numbering: 'windows' });
  if (advice.ok) return yes('pytorch', msg('setup.stack.pytorch.ok', { variant: advice.variant, indexUrl: advice.indexUrl, release: advice.release }));
  switch (advice.reason) {
    case 'driver-too-old':
      return no('pytorch', msg('setup.stack.driverTooOld', { driver: advice.driver, minDriver: advice.minDriver }));
    case 'arch-unsupported':
      return no('pytorch', msg('setup.stack.pytorch.noWheel', { arch: advice.arch, supported: advice.supported }));
    case 'arch-unknown':
      return no('pytorch', msg('setup.stack.archUnknown'));
    default:
      return no('pytorch', msg('setup.stack.pytorch.noTable'));
  }
}

/** Stacks that need a CUDA 12 capable driver (TensorFlow, JAX's cuda12, the 12.x toolkit, the container toolkit). */
function cudaOption(facts: Facts, id: StackId, ok: (driver: string, cc: string | null) => Msg): StackOption {
  const nv = nvidiaOf(facts);
  if (nv === null) return no(id, msg('setup.stack.needsNvidia'));
  const meets = driverMeetsCuda(nv.driver, 12);
  if (meets === null || nv.driver === null) return no(id, msg('setup.stack.driverUnknown'));
  if (!meets) return no(id, msg('setup.stack.driverTooOld', { driver: nv.driver, minDriver: CUDA12_FLOOR }));
  return yes(id, ok(nv.driver, nv.computeCapability));
}

/** CUDA 13 builds: the driver meets the 13 floor and the GPU is Turing or newer (domain.md §4.1). */
export function cuda13Fits(driver: string | null, computeCapability: string | null): boolean {
  return driverMeetsCuda(driver, 13) === true && supportsCuda13Arch(computeCapability) !== false;
}

/** The JAX extra for this driver: `cuda13` at 580+ on Turing or newer, else `cuda12`. */
export function jaxCudaFor(driver: string | null, computeCapability: string | null): 'cuda13' | 'cuda12' {
  return cuda13Fits(driver, computeCapability) ? 'cuda13' : 'cuda12';
}

/** The toolkit package for this driver: 13.0 at 580+ on Turing or newer, else the last 12.x. */
export function cudaToolkitPackageFor(driver: string | null, computeCapability: string | null): 'cuda-toolkit-13-0' | 'cuda-toolkit-12-9' {
  return cuda13Fits(driver, computeCapability) ? 'cuda-toolkit-13-0' : 'cuda-toolkit-12-9';
}

function rocmOption(facts: Facts): StackOption {
  const amd = gpusOf(facts, 'amd');
  if (amd.length === 0) return no('pytorch-rocm', msg('setup.stack.needsAmd'));
  const card = rocmCardOf(amd);
  if (card === null) return no('pytorch-rocm', msg('setup.stack.rocm.card', { gpu: amd.map((g) => g.name ?? '?').join(', ') }));
  if (isWindows11(facts) !== true) return no('pytorch-rocm', msg('setup.stack.rocm.windows', { gpu: card }));
  return yes('pytorch-rocm', msg('setup.stack.rocm.ok', { gpu: card }));
}

/** Intel XPU in WSL is best-effort: not in PyTorch's validated matrix (domain.md §4.3); the reason says so. */
function xpuOption(facts: Facts): StackOption {
  const intel = gpusOf(facts, 'intel');
  if (intel.length === 0) return no('pytorch-xpu', msg('setup.stack.needsIntel'));
  const card = xpuCardOf(intel);
  if (card === null) return no('pytorch-xpu', msg('setup.stack.xpu.card', { gpu: intel.map((g) => g.name ?? '?').join(', ') }));
  return yes('pytorch-xpu', msg('setup.stack.xpu.ok', { gpu: card }));
}

/**
 * A vendor's own driver is loaded: Windows' inbox Basic Display driver is versioned `10.0.<build>`
 * (the OS version), vendor drivers are not; judged on the number, never on the localized name.
 */
function hasVendorDriver(g: WindowsGpu): boolean {
  const v = g.windowsDriverVersion ?? g.driverVersion;
  return v !== null && !v.startsWith('10.0.');
}

/** DirectML reaches any DX12 GPU with a vendor driver through /dev/dxg; legacy (sustained engineering, torch 2.4 line). */
function directmlOption(facts: Facts): StackOption {
  const card = (facts.gpus ?? []).find((g) => (g.vendor === 'nvidia' || g.vendor === 'amd' || g.vendor === 'intel') && hasVendorDriver(g));
  const option = card ? yes('directml', msg('setup.stack.directml.ok', { gpu: card.name ?? '?' })) : no('directml', msg('setup.stack.directml.noGpu'));
  return { ...option, legacy: true };
}

/** Every stack, in STACK_IDS order, with whether this machine supports it and why. */
export function stackOptions(facts: Facts): StackOption[] {
  const byId: Record<StackId, () => StackOption> = {
    pytorch: () => pytorchOption(facts),
    tensorflow: () => cudaOption(facts, 'tensorflow', () => msg('setup.stack.tensorflow.ok')),
    jax: () => cudaOption(facts, 'jax', (d, cc) => msg('setup.stack.jax.ok', { extra: `jax[${jaxCudaFor(d, cc)}]` })),
    'pytorch-rocm': () => rocmOption(facts),
    'pytorch-xpu': () => xpuOption(facts),
    directml: () => directmlOption(facts),
    'cuda-toolkit': () => cudaOption(facts, 'cuda-toolkit', (d, cc) => msg('setup.stack.cudaToolkit.ok', { package: cudaToolkitPackageFor(d, cc) })),
    'docker-nvidia': () => cudaOption(facts, 'docker-nvidia', () => msg('setup.stack.dockerNvidia.ok')),
  };
  return STACK_IDS.map((id) => byId[id]());
}

/** The beginner's order of preference: the vendor's own stack first, DirectML only as the fallback. */
const BEGINNER_ORDER: readonly StackId[] = ['pytorch', 'pytorch-rocm', 'pytorch-xpu', 'directml'];
const CUDA_PRO: readonly StackId[] = ['cuda-toolkit', 'docker-nvidia', 'pytorch'];

/** The vendor's own PyTorch stack. */
const TORCH_OF_VENDOR: Readonly<Partial<Record<string, StackId>>> = { nvidia: 'pytorch', amd: 'pytorch-rocm', intel: 'pytorch-xpu' };

/**
 * The stacks a profile installs when the person picks none: beginner — the compute GPU's own
 * PyTorch (the card the checks judge: discrete first, then the most memory; compute-gpu.ts) when
 * this machine supports it, else the first supported of PyTorch (NVIDIA), ROCm, XPU, DirectML;
 * cuda-pro — toolkit, Docker + NVIDIA Container Toolkit and PyTorch, those this machine supports.
 * Empty when nothing fits (the plan then shows why).
 */
export function defaultStacks(facts: Facts, profile: Profile): StackId[] {
  const supported = new Set(stackOptions(facts).filter((o) => o.supported).map((o) => o.id));
  if (profile === 'cuda-pro') return CUDA_PRO.filter((id) => supported.has(id));
  const own = TORCH_OF_VENDOR[computeGpuOf(facts)?.vendor ?? ''];
  const first = own !== undefined && supported.has(own) ? own : BEGINNER_ORDER.find((id) => supported.has(id));
  return first === undefined ? [] : [first];
}
