import { describe, expect, it } from 'vitest';
import type { CheckResult, CheckStatus } from '../../../../electron/contract/checks.js';
import { readinessFrom } from '../../../../electron/engine/readiness.js';

const r = (id: string, status: CheckStatus, category: CheckResult['category'] = 'gpu-chain'): CheckResult => ({ id, category, status, title: { key: id }, summary: { key: id }, evidence: [] });
const core = ['distro.wsl2', 'gpu.dxg', 'gpu.wsl-lib', 'gpu.no-linux-driver', 'gpu.libcuda-resolves', 'gpu.nvidia-smi', 'gpu.cuda-driver'].map((id) => r(id, 'pass'));

describe('readinessFrom', () => {
  it('is not-ready with no gpu-chain checks, or only other categories', () => {
    expect(readinessFrom([])).toBe('not-ready');
    expect(readinessFrom([r('wsl.installed', 'pass', 'wsl')])).toBe('not-ready');
  });
  it('is installed once the driver API works', () => {
    expect(readinessFrom([...core, r('framework.torch', 'skip')])).toBe('installed');
  });
  it('is verified when a framework saw the GPU, verified-on-gpu only with an in-range benchmark', () => {
    expect(readinessFrom([...core, r('framework.torch', 'warn')])).toBe('verified');
    expect(readinessFrom([...core, r('framework.torch', 'pass'), r('gpu.performance', 'warn')])).toBe('verified');
    expect(readinessFrom([...core, r('framework.torch', 'pass'), r('gpu.performance', 'skip')])).toBe('verified');
    expect(readinessFrom([...core, r('framework.torch', 'pass'), r('gpu.performance', 'pass')])).toBe('verified-on-gpu');
  });
  it('a warn framework (GPU seen, no tensor op) plus a passing benchmark is not verified-on-gpu', () => {
    expect(readinessFrom([...core, r('framework.jax', 'warn'), r('gpu.performance', 'pass')])).toBe('verified');
  });
  it('a failing core link means not-ready, whatever else passed', () => {
    expect(readinessFrom([...core.slice(1), r('distro.wsl2', 'fail'), r('framework.torch', 'pass'), r('gpu.performance', 'pass')])).toBe('not-ready');
    expect(readinessFrom([...core.slice(0, -1), r('gpu.cuda-driver', 'unknown')])).toBe('not-ready');
  });
  it('optional links (toolkit, docker) and a second framework failing do not lower the level', () => {
    expect(readinessFrom([...core, r('toolkit.cuda', 'warn'), r('docker.gpu', 'fail'), r('framework.tensorflow', 'fail'), r('framework.torch', 'pass'), r('gpu.performance', 'pass')])).toBe('verified-on-gpu');
  });
});

describe('readinessFrom: each vendor reaches readiness through its own chain', () => {
  const amd = ['distro.wsl2', 'gpu.dxg', 'gpu.rocm-runtime', 'gpu.rocminfo'].map((id) => r(id, 'pass'));
  const intel = ['distro.wsl2', 'gpu.dxg', 'gpu.level-zero'].map((id) => r(id, 'pass'));
  const nvidiaSkipped = ['gpu.wsl-lib', 'gpu.libcuda-resolves', 'gpu.nvidia-smi', 'gpu.cuda-driver'].map((id) => r(id, 'skip'));
  it('AMD: rocminfo seeing the GPU is installed; a ROCm torch running its op is verified-on-gpu with no reference benchmark', () => {
    expect(readinessFrom([...amd, ...nvidiaSkipped])).toBe('installed');
    expect(readinessFrom([...amd, ...nvidiaSkipped, r('framework.torch', 'warn')])).toBe('verified');
    expect(readinessFrom([...amd, ...nvidiaSkipped, r('framework.torch', 'pass'), r('gpu.performance', 'skip')])).toBe('verified-on-gpu');
  });
  it('AMD: a benchmark that failed or warned (no GPU, crashed, untrusted figures) still blocks verified-on-gpu', () => {
    expect(readinessFrom([...amd, r('framework.torch', 'pass'), r('gpu.performance', 'fail')])).toBe('verified');
    expect(readinessFrom([...amd, r('framework.torch', 'pass'), r('gpu.performance', 'warn')])).toBe('verified');
  });
  it('AMD: a failing ROCm link is not-ready', () => {
    expect(readinessFrom([...amd.slice(0, 2), r('gpu.rocm-runtime', 'fail'), r('gpu.rocminfo', 'skip'), r('framework.torch', 'skip')])).toBe('not-ready');
  });
  it('Intel: Level Zero is installed; an XPU torch running its op is verified-on-gpu', () => {
    expect(readinessFrom([...intel, r('framework.torch', 'skip')])).toBe('installed');
    expect(readinessFrom([...intel, r('framework.torch', 'pass'), r('gpu.performance', 'skip')])).toBe('verified-on-gpu');
  });
  it('DirectML: only a working torch-directml counts; the shared D3D12 libraries alone are not "installed"', () => {
    const dml = ['distro.wsl2', 'gpu.dxg', 'gpu.d3d12'].map((id) => r(id, 'pass'));
    expect(readinessFrom([...dml, r('framework.torch_directml', 'skip')])).toBe('not-ready');
    expect(readinessFrom([...dml, r('framework.torch_directml', 'pass')])).toBe('verified-on-gpu');
  });
  it('NVIDIA still needs the in-range benchmark: a torch pass on the NVIDIA chain with the benchmark skipped stays verified', () => {
    expect(readinessFrom([...core, r('gpu.rocminfo', 'skip'), r('gpu.level-zero', 'skip'), r('framework.torch', 'pass'), r('gpu.performance', 'skip')])).toBe('verified');
  });
});
