import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../../../electron/contract/facts.js';
import type { AnySetupStep } from '../../../../../electron/engine/steps/model.js';
import { setupSteps } from '../../../../../electron/engine/steps/registry.js';
import { stacksSteps, venvPath } from '../../../../../electron/engine/steps/stacks/index.js';
import { ctxFor, machines, type MachineName } from './machines.js';

/** The argv of every command of a stack step on a machine (`W` = wsl.exe), or null when the stack does not apply there. */
function argvs(stepId: string, facts: Facts, choices = {}): string[][] | null {
  const step = stacksSteps.find((s) => s.id === stepId) as AnySetupStep;
  const params: unknown = step.defaultParams(facts, choices);
  if (params === null) return null;
  expect(step.params.safeParse(params).success).toBe(true);
  const ctx = ctxFor(facts);
  return step.commands.filter((c) => !c.skip?.(ctx, params)).map((c) => { const s = c.build(ctx, params); return [s.file, ...s.args]; });
}

const V = '/home/alice/.local/share/wsl-gpu-setup/venv';
const AS_USER = ['W', '--distribution', 'Ubuntu-24.04', '--user', 'alice', '--exec'];
const AS_ROOT = ['W', '--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec'];
const VENV = [...AS_USER, '/usr/bin/python3', '-m', 'venv', V];
const PIP = [...AS_USER, '/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `${V}/bin/python`, '-m', 'pip', 'install'];
const APT = [...AS_ROOT, '/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', 'apt-get', '-o', 'DPkg::Lock::Timeout=300'];

describe('stack argv', () => {
  it('stack steps: unique ids, one step per installable stack, the repair step last', () => {
    const ids = stacksSteps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stacksSteps.filter((s) => s.stack !== undefined).map((s) => `stack.${s.stack ?? ''}`)).toEqual(ids.slice(0, -1));
    expect(ids.at(-1)).toBe('docker.cdi-refresh');
  });

  it('venvPath is the one app venv of the user', () => {
    expect(venvPath('alice')).toBe(V);
    expect(() => venvPath('../root')).toThrow();
  });

  it('pytorch on RTX 4070 / 581: cu132 index from the wheel data', () => {
    expect(argvs('stack.pytorch', machines.rtx4070())).toEqual([VENV, [...PIP, '--index-url', 'https://download.pytorch.org/whl/cu132', 'torch', 'torchvision']]);
  });

  it('pytorch on driver 566: cu126 (below the CUDA 13 floor)', () => {
    expect(argvs('stack.pytorch', machines.rtx4070Driver566())).toEqual([VENV, [...PIP, '--index-url', 'https://download.pytorch.org/whl/cu126', 'torch', 'torchvision']]);
  });

  it('tensorflow and jax by driver floor', () => {
    expect(argvs('stack.tensorflow', machines.rtx4070())).toEqual([VENV, [...PIP, 'tensorflow[and-cuda]']]);
    expect(argvs('stack.jax', machines.rtx4070())).toEqual([VENV, [...PIP, 'jax[cuda13]']]);
    expect(argvs('stack.jax', machines.rtx4070Driver566())).toEqual([VENV, [...PIP, 'jax[cuda12]']]);
  });

  it('AMD: the ROCm 7.2 runtime with librocdxg, then ROCm wheels; Intel Arc: Intel\'s repo and Level Zero runtime, then XPU wheels; DirectML: apt libraries then torch-directml', () => {
    expect(argvs('stack.pytorch-rocm', machines.amd())).toEqual([
      [...AS_ROOT, '/bin/bash', '-s', '--', 'rocm-repo'],
      [...APT, 'update'],
      [...APT, 'install', '-y', '--no-install-recommends', 'rocminfo'],
      [...AS_ROOT, '/usr/bin/curl', '-fsSL', '-o', '/tmp/rocdxg-roct.deb', 'https://github.com/ROCm/librocdxg/releases/download/v1.2.0/rocdxg-roct_1.2.0_amd64.deb'],
      [...AS_ROOT, '/usr/bin/env', 'LC_ALL=C.UTF-8', '/usr/bin/dpkg', '-i', '/tmp/rocdxg-roct.deb'],
      [...AS_ROOT, '/sbin/ldconfig'],
      [...AS_ROOT, '/bin/bash', '-s', '--', 'rocm-wsl-env'],
      VENV,
      [...PIP, '--index-url', 'https://download.pytorch.org/whl/rocm7.2', 'torch', 'torchvision'],
    ]);
    expect(argvs('stack.pytorch-xpu', machines.intelArc())).toEqual([
      [...AS_ROOT, '/bin/bash', '-s', '--', 'intel-graphics-repo'],
      [...APT, 'update'],
      [...APT, 'install', '-y', '--no-install-recommends', 'libze1', 'libze-intel-gpu1', 'intel-opencl-icd'],
      VENV,
      [...PIP, '--index-url', 'https://download.pytorch.org/whl/xpu', 'torch', 'torchvision'],
    ]);
    expect(argvs('stack.directml', machines.intelUhd())).toEqual([[...APT, 'install', '-y', '--no-install-recommends', 'libblas3', 'libomp5', 'liblapack3'], VENV, [...PIP, 'torch-directml']]);
  });

  it('stacks a machine cannot run are not planned', () => {
    expect(argvs('stack.pytorch', machines.amd())).toBeNull();
    expect(argvs('stack.pytorch-rocm', machines.amdWindows10())).toBeNull();
    expect(argvs('stack.pytorch-xpu', machines.intelUhd())).toBeNull();
    expect(argvs('stack.cuda-toolkit', machines.noGpu())).toBeNull();
    expect(argvs('stack.directml', machines.noGpu())).toBeNull();
  });

  it('cuda-toolkit from the wsl-ubuntu repo via cuda-keyring, 13.0 on 581, 12.9 on 566', () => {
    const keyring = [
      [...AS_ROOT, '/usr/bin/curl', '-fsSL', '-o', '/tmp/cuda-keyring.deb', 'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb'],
      [...AS_ROOT, '/usr/bin/env', 'LC_ALL=C.UTF-8', '/usr/bin/dpkg', '-i', '/tmp/cuda-keyring.deb'],
      [...APT, 'update'],
    ];
    expect(argvs('stack.cuda-toolkit', machines.rtx4070())).toEqual([...keyring, [...APT, 'install', '-y', 'cuda-toolkit-13-0']]);
    expect(argvs('stack.cuda-toolkit', machines.rtx4070Driver566())).toEqual([...keyring, [...APT, 'install', '-y', 'cuda-toolkit-12-9']]);
  });

  it('docker-nvidia: repos, packages, runtime, CDI, restart, group, nbody proof', () => {
    expect(argvs('stack.docker-nvidia', machines.rtx4070())).toEqual([
      [...AS_ROOT, '/bin/bash', '-s', '--', 'docker-repo'],
      [...APT, 'update'],
      [...APT, 'install', '-y', 'docker-ce', 'docker-ce-cli', 'containerd.io', 'docker-buildx-plugin', 'docker-compose-plugin'],
      [...AS_ROOT, '/bin/bash', '-s', '--', 'nvidia-container-repo'],
      [...APT, 'update'],
      [...APT, 'install', '-y', 'nvidia-container-toolkit'],
      [...AS_ROOT, '/usr/bin/nvidia-ctk', 'runtime', 'configure', '--runtime=docker'],
      [...AS_ROOT, '/usr/bin/nvidia-ctk', 'cdi', 'generate', '--output=/etc/cdi/nvidia.yaml'],
      [...AS_ROOT, '/usr/bin/systemctl', 'restart', 'docker'],
      [...AS_ROOT, '/usr/sbin/usermod', '-aG', 'docker', 'alice'],
      [...AS_ROOT, '/usr/bin/docker', 'run', '--rm', '--gpus', 'all', 'nvcr.io/nvidia/k8s/cuda-sample:nbody', 'nbody', '-gpu', '-benchmark'],
    ]);
    expect(argvs('docker.cdi-refresh', machines.rtx4070())).toEqual([[...AS_ROOT, '/usr/bin/nvidia-ctk', 'cdi', 'generate', '--output=/etc/cdi/nvidia.yaml']]);
  });

  it('behind a proxy, the downloads (curl, repo scripts, pip) carry it', () => {
    const f = machines.rtx4070();
    const facts: Facts = { ...f, network: f.network && { ...f.network, endpoints: f.network.endpoints.map((e) => ({ ...e, proxy: 'http://10.0.0.1:3128' })) } };
    const env = ['/usr/bin/env', 'http_proxy=http://10.0.0.1:3128', 'https_proxy=http://10.0.0.1:3128', 'no_proxy=localhost,127.0.0.1,::1'];
    expect(argvs('stack.docker-nvidia', facts)?.[0]).toEqual([...AS_ROOT, ...env, '/bin/bash', '-s', '--', 'docker-repo']);
    expect(argvs('stack.cuda-toolkit', facts)?.[0]).toEqual([...AS_ROOT, ...env, '/usr/bin/curl', '-fsSL', '-o', '/tmp/cuda-keyring.deb', 'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb']);
    expect(argvs('stack.pytorch', facts)?.[1]).toEqual([...AS_USER, '/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', 'http_proxy=http://10.0.0.1:3128', 'https_proxy=http://10.0.0.1:3128', 'no_proxy=localhost,127.0.0.1,::1', `${V}/bin/python`, '-m', 'pip', 'install', '--index-url', 'https://download.pytorch.org/whl/cu132', 'torch', 'torchvision']);
  });

  it("behind a proxy, Docker's daemon gets it through its drop-in before the restart that precedes the nbody pull", () => {
    const f = machines.rtx4070();
    const facts: Facts = { ...f, network: f.network && { ...f.network, endpoints: f.network.endpoints.map((e) => ({ ...e, proxy: 'http://10.0.0.1:3128' })) } };
    const all = argvs('stack.docker-nvidia', facts) ?? [];
    const at = (tail: string[]) => all.findIndex((a) => a.slice(-tail.length).join(' ') === tail.join(' '));
    const dropIn = at(['/bin/bash', '-s', '--', 'docker-proxy', 'http://10.0.0.1:3128']);
    expect(all[dropIn]).toEqual([...AS_ROOT, '/bin/bash', '-s', '--', 'docker-proxy', 'http://10.0.0.1:3128']);
    expect(dropIn).toBeGreaterThan(at(['apt-get', '-o', 'DPkg::Lock::Timeout=300', 'install', '-y', 'nvidia-container-toolkit']));
    expect(dropIn).toBeLessThan(at(['/usr/bin/systemctl', 'restart', 'docker']));
    expect(at(['/usr/bin/systemctl', 'restart', 'docker'])).toBeLessThan(at(['nbody', '-gpu', '-benchmark']));
    // Without a proxy the drop-in is not written at all (the argv list above, 'docker-nvidia: …').
    expect((argvs('stack.docker-nvidia', f) ?? []).some((a) => a.includes('docker-proxy'))).toBe(false);
  });

  it('the chosen user and distro are used; hostile ones are refused', () => {
    expect(argvs('stack.tensorflow', machines.rtx4070(), { user: 'bob', distro: 'Ubuntu-22.04' })?.[0]).toEqual(['W', '--distribution', 'Ubuntu-22.04', '--user', 'bob', '--exec', '/usr/bin/python3', '-m', 'venv', '/home/bob/.local/share/wsl-gpu-setup/venv']);
    expect(argvs('stack.tensorflow', machines.rtx4070(), { user: 'root' })).toBeNull();
    expect(argvs('stack.tensorflow', machines.rtx4070(), { user: '-oProxyCommand' })).toBeNull();
    const step = stacksSteps.find((s) => s.id === 'stack.pytorch') as AnySetupStep;
    const good = step.defaultParams(machines.rtx4070(), {}) as Record<string, unknown>;
    // A journal cannot redirect the venv, the index or the packages.
    expect(step.params.safeParse({ ...good, venv: '/usr' }).success).toBe(false);
    expect(step.params.safeParse({ ...good, indexUrl: 'https://evil.example/simple' }).success).toBe(false);
    expect(step.params.safeParse({ ...good, packages: ['torch', '--extra-index-url=https://evil.example'] }).success).toBe(false);
  });
});

/** Packages that put a Linux driver into the distro (domain.md §5.3): never in any argv. */
const FORBIDDEN = /^(?:cuda|cuda-drivers(?:-\d+)?|cuda-\d+-\d+|nvidia-driver-.*|nvidia-utils-.*|libnvidia-.*)$/u;

describe('no stack ever installs a Linux driver', () => {
  const names = Object.keys(machines) as MachineName[];
  it.each(names)('%s: no argv element of any stack or package step is a driver package', (name) => {
    const facts = machines[name]();
    const steps = setupSteps.filter((s) => s.stageId === 'stacks' || s.stageId === 'packages');
    let checked = 0;
    for (const step of steps) {
      for (const choices of [{}, { user: 'bob' }]) {
        const params: unknown = step.defaultParams(facts, choices);
        if (params === null) continue;
        const ctx = ctxFor(facts);
        for (const c of step.commands) {
          const spec = c.build(ctx, params);
          const offending = spec.args.filter((a) => FORBIDDEN.test(a));
          expect(offending, `${step.id}/${c.id}`).toEqual([]);
          checked++;
        }
      }
    }
    // The machines with an NVIDIA card build the toolkit and docker commands (the ones that matter).
    if (name.startsWith('rtx4070')) expect(checked).toBeGreaterThan(30);
  });

  it('the pattern catches what it must', () => {
    for (const bad of ['cuda', 'cuda-drivers', 'cuda-drivers-580', 'cuda-13-0', 'nvidia-driver-580', 'nvidia-utils-580', 'libnvidia-compute-580']) expect(FORBIDDEN.test(bad), bad).toBe(true);
    for (const ok of ['cuda-toolkit-13-0', 'cuda-keyring', 'nvidia-container-toolkit']) expect(FORBIDDEN.test(ok), ok).toBe(false);
  });
});
