import { describe, expect, it } from 'vitest';
import type { NvidiaFacts } from '../../../../electron/contract/facts.js';
import { evidenceText, runScenario, statuses } from './scenario.js';

const WSL_SKIPS_ON_NATIVE = { 'gpu.kernel-module': 'skip', 'gpu.dev-nvidia': 'skip' };
// Without a Windows GPU list (facts.gpus null) the AMD and Intel links skip: only NVIDIA's are judged, as before.
const OTHER_VENDORS_UNKNOWN = { 'gpu.rocm-runtime': 'skip', 'gpu.rocminfo': 'skip', 'gpu.level-zero': 'skip' };

describe('gpu chain: healthy RTX 4070 in WSL', () => {
  const run = runScenario('distro/probe/wsl-rtx4070-healthy.json');
  it('passes every link and is verified on the GPU', () => {
    expect(statuses(run)).toEqual({
      'distro.wsl2': 'pass', 'gpu.dxg': 'pass', 'gpu.wsl-lib': 'pass', 'gpu.no-linux-driver': 'pass', ...WSL_SKIPS_ON_NATIVE,
      'gpu.libcuda-resolves': 'pass', 'gpu.nvidia-smi': 'pass', 'gpu.cuda-driver': 'pass', ...OTHER_VENDORS_UNKNOWN, 'gpu.d3d12': 'pass', 'toolkit.cuda': 'pass',
      'framework.torch': 'pass', 'framework.tensorflow': 'skip', 'framework.jax': 'skip', 'framework.torch_directml': 'skip',
      'gpu.performance': 'pass', 'docker.gpu': 'pass',
    });
    expect(run.readiness).toBe('verified-on-gpu');
  });
  it('shows WSL\'s libcuda.so.1 being a regular file (why ldconfig warns "not a symbolic link") as harmless evidence only', () => {
    expect(evidenceText(run, 'gpu.libcuda-resolves')).toContain('evidence.gpu.libcudaRegularFile=/usr/lib/wsl/lib/libcuda.so.1');
    expect(run.byId.get('gpu.libcuda-resolves')?.summary).toEqual({ key: 'check.gpu.libcuda.pass', params: { path: '/usr/lib/wsl/lib/libcuda.so.1' } });
  });
  it('reads the facts the checks are built on', () => {
    expect(run.distro).toMatchObject({ isWsl: true, wslGeneration: 2, dxg: true, name: 'Ubuntu 24.04.3 LTS', libcudaResolved: '/usr/lib/wsl/lib/libcuda.so.1', linuxDriverPackages: [], powerSource: null });
    expect(run.distro?.nvidia).toMatchObject({ driverVersion: '581.80', cudaVersion: '13.0' });
    expect(run.distro?.toolkit).toEqual({ nvccVersion: '13.0', packages: ['cuda-toolkit-13-0'], fromWslUbuntuRepo: null });
    expect(run.distro?.bench).toMatchObject({ fp32Tflops: 21.5, fp16Tflops: 47.5, copyGBps: 445, device: 'NVIDIA GeForce RTX 4070', suspect: [] });
    expect(run.distro?.frameworks.find((f) => f.name === 'torch')).toMatchObject({ archMatches: true, gpuVisible: true, tensorOp: { ok: true, onGpu: true, error: null } });
    expect(evidenceText(run, 'gpu.performance')).toContain('evidence.perf.reference=rtx-4070');
  });
  it('judges torch and runs the benchmark in the configured venv, as the distro\'s user, and lists the system python as looked in', () => {
    expect(run.distro?.interpreters.map((i) => [i.path, i.source, i.user])).toEqual([
      ['/home/user/venv/bin/python3', 'configured', 'user'],
      ['/usr/bin/python3', 'system', 'root'],
    ]);
    expect(evidenceText(run, 'framework.torch')).toContain('evidence.framework.interpreter=/home/user/venv/bin/python3 (configured, user)');
    expect(evidenceText(run, 'framework.torch')).toContain('evidence.framework.lookedIn=/usr/bin/python3 (system, root)');
    expect(evidenceText(run, 'gpu.performance')).toContain('evidence.perf.interpreter=/home/user/venv/bin/python3 (configured, user)');
  });
});

describe('gpu chain: Linux NVIDIA driver installed inside WSL', () => {
  const run = runScenario('distro/probe/wsl-linux-driver.json');
  it('fails gpu.no-linux-driver, names the packages, and skips what depends on it', () => {
    const r = run.byId.get('gpu.no-linux-driver');
    expect(r?.status).toBe('fail');
    expect(r?.summary).toEqual({ key: 'check.gpu.noLinuxDriver.fail.packages', params: { packages: 'libnvidia-compute-550, nvidia-driver-550, nvidia-utils-550' } });
    expect(r?.fix?.text).toEqual({ key: 'fix.gpu.purgeLinuxDriver', params: { packages: 'libnvidia-compute-550 nvidia-driver-550 nvidia-utils-550' } });
    expect(evidenceText(run, 'gpu.no-linux-driver')).toContain('evidence.gpu.nvidiaSmiPath=/usr/bin/nvidia-smi');
    for (const id of ['gpu.libcuda-resolves', 'gpu.nvidia-smi']) expect(run.byId.get(id)?.summary).toEqual({ key: 'check.skip.prerequisite', params: { id: 'gpu.no-linux-driver' } });
    expect(run.byId.get('gpu.cuda-driver')?.status).toBe('skip');
    expect(run.results.filter((x) => x.status === 'fail').map((x) => x.id)).toEqual(['gpu.no-linux-driver']);
    expect(run.readiness).toBe('not-ready');
  });
  it('sees the Linux libcuda first in the loader cache', () => {
    expect(run.distro?.libcudaResolved).toBe('/usr/lib/x86_64-linux-gnu/libcuda.so.1');
  });
});

describe('gpu chain: WSL 1 distro', () => {
  const run = runScenario('distro/probe/wsl1-distro.json');
  it('fails distro.wsl2 with the kernel as evidence; everything after it skips', () => {
    const r = run.byId.get('distro.wsl2');
    expect(r?.status).toBe('fail');
    expect(r?.summary).toEqual({ key: 'check.distro.wsl2.fail.wsl1', params: { kernel: '4.4.0-18985-Microsoft' } });
    expect(r?.fix?.text.key).toBe('fix.distro.wsl2');
    expect(run.results.filter((x) => x.status === 'fail').map((x) => x.id)).toEqual(['distro.wsl2']);
    expect(run.byId.get('gpu.dxg')?.summary).toEqual({ key: 'check.skip.prerequisite', params: { id: 'distro.wsl2' } });
    expect(run.byId.get('gpu.nvidia-smi')?.summary).toEqual({ key: 'check.skip.prerequisite', params: { id: 'distro.wsl2' } });
    expect(run.readiness).toBe('not-ready');
  });
});

describe('gpu chain: GPU in TCC mode on Windows', () => {
  const windowsNvidia: NvidiaFacts = {
    driverVersion: '581.80',
    cudaVersion: '13.0',
    smiVersion: '581.80',
    gpus: [{ index: 0, name: 'NVIDIA L40S', memoryTotalMiB: 46068, driverModel: 'TCC', busId: '00000000:01:00.0', computeCapability: '8.9' }],
    error: null,
  };
  const run = runScenario('distro/probe/wsl-tcc-gpu.json', { windowsNvidia });
  it('names the TCC link at nvidia-smi, with the NVML message as evidence', () => {
    const r = run.byId.get('gpu.nvidia-smi');
    expect(r?.status).toBe('fail');
    expect(r?.summary).toEqual({ key: 'check.gpu.nvidiaSmi.fail.tcc', params: { gpus: '0: NVIDIA L40S' } });
    expect(r?.fix?.text.key).toBe('fix.gpu.wddm');
    expect(evidenceText(run, 'gpu.nvidia-smi')).toMatch(/gpu-access-blocked Failed to initialize NVML: GPU access blocked by the operating system/);
    expect(statuses(run)).toMatchObject({ 'distro.wsl2': 'pass', 'gpu.dxg': 'pass', 'gpu.wsl-lib': 'pass', 'gpu.libcuda-resolves': 'pass', 'gpu.cuda-driver': 'skip' });
    expect(run.readiness).toBe('not-ready');
  });
  it('without Windows facts the same output blames a Linux driver or TCC', () => {
    const plain = runScenario('distro/probe/wsl-tcc-gpu.json');
    expect(plain.byId.get('gpu.nvidia-smi')?.summary.key).toBe('check.gpu.nvidiaSmi.fail.blocked');
  });
});

describe('gpu chain: CPU-only torch wheel', () => {
  const run = runScenario('distro/probe/wsl-torch-cpu-only.json');
  it('fails framework.torch as CPU-only; never GPU-ready beyond "installed"', () => {
    const r = run.byId.get('framework.torch');
    expect(r?.status).toBe('fail');
    expect(r?.summary).toEqual({ key: 'check.framework.fail.cpuOnly', params: { name: 'torch', version: '2.9.1+cpu', interpreter: '/home/user/venv/bin/python3' } });
    // The wheel for this GPU (sm_89) and driver (581.80) from the wheel table.
    expect(r?.fix?.text).toEqual({ key: 'fix.framework.wheel', params: { arch: 'sm_89', variant: 'cu132', indexUrl: 'https://download.pytorch.org/whl/cu132', minDriver: '580', release: '2.14' } });
    expect(evidenceText(run, 'framework.torch')).toContain('evidence.framework.build=CPU');
    expect(run.byId.get('gpu.performance')?.summary).toEqual({ key: 'check.skip.prerequisite', params: { id: 'framework.torch' } });
    expect(run.readiness).toBe('installed');
  });
});

describe('gpu chain: cu130 wheel on a driver below 580', () => {
  const run = runScenario('distro/probe/wsl-cu130-old-driver.json');
  it('fails gpu.cuda-driver naming the wheel and the driver it needs', () => {
    const r = run.byId.get('gpu.cuda-driver');
    expect(r?.status).toBe('fail');
    expect(r?.summary).toEqual({ key: 'check.gpu.cudaDriver.fail.tooOld', params: { driver: '12.5', needed: '13.0', by: 'torch 2.9.1+cu130 (CUDA 13.0)', minDriver: '580' } });
    expect(r?.fix?.text).toEqual({ key: 'fix.gpu.driverOrWheel', params: { minDriver: '580' } });
    expect(run.byId.get('gpu.nvidia-smi')?.status).toBe('pass');
    expect(run.distro?.nvidia).toMatchObject({ driverVersion: '555.85', cudaVersion: '12.5', smiVersion: '555.42.03' });
    expect(run.distro?.frameworks[0]).toMatchObject({ errorKind: 'driver-too-old', gpuVisible: false });
    expect(run.byId.get('framework.torch')?.status).toBe('skip');
    expect(run.readiness).toBe('not-ready');
  });
});

describe('gpu chain: Blackwell (sm_120) with a cu126 wheel', () => {
  const run = runScenario('distro/probe/wsl-blackwell-cu126.json');
  it('fails framework.torch on the arch list, pointing at newer wheels', () => {
    const r = run.byId.get('framework.torch');
    expect(r?.status).toBe('fail');
    expect(r?.summary).toEqual({ key: 'check.framework.fail.archMismatch', params: { name: 'torch', version: '2.7.1+cu126', interpreter: '/home/user/venv/bin/python3', arch: 'sm_120', build: '12.6' } });
    // cu126 stops at sm_90; the cu13x wheels that cover sm_120 need driver 580, and this one is 576.02.
    expect(r?.fix?.text).toEqual({ key: 'fix.framework.wheelDriver', params: { arch: 'sm_120', variant: 'cu132', indexUrl: 'https://download.pytorch.org/whl/cu132', minDriver: '580', driver: '576.02' } });
    expect(evidenceText(run, 'framework.torch')).toContain('evidence.framework.archList=sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90');
    expect(run.byId.get('gpu.cuda-driver')?.status).toBe('pass');
    expect(run.readiness).toBe('installed');
  });
});

describe('gpu chain: the real CI machine (native Linux, no GPU)', () => {
  const run = runScenario('probe/ci-machine-no-gpu.json', { via: 'local' });
  it('fails at the kernel module, skips the rest, and is never ready', () => {
    expect(statuses(run)).toEqual({
      'distro.wsl2': 'skip', 'gpu.dxg': 'skip', 'gpu.wsl-lib': 'skip', 'gpu.no-linux-driver': 'skip',
      'gpu.kernel-module': 'fail', 'gpu.dev-nvidia': 'skip', 'gpu.libcuda-resolves': 'skip', 'gpu.nvidia-smi': 'skip', 'gpu.cuda-driver': 'skip',
      ...OTHER_VENDORS_UNKNOWN, 'gpu.d3d12': 'skip',
      'toolkit.cuda': 'skip', 'framework.torch': 'skip', 'framework.tensorflow': 'skip', 'framework.jax': 'skip', 'framework.torch_directml': 'skip',
      'gpu.performance': 'skip', 'docker.gpu': 'skip',
    });
    expect(run.byId.get('distro.wsl2')?.summary).toEqual({ key: 'check.gpu.skip.notWsl', params: { kernel: '6.18.44-fc-v769' } });
    expect(run.byId.get('gpu.kernel-module')?.summary.key).toBe('check.gpu.kernelModule.fail');
    expect(evidenceText(run, 'gpu.kernel-module')).toContain('evidence.gpu.kernelModule=not loaded');
    expect(run.byId.get('gpu.libcuda-resolves')?.summary).toEqual({ key: 'check.skip.prerequisite', params: { id: 'gpu.kernel-module' } });
    expect(run.results.some((r) => r.status === 'pass')).toBe(false);
    expect(run.readiness).toBe('not-ready');
  });

  it('without python3 the first link is unknown with the probe error, the rest skip', () => {
    const bare = runScenario('probe/ci-machine-no-python.json', { via: 'local' });
    expect(bare.byId.get('gpu.kernel-module')).toMatchObject({ status: 'unknown', summary: { key: 'check.gpu.unknown.probeIncomplete', params: { code: 'python3-missing' } } });
    expect(bare.byId.get('gpu.kernel-module')?.fix?.text.key).toBe('fix.gpu.installPython');
    expect(bare.results.some((r) => r.status === 'pass')).toBe(false);
    expect(bare.readiness).toBe('not-ready');
  });
});
