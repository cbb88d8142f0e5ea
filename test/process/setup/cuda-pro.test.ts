import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupSteps } from '../../../electron/engine/steps/registry.js';
import { applyArgs, cli, DISTRO, distroState, isReadOnly, journalOf, machine, PASSWORD, readyState, stepStates, USER, VENV, type Machine } from './scenario-helpers.js';

/**
 * The CUDA professional path on an RTX 4070 (driver 581): the toolkit from NVIDIA's wsl-ubuntu
 * repository through cuda-keyring, Docker Engine + the NVIDIA Container Toolkit with CDI, proved
 * by the nbody sample on the GPU. Starts with Windows and the distro set up (walked in
 * fresh-pc.test.ts); the run is the package and stack stages of the real registry.
 */

const steps = setupSteps.filter((s) => s.stageId === 'packages' || s.stageId === 'stacks');
const root = ['--distribution', DISTRO, '--user', 'root', '--exec'];
const apt = [...root, '/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', 'apt-get', '-o', 'DPkg::Lock::Timeout=300'];

let m: Machine;
beforeAll(async () => {
  m = await machine(readyState());
});
afterAll(() => m.dispose());

describe('cuda-pro on an RTX 4070', { timeout: 300_000 }, () => {
  it('installs the toolkit from wsl-ubuntu, Docker + NVIDIA Container Toolkit with CDI, proves nbody on the GPU, then PyTorch', async () => {
    const r = await cli(m, applyArgs('cuda-pro'), { password: PASSWORD, setup: { steps } });
    expect(r.code, r.out + r.err).toBe(0);
    const changed = m.pc.calls().filter((c) => !isReadOnly(c));
    expect(changed.map((c) => c.args)).toEqual([
      [...apt, 'update'],
      [...apt, 'install', '-y', '--no-install-recommends', 'python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg'],
      [...root, '/usr/bin/curl', '-fsSL', '-o', '/tmp/cuda-keyring.deb', 'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb'],
      [...root, '/usr/bin/env', 'LC_ALL=C.UTF-8', '/usr/bin/dpkg', '-i', '/tmp/cuda-keyring.deb'],
      [...apt, 'update'],
      [...apt, 'install', '-y', 'cuda-toolkit-13-0'],
      [...root, '/bin/bash', '-s', '--', 'docker-repo'],
      [...apt, 'update'],
      [...apt, 'install', '-y', 'docker-ce', 'docker-ce-cli', 'containerd.io', 'docker-buildx-plugin', 'docker-compose-plugin'],
      [...root, '/bin/bash', '-s', '--', 'nvidia-container-repo'],
      [...apt, 'update'],
      [...apt, 'install', '-y', 'nvidia-container-toolkit'],
      [...root, '/usr/bin/nvidia-ctk', 'runtime', 'configure', '--runtime=docker'],
      [...root, '/usr/bin/nvidia-ctk', 'cdi', 'generate', '--output=/etc/cdi/nvidia.yaml'],
      [...root, '/usr/bin/systemctl', 'restart', 'docker'],
      [...root, '/usr/sbin/usermod', '-aG', 'docker', USER],
      [...root, '/usr/bin/docker', 'run', '--rm', '--gpus', 'all', 'nvcr.io/nvidia/k8s/cuda-sample:nbody', 'nbody', '-gpu', '-benchmark'],
      ['--distribution', DISTRO, '--user', USER, '--exec', '/usr/bin/python3', '-m', 'venv', VENV],
      ['--distribution', DISTRO, '--user', USER, '--exec', '/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `${VENV}/bin/python`, '-m', 'pip', 'install', '--index-url', 'https://download.pytorch.org/whl/cu132', 'torch', 'torchvision'],
    ]);
    // Never a Linux driver or the generic meta-package from another repository.
    expect(changed.flatMap((c) => c.args).filter((a) => a === 'cuda' || a === 'cuda-drivers' || a.startsWith('nvidia-driver-'))).toEqual([]);
    expect(stepStates(journalOf(m))).toEqual({ 'packages.base': 'done', 'stack.cuda-toolkit': 'done', 'stack.docker-nvidia': 'done', 'stack.pytorch': 'done' });
    expect(distroState(m)?.docker).toMatchObject({ installed: true, daemonRunning: true, nvidiaRuntimeConfigured: true });
    expect(distroState(m)?.docker.cdiSpecDriver).not.toBeNull();
    // The journal records what each stack installed, for `undo --stack`.
    expect(journalOf(m)?.undo.map((u) => u.stack).sort()).toEqual(['cuda-toolkit', 'docker-nvidia', 'pytorch']);
  });
});
