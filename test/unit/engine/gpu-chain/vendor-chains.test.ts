import { describe, expect, it } from 'vitest';
import type { CheckResult, Readiness } from '../../../../electron/contract/checks.js';
import type { DistroFacts } from '../../../../electron/contract/distro-facts.js';
import type { Facts, GpuVendor, WindowsGpu } from '../../../../electron/contract/facts.js';
import { gpuChainChecks } from '../../../../electron/engine/checks/gpu-chain/index.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import { readinessFrom } from '../../../../electron/engine/readiness.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';
import { collectorDocument, presetDistroState, type DistroPreset, type DistroState } from '../../../sim/distro/index.js';
import { probeCapture } from './scenario.js';

// The GPU chain per vendor (issue 13 point 1): the collector document the simulated distro
// prints for a state (test/sim/distro), read into facts, judged with the Windows GPU list.

const RX7900: WindowsGpu = { name: 'AMD Radeon RX 7900 XTX', vendor: 'amd', driverVersion: null, windowsDriverVersion: '32.0.12033.1030', memoryMiB: 24560 };
const RADEON_IGPU: WindowsGpu = { name: 'AMD Radeon(TM) Graphics', vendor: 'amd', driverVersion: null, windowsDriverVersion: '32.0.12033.1030', memoryMiB: 512 };
const ARC: WindowsGpu = { name: 'Intel(R) Arc(TM) A770 Graphics', vendor: 'intel', driverVersion: null, windowsDriverVersion: '32.0.101.6078', memoryMiB: 16384 };
const RTX4070: WindowsGpu = { name: 'NVIDIA GeForce RTX 4070', vendor: 'nvidia', driverVersion: '581.80', windowsDriverVersion: '32.0.15.8180', memoryMiB: 12288 };
/** The integrated GPU of a hybrid laptop (kind as host/gpu/adapter-kind.ts decides it). */
const UHD: WindowsGpu = { name: 'Intel(R) UHD Graphics 770', vendor: 'intel', driverVersion: null, windowsDriverVersion: '31.0.101.4502', memoryMiB: 128, kind: 'integrated' };

const simVendor = (v: GpuVendor | null): string => (v === 'amd' ? 'AMD' : v === 'intel' ? 'Intel' : 'NVIDIA');

interface Run {
  byId: Map<string, CheckResult>;
  readiness: Readiness;
  distro: DistroFacts | null;
}

function judge(gpus: WindowsGpu[] | null, preset: DistroPreset, seen: WindowsGpu[] = gpus ?? [], patch: (d: DistroFacts) => void = () => {}): Run {
  return judgeState(gpus, presetDistroState('Ubuntu-24.04', 2, preset), seen, patch);
}

function judgeState(gpus: WindowsGpu[] | null, state: DistroState, seen: WindowsGpu[] = gpus ?? [], patch: (d: DistroFacts) => void = () => {}): Run {
  const windows = { gpus: seen.map((g) => ({ vendor: simVendor(g.vendor), name: g.name ?? '', driverVersion: g.windowsDriverVersion ?? '' })), wslVersion: '2.6.3.0' };
  const doc = collectorDocument(state, windows, { bench: false, python: null });
  const distro = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from(JSON.stringify(doc)), 'wsl')]]));
  if (distro) patch(distro);
  const facts = { host: { platform: 'windows', simulated: true }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus, distro, network: null } as Facts;
  const results = evaluateChecks(gpuChainChecks(CHECK_REFERENCE), facts);
  return { byId: new Map(results.map((r) => [r.id, r])), readiness: readinessFrom(results), distro };
}

const status = (run: Run, id: string): string | undefined => run.byId.get(id)?.status;
const NVIDIA_LINKS = ['gpu.wsl-lib', 'gpu.no-linux-driver', 'gpu.libcuda-resolves', 'gpu.nvidia-smi', 'gpu.cuda-driver', 'toolkit.cuda', 'docker.gpu'];

describe('AMD PC (Radeon RX 7900 XTX + Radeon iGPU)', () => {
  const gpus = [RADEON_IGPU, RX7900];

  it('without ROCm: the ROCm link fails with the install fix; every NVIDIA link skips with "no NVIDIA GPU", none fails', () => {
    const run = judge(gpus, { user: 'kim', venv: { torch: 'rocm7.2' } });
    expect(run.byId.get('gpu.rocm-runtime')).toMatchObject({ status: 'fail', summary: { key: 'check.gpu.rocmRuntime.fail.missing' }, fix: { text: { key: 'fix.gpu.rocm.install' } } });
    for (const id of NVIDIA_LINKS) expect(run.byId.get(id)?.summary, id).toEqual({ key: 'check.gpu.skip.noVendorGpu', params: { vendor: 'NVIDIA' } });
    expect(status(run, 'gpu.level-zero')).toBe('skip');
    expect(run.byId.get('framework.torch')?.summary).toEqual({ key: 'check.skip.prerequisite', params: { id: 'gpu.rocminfo' } });
    expect([...run.byId.values()].filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['gpu.rocm-runtime']);
    expect(run.readiness).toBe('not-ready');
  });

  it('ROCm without librocdxg fails and says the runtime cannot reach /dev/dxg', () => {
    // Only the ROCm user space (no rocdxg-roct): as after `apt install rocm` on WSL.
    const state = presetDistroState('Ubuntu-24.04', 2, { user: 'kim', runtime: 'rocm-rocdxg' });
    delete state.apt.installed['rocdxg-roct'];
    const run = judgeState(gpus, state);
    expect(run.distro?.rocm).toMatchObject({ layout: null, rocdxgLibs: [], hsaRuntimeLibs: ['libhsa-runtime64.so.1', 'libhsa-runtime64.so.1.18.0'] });
    // The recorded HSA_STATUS_ERROR_OUT_OF_RESOURCES run: no agent.
    expect(run.distro?.rocm?.rocminfo).toMatchObject({ status: 'failed', exitCode: 1, wslDetected: true, gpuAgents: [] });
    expect(run.byId.get('gpu.rocm-runtime')).toMatchObject({ status: 'fail', summary: { key: 'check.gpu.rocmRuntime.fail.noRocdxg' }, fix: { text: { key: 'fix.gpu.rocm.rocdxg' } } });
    expect(status(run, 'gpu.rocminfo')).toBe('skip');
  });

  it('librocdxg without rocminfo installed: rocminfo fails as not installed, with the install fix', () => {
    const state = presetDistroState('Ubuntu-24.04', 2, { user: 'kim', runtime: 'rocm-rocdxg' });
    delete state.apt.installed.rocminfo;
    const run = judgeState(gpus, state);
    expect(run.byId.get('gpu.rocminfo')).toMatchObject({ status: 'fail', summary: { key: 'check.gpu.rocminfo.fail.notFound' }, fix: { text: { key: 'fix.gpu.rocm.install' } } });
    expect(run.readiness).toBe('not-ready');
  });

  it('rocminfo that ran but lists no GPU agent fails with the detection advice (HSA_ENABLE_DXG_DETECTION, driver, card list)', () => {
    const run = judge(gpus, { user: 'kim', runtime: 'rocm-rocdxg' }, gpus, (d) => {
      if (d.rocm?.rocminfo) d.rocm.rocminfo = { ...d.rocm.rocminfo, gpuAgents: [] };
    });
    expect(run.byId.get('gpu.rocminfo')).toMatchObject({ status: 'fail', summary: { key: 'check.gpu.rocminfo.fail.noAgent' }, fix: { text: { key: 'fix.gpu.rocm.noAgent' } } });
  });

  it('ROCm 7.2 + librocdxg + a ROCm torch: rocminfo lists gfx1100 and the tensor op makes it verified-on-gpu', () => {
    const run = judge(gpus, { user: 'kim', runtime: 'rocm-rocdxg', venv: { torch: 'rocm7.2' } });
    expect(run.byId.get('gpu.rocm-runtime')?.summary.key).toBe('check.gpu.rocmRuntime.pass.rocdxg');
    expect(run.byId.get('gpu.rocminfo')?.summary).toEqual({ key: 'check.gpu.rocminfo.pass', params: { gpus: 'gfx1100 (AMD Radeon RX 7900 XTX)' } });
    const torch = run.distro?.frameworks.find((f) => f.name === 'torch');
    expect(torch).toMatchObject({ backend: 'hip', hipBuild: '7.2', deviceArch: 'gfx1100', cpuOnlyBuild: false });
    expect(status(run, 'framework.torch')).toBe('pass');
    expect(run.byId.get('gpu.performance')?.summary.key).toBe('check.gpu.performance.skip.notRun');
    expect(run.readiness).toBe('verified-on-gpu');
  });

  it('the legacy amdgpu-install --usecase=wsl runtime warns (AMD ended it) but still carries the chain', () => {
    const run = judge(gpus, { user: 'kim', runtime: 'rocm-legacy-wsl', venv: { torch: 'rocm7.2' } });
    expect(run.byId.get('gpu.rocm-runtime')).toMatchObject({ status: 'warn', summary: { key: 'check.gpu.rocmRuntime.warn.legacy' } });
    expect(status(run, 'gpu.rocminfo')).toBe('pass');
    expect(run.readiness).toBe('verified-on-gpu');
  });

  it('a CPU build of torch on the AMD PC fails with the ROCm wheel advice, not the CUDA one', () => {
    const run = judge(gpus, { user: 'kim', runtime: 'rocm-rocdxg', venv: { torch: 'cpu' } });
    expect(run.byId.get('framework.torch')).toMatchObject({ status: 'fail', summary: { key: 'check.framework.fail.cpuOnly' }, fix: { text: { key: 'fix.framework.torch.rocm' } } });
    expect(run.readiness).toBe('installed');
  });
});

describe('Intel PC (Arc A770)', () => {
  it('without Level Zero: the Level Zero link fails with the fix; NVIDIA and AMD links skip with their reasons', () => {
    const run = judge([ARC], { user: 'aiko', venv: { torch: 'xpu' } });
    expect(run.byId.get('gpu.level-zero')).toMatchObject({ status: 'fail', summary: { key: 'check.gpu.levelZero.fail.noLoader' }, fix: { text: { key: 'fix.gpu.levelZero' } } });
    expect(run.byId.get('gpu.cuda-driver')?.summary).toEqual({ key: 'check.gpu.skip.noVendorGpu', params: { vendor: 'NVIDIA' } });
    expect(run.byId.get('gpu.rocminfo')?.summary).toEqual({ key: 'check.gpu.skip.noVendorGpu', params: { vendor: 'AMD' } });
    expect(run.readiness).toBe('not-ready');
  });

  it('Level Zero + an XPU torch: passes as best-effort and reads verified-on-gpu', () => {
    const run = judge([ARC], { user: 'aiko', runtime: 'level-zero', venv: { torch: 'xpu' } });
    expect(run.byId.get('gpu.level-zero')?.summary.key).toBe('check.gpu.levelZero.pass');
    expect(run.distro?.frameworks.find((f) => f.name === 'torch')).toMatchObject({ backend: 'xpu', gpuVisible: true, cpuOnlyBuild: false, deviceName: ARC.name });
    expect(run.byId.get('framework.torch')).toMatchObject({ status: 'pass', summary: { key: 'check.framework.pass.xpu' } });
    expect(run.readiness).toBe('verified-on-gpu');
  });
});

describe('DirectML (any DirectX 12 GPU)', () => {
  it('torch-directml on the AMD PC without ROCm passes through D3D12, marked legacy, and reads verified-on-gpu', () => {
    const run = judge([RADEON_IGPU, RX7900], { user: 'kim', venv: { directml: true } });
    expect(status(run, 'gpu.d3d12')).toBe('pass');
    expect(run.byId.get('framework.torch_directml')).toMatchObject({ status: 'pass', summary: { key: 'check.framework.pass.directml' } });
    expect(status(run, 'gpu.rocm-runtime')).toBe('fail');
    expect(run.readiness).toBe('verified-on-gpu');
  });

  it('the D3D12 libraries alone (no torch-directml) do not make a PC "installed"', () => {
    const run = judge([RADEON_IGPU, RX7900], { user: 'kim' });
    expect(status(run, 'gpu.d3d12')).toBe('pass');
    expect(run.readiness).toBe('not-ready');
  });
});

/** A benchmark that ran on `device` and reported no figure (no AMD or Intel figure exists to replay; none is made up). */
const benchRan = (device: string) => (d: DistroFacts): void => {
  d.bench = { status: 'ok', reason: null, device, fp32Tflops: null, tf32Tflops: null, fp16Tflops: null, bf16Tflops: null, copyGBps: null, sizes: { matmulN: null, copyBytes: null }, torchVersion: null, cudaBuild: null, errors: [], suspect: [] };
};

describe('gpu.performance off NVIDIA', () => {
  it('a ROCm card has no reference figures at all: not judged (skip, not a warning), and verified-on-gpu stands', () => {
    const run = judge([RX7900], { user: 'kim', runtime: 'rocm-rocdxg', venv: { torch: 'rocm7.2' } }, [RX7900], benchRan('AMD Radeon RX 7900 XTX'));
    expect(run.byId.get('gpu.performance')).toMatchObject({ status: 'skip', summary: { key: 'check.gpu.performance.skip.noVendorReference', params: { vendor: 'AMD', device: 'AMD Radeon RX 7900 XTX' } } });
    expect(run.readiness).toBe('verified-on-gpu');
  });
  it('an XPU build is not measured by the CUDA/HIP benchmark: skip with the reason, never "no GPU"', () => {
    const run = judge([ARC], { user: 'aiko', runtime: 'level-zero', venv: { torch: 'xpu' } }, [ARC], (d) => {
      benchRan(ARC.name ?? '')(d);
      if (d.bench) d.bench.status = 'no-gpu';
    });
    expect(run.byId.get('gpu.performance')).toMatchObject({ status: 'skip', summary: { key: 'check.gpu.performance.skip.xpu' } });
    expect(run.readiness).toBe('verified-on-gpu');
  });
});

describe('which vendor chain is judged', () => {
  it('hybrid Intel iGPU + NVIDIA: the NVIDIA chain is judged; the Intel links skip as not the compute GPU', () => {
    const run = judge([UHD, RTX4070], { user: 'kim', venv: { torch: 'cu130' } });
    expect(run.byId.get('gpu.level-zero')?.summary).toEqual({ key: 'check.gpu.skip.notComputeVendor', params: { vendor: 'Intel', gpu: UHD.name, chosen: RTX4070.name } });
    expect(status(run, 'gpu.cuda-driver')).toBe('pass');
    expect(status(run, 'framework.torch')).toBe('pass');
  });

  it('two discrete cards: the compute GPU (more memory) is judged, the other vendor\'s links skip', () => {
    const arc = { ...ARC, kind: 'discrete' as const };
    const rtx = { ...RTX4070, kind: 'discrete' as const };
    const run = judge([rtx, arc], { user: 'kim' });
    expect(run.byId.get('gpu.cuda-driver')?.summary).toEqual({ key: 'check.gpu.skip.notComputeVendor', params: { vendor: 'NVIDIA', gpu: rtx.name, chosen: arc.name } });
    expect(status(run, 'gpu.level-zero')).toBe('fail');
  });

  it('no Windows GPU list (native Linux, inventory failed): NVIDIA links apply as before, AMD and Intel links skip', () => {
    const run = judge(null, { user: 'kim', venv: { torch: 'cu130' } }, [RTX4070]);
    expect(status(run, 'gpu.cuda-driver')).toBe('pass');
    expect(run.byId.get('gpu.rocm-runtime')?.summary).toEqual({ key: 'check.gpu.skip.vendorUnknown', params: { vendor: 'AMD' } });
    expect(run.byId.get('gpu.level-zero')?.summary).toEqual({ key: 'check.gpu.skip.vendorUnknown', params: { vendor: 'Intel' } });
  });
});
