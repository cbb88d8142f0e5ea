import { archListCovers } from '../../../electron/host/distro/parse-arch-list.js';
import { TORCH_WHEELS } from '../../../electron/engine/wheels/torch-wheels.js';
import { healthyBase, type Json } from './collector-base.js';
import { driverMeetsCuda, cudaIntOf, type InsideGpu } from './gpu.js';
import type { PipPackage } from './state.js';

/**
 * One framework section per framework, from what pip put in the judged interpreter and the GPU
 * WSL exposes. A GPU is seen only by a build for its vendor whose driver floor the driver meets
 * (cuda-driver-floors.ts); a CUDA wheel without kernels for the card fails its tensor op the way
 * test/fixtures/distro/probe/wsl-blackwell-cu126.json records. The op's numbers are the healthy
 * fixture's illustrative sums; no performance figure is produced here.
 */

export interface GpuView {
  /** The NVIDIA GPU as WSL 2 shows it, or null. */
  nvidia: InsideGpu | null;
  /** Any GPU WSL 2 exposes through /dev/dxg (DirectML sees every vendor): name and vendor, or null. */
  dxg: { name: string; vendor: string } | null;
  /** The AMD card ROCm reaches (librocdxg or the legacy WSL runtime installed), or null (collector-vendors.ts). */
  rocm: { name: string; gfx: string } | null;
  /** The Intel card Level Zero reaches, or null. */
  xpu: string | null;
}

const healthyTorch = (): Json => (healthyBase().frameworks as Record<string, Json>).torch ?? {};
const opOk = (): Json => structuredClone(healthyTorch().op as Json);

function childRun(python: string, child: string, user: string | null, deadlineS: number, stderr = ''): Json {
  const run: Json = { argv: [python, '-c', `<${child}>`], exitCode: 0, signal: null, durationMs: 900, timedOut: false, deadlineS, stderr, error: null };
  if (user !== null) run.user = user;
  return run;
}

const CUDA_OF: Record<string, string> = Object.fromEntries((TORCH_WHEELS?.variants ?? []).map((v) => [v.id, v.cuda]));
const ARCHS_OF: Record<string, string[]> = Object.fromEntries((TORCH_WHEELS?.variants ?? []).map((v) => [v.id, v.archs]));

export interface Judged {
  python: string;
  user: string | null;
  index: number;
}

export function torchSection(pkg: PipPackage, view: GpuView, at: Judged): Json {
  const variant = pkg.variant ?? 'cpu';
  const out: Json = {
    installed: true, status: 'no-gpu', version: pkg.version, cudaBuild: CUDA_OF[variant] ?? null, hipBuild: variant.startsWith('rocm') ? variant.slice('rocm'.length) : null,
    archList: ARCHS_OF[variant] ?? [], deviceArch: null, archSupported: null, cudaAvailable: false, deviceCount: null, deviceName: null, capability: null, op: null, error: null,
  };
  let stderr = '';
  const gpu = view.nvidia;
  const cuda = CUDA_OF[variant];
  if (cuda !== undefined && gpu !== null) {
    if (!driverMeetsCuda(gpu.driverVersion, Number(cuda.split('.')[0]))) {
      stderr = `UserWarning: CUDA initialization: The NVIDIA driver on your system is too old (found version ${cudaIntOf(gpu.cudaText ?? '0.0')}). Please update your GPU driver by downloading and installing a new version from the URL: http://www.nvidia.com/Download/index.aspx Alternatively, go to: https://pytorch.org to install a PyTorch version that has been compiled with your version of the CUDA driver. (Triggered internally at ../c10/cuda/CUDAFunctions.cpp:108.)\n  return torch._C._cuda_getDeviceCount() > 0\n`;
    } else {
      const cc = gpu.computeCap;
      const arch = cc === null ? null : `sm_${cc.replace('.', '')}`;
      Object.assign(out, { cudaAvailable: true, deviceCount: 1, deviceName: gpu.name, capability: cc, deviceArch: arch, archSupported: arch === null ? null : (ARCHS_OF[variant] ?? []).includes(arch) });
      if (archListCovers(ARCHS_OF[variant] ?? [], cc) === false) {
        out.op = { ok: false, error: 'RuntimeError: CUDA error: no kernel image is available for execution on the device\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.' };
        out.status = 'op-failed';
        stderr = `UserWarning: \n${gpu.name} with CUDA capability ${arch ?? ''} is not compatible with the current PyTorch installation.\nThe current PyTorch install supports CUDA capabilities ${(ARCHS_OF[variant] ?? []).join(' ')}.\n`;
      } else {
        out.op = opOk();
        out.status = 'ok';
      }
    }
  }
  // ROCm builds answer through torch.cuda and name the gfx ISA; only once ROCm reaches the card through /dev/dxg.
  if (variant.startsWith('rocm') && view.rocm !== null) {
    Object.assign(out, { cudaAvailable: true, deviceCount: 1, deviceName: view.rocm.name, deviceArch: view.rocm.gfx, op: opOk(), status: 'ok' });
  }
  // XPU builds answer through torch.xpu (torch.cuda sees nothing), once Level Zero reaches the card.
  if (variant === 'xpu') {
    // torch.version.xpu of a 2.14.0+xpu wheel as one user reported it (20260100); the simulator's wheel is 2.14.0+xpu too.
    Object.assign(out, { xpuBuild: '20260100', xpuAvailable: view.xpu !== null });
    if (view.xpu !== null) Object.assign(out, { deviceCount: 1, deviceName: view.xpu, op: opOk(), status: 'ok' });
  }
  return { ...out, run: childRun(at.python, 'child_torch.py', at.user, 20.0, stderr), distVersion: pkg.version.replace(/\+.*$/u, ''), interpreter: at.index };
}

export function tensorflowSection(pkg: PipPackage, view: GpuView, at: Judged): Json {
  const withCuda = pkg.variant === 'cuda12';
  const sees = withCuda && view.nvidia !== null && driverMeetsCuda(view.nvidia.driverVersion, 12);
  return {
    installed: true, status: sees ? 'ok' : 'no-gpu', version: pkg.version, builtWithCuda: withCuda, cudaBuild: withCuda ? '12.5.1' : null, cudnnBuild: withCuda ? '9' : null,
    gpus: sees ? ['/physical_device:GPU:0'] : [], op: sees ? opOk() : null, error: null,
    run: childRun(at.python, 'child_tensorflow.py', at.user, 22.0), distVersion: pkg.version, interpreter: at.index,
  };
}

export function jaxSection(pkg: PipPackage, view: GpuView, at: Judged): Json {
  const major = pkg.variant === 'cuda13' ? 13 : pkg.variant === 'cuda12' ? 12 : null;
  const sees = major !== null && view.nvidia !== null && driverMeetsCuda(view.nvidia.driverVersion, major);
  return {
    installed: true, status: sees ? 'ok' : 'no-gpu', version: pkg.version, backend: sees ? 'gpu' : 'cpu',
    devices: sees ? [{ platform: 'gpu', kind: view.nvidia?.name ?? '' }] : [{ platform: 'cpu', kind: 'cpu' }], op: sees ? opOk() : null, error: null,
    run: childRun(at.python, 'child_jax.py', at.user, 20.0), distVersion: pkg.version, interpreter: at.index,
  };
}

export function directmlSection(pkg: PipPackage, torch: PipPackage | undefined, view: GpuView, at: Judged): Json {
  const sees = view.dxg !== null;
  return {
    installed: true, status: sees ? 'ok' : 'no-gpu', version: pkg.version, torchVersion: torch?.version ?? null, deviceCount: sees ? 1 : 0, deviceName: view.dxg?.name ?? null,
    op: sees ? opOk() : null, error: null, run: childRun(at.python, 'child_directml.py', at.user, 20.0), distVersion: pkg.version, interpreter: at.index,
  };
}
