import { describe, expect, it } from 'vitest';
import { newDistroState, terminateDistro } from '../../../sim/distro/index.js';
import { APT, BASE_PACKAGES, Session, venvOf } from './session.js';

const fixtureText = async (name: string): Promise<string> => (await import('node:fs')).readFileSync(new URL(`../../../fixtures/sim/distro/${name}`, import.meta.url), 'utf8');

describe('simulated distro: apt-get', () => {
  it('install before update cannot locate the packages; after update it installs them and says so', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const early = s.run('root', [...APT, 'install', '-y', '--no-install-recommends', ...BASE_PACKAGES]);
    expect(early.exitCode).toBe(100);
    expect(early.err).toContain('E: Unable to locate package python3-venv');
    expect(s.run('root', [...APT, 'update']).exitCode).toBe(0);
    const r = s.run('root', [...APT, 'install', '-y', '--no-install-recommends', ...BASE_PACKAGES]);
    expect(r.exitCode).toBe(0);
    expect(r.out).toContain('Setting up python3-pip (24.0+dfsg-1ubuntu1.1) ...');
    expect(s.distro.apt.installed).toMatchObject({ 'python3-venv': '3.12.3-0ubuntu2', 'python3.12-venv': '3.12.3-1ubuntu0.8', 'python3-pip': '24.0+dfsg-1ubuntu1.1' });
    const again = s.run('root', [...APT, 'install', '-y', ...BASE_PACKAGES]);
    expect(again.out).toContain('0 upgraded, 0 newly installed');
  });

  it('apt-get as a normal user cannot take the lock', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { users: [{ name: 'alice' }] }));
    expect(s.run('alice', [...APT, 'update'])).toMatchObject({ exitCode: 100 });
    expect(s.distro.apt.indexed).toEqual([]);
  });

  it('purge removes the package and what it put on disk', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    s.distro = { ...s.distro, apt: { ...s.distro.apt, sources: ['ubuntu', 'cuda-wsl-ubuntu'] } };
    s.run('root', [...APT, 'update']);
    s.run('root', [...APT, 'install', '-y', 'cuda-toolkit-13-0']);
    expect(s.distro.files['/usr/local/cuda/bin/nvcc']).toBe('cuda-toolkit-13-0');
    const r = s.run('root', [...APT, 'purge', '-y', 'cuda-toolkit-13-0']);
    expect(r.out).toContain('Purging configuration files for cuda-toolkit-13-0 (13.0.2-1) ...');
    expect(s.distro.apt.installed['cuda-toolkit-13-0']).toBeUndefined();
    expect(s.distro.files['/usr/local/cuda/bin/nvcc']).toBeUndefined();
  });
});

describe('simulated distro: python venv and pip', () => {
  it('python3 -m venv fails without python3-venv (the ensurepip message), works after it', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { users: [{ name: 'alice' }] }));
    const r = s.run('alice', ['/usr/bin/python3', '-m', 'venv', venvOf('alice')]);
    expect(r.exitCode).toBe(1);
    expect(r.out).toContain('apt install python3.12-venv');
    expect(r.out).toContain(`Failing command: ${venvOf('alice')}/bin/python3`);
    s.run('root', [...APT, 'update']);
    s.run('root', [...APT, 'install', '-y', ...BASE_PACKAGES]);
    expect(s.run('alice', ['/usr/bin/python3', '-m', 'venv', venvOf('alice')]).exitCode).toBe(0);
    expect(s.distro.venvs[venvOf('alice')]?.owner).toBe('alice');
  });

  it('pip into the system python is refused by PEP 668 (the recorded message)', async () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const r = s.run('root', ['/usr/bin/python3', '-m', 'pip', 'install', 'torch']);
    expect(r.exitCode).toBe(1);
    expect(r.err).toBe(await fixtureText('pip-pep668.txt'));
  });

  it('torch from the cu130 index lands in the venv with its variant; an index with no such wheels finds none', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    const r = s.pip('alice', '--index-url', 'https://download.pytorch.org/whl/cu130', 'torch', 'torchvision');
    expect(r.exitCode).toBe(0);
    expect(r.out).toContain('Successfully installed torch-2.14.0+cu130 torchvision-0.29.0+cu130');
    expect(s.distro.venvs[venvOf('alice')]?.packages.torch).toEqual({ version: '2.14.0+cu130', variant: 'cu130' });
    const old = s.pip('alice', '--index-url', 'https://download.pytorch.org/whl/cu118', 'torch');
    expect(old.exitCode).toBe(1);
    expect(old.err).toContain('No matching distribution found for torch');
  });

  it('tensorflow[and-cuda], jax[cuda13] and torch-directml install their distributions', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    expect(s.pip('alice', 'tensorflow[and-cuda]', 'jax[cuda13]', 'torch-directml').exitCode).toBe(0);
    expect(s.distro.venvs[venvOf('alice')]?.packages).toMatchObject({
      tensorflow: { variant: 'cuda12' },
      jax: { variant: 'cuda13' },
      'torch-directml': { version: '0.2.5.dev240914' },
      torch: { version: '2.4.1', variant: 'cpu' },
    });
  });
});

describe('simulated distro: CUDA toolkit through cuda-keyring', () => {
  it('curl fetches the keyring, dpkg -i adds the wsl-ubuntu repository, update + install puts nvcc there', async () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    expect(s.run('root', ['/usr/bin/dpkg', '-i', '/tmp/cuda-keyring.deb']).exitCode).toBe(2);
    const url = 'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb';
    expect(s.run('root', ['/usr/bin/curl', '-fsSL', '-o', '/tmp/cuda-keyring.deb', url]).exitCode).toBe(0);
    const dpkg = s.run('root', ['/usr/bin/dpkg', '-i', '/tmp/cuda-keyring.deb']);
    expect(dpkg.out).toBe(await fixtureText('dpkg-cuda-keyring.txt'));
    expect(s.distro.apt.sources).toContain('cuda-wsl-ubuntu');
    expect(s.run('root', [...APT, 'install', '-y', 'cuda-toolkit-13-0']).exitCode).toBe(100);
    const update = s.run('root', [...APT, 'update']);
    expect(update.out).toContain('https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64  InRelease');
    expect(s.run('root', [...APT, 'install', '-y', 'cuda-toolkit-13-0']).exitCode).toBe(0);
    // Never a Linux driver: the wsl-ubuntu repository of the simulator has none.
    expect(s.run('root', [...APT, 'install', '-y', 'cuda-drivers']).err).toContain('E: Unable to locate package cuda-drivers');
  });

  it('curl of an unknown URL is a 404 (exit 22)', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    expect(s.run('root', ['/usr/bin/curl', '-fsSL', '-o', '/tmp/x', 'https://example.invalid/x'])).toMatchObject({ exitCode: 22 });
  });
});

describe('simulated distro: Intel\'s GPU repository and the Level Zero runtime', () => {
  const RUNTIME = ['libze1', 'libze-intel-gpu1', 'intel-opencl-icd'];

  it('the runtime is found only once Intel\'s repo is added and indexed; removing its list drops the source', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    expect(s.run('root', [...APT, 'install', '-y', ...RUNTIME]).exitCode).toBe(100);
    expect(s.run('alice', ['/bin/bash', '-s', '--', 'intel-graphics-repo'], '# intel-graphics-repo.sh').exitCode).toBe(1);
    expect(s.run('root', ['/bin/bash', '-s', '--', 'intel-graphics-repo'], '# intel-graphics-repo.sh').exitCode).toBe(0);
    expect(s.run('root', [...APT, 'update']).out).toContain('https://repositories.intel.com/gpu/ubuntu noble InRelease');
    expect(s.run('root', [...APT, 'install', '-y', ...RUNTIME]).exitCode).toBe(0);
    expect(Object.keys(s.distro.apt.installed)).toEqual(expect.arrayContaining(RUNTIME));
    expect(s.run('root', ['/bin/rm', '-f', '--', '/etc/apt/sources.list.d/intel-gpu.list', '/usr/share/keyrings/intel-graphics.gpg']).exitCode).toBe(0);
    expect(s.distro.apt.sources).not.toContain('intel-graphics');
    expect(s.distro.apt.keyrings).not.toContain('/usr/share/keyrings/intel-graphics.gpg');
  });
});

describe('simulated distro: ROCm 7.2.1 and librocdxg', () => {
  const ROCDXG_URL = 'https://github.com/ROCm/librocdxg/releases/download/v1.2.0/rocdxg-roct_1.2.0_amd64.deb';

  it('AMD\'s repo brings rocminfo with the HSA runtime; the release .deb installs rocdxg-roct; undo\'s rm drops the source', async () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    expect(s.run('root', [...APT, 'install', '-y', 'rocminfo']).exitCode).toBe(100);
    expect(s.run('root', ['/bin/bash', '-s', '--', 'rocm-repo'], '# rocm-repo.sh').exitCode).toBe(0);
    expect(s.distro.files['/etc/apt/preferences.d/rocm-pin-600']).toBe('rocm-repo');
    expect(s.run('root', [...APT, 'update']).out).toContain('https://repo.radeon.com/rocm/apt/7.2.1 noble InRelease');
    expect(s.run('root', [...APT, 'install', '-y', 'rocminfo']).exitCode).toBe(0);
    expect(Object.keys(s.distro.apt.installed)).toEqual(expect.arrayContaining(['rocminfo', 'hsa-rocr', 'rocm-core']));
    expect(s.run('root', ['/usr/bin/curl', '-fsSL', '-o', '/tmp/rocdxg-roct.deb', ROCDXG_URL]).exitCode).toBe(0);
    expect(s.run('alice', ['/usr/bin/dpkg', '-i', '/tmp/rocdxg-roct.deb']).exitCode).toBe(2);
    const dpkg = s.run('root', ['/usr/bin/dpkg', '-i', '/tmp/rocdxg-roct.deb']);
    expect(dpkg.exitCode).toBe(0);
    expect(dpkg.out).toBe(await fixtureText('dpkg-rocdxg-roct-reconstructed.txt'));
    expect(s.distro.apt.installed['rocdxg-roct']).toBe('1.2.0');
    expect(s.run('root', ['/sbin/ldconfig']).exitCode).toBe(0);
    expect(s.run('root', ['/bin/bash', '-s', '--', 'rocm-wsl-env'], '# rocm-wsl-env.sh').exitCode).toBe(0);
    expect(s.distro.files['/etc/profile.d/rocm-wsl.sh']).toBe('rocm-wsl-env');
    expect(s.run('root', ['/bin/rm', '-f', '--', '/etc/apt/sources.list.d/rocm.list', '/etc/apt/keyrings/rocm.gpg', '/etc/apt/preferences.d/rocm-pin-600']).exitCode).toBe(0);
    expect(s.distro.apt.sources).not.toContain('rocm');
    expect(s.distro.files['/etc/apt/preferences.d/rocm-pin-600']).toBeUndefined();
  });
});

describe('simulated distro: Docker + NVIDIA Container Toolkit', () => {
  const dockerPath = (s: Session, user: string): void => {
    s.run('root', ['/usr/bin/python3', '-', 'wsl-conf', user], 'x');
    s.distro = terminateDistro(s.distro);
    expect(s.run('root', ['/bin/bash', '-s', '--', 'docker-repo'], '# docker-repo.sh').exitCode).toBe(0);
    s.run('root', [...APT, 'update']);
    expect(s.run('root', [...APT, 'install', '-y', 'docker-ce', 'docker-ce-cli', 'containerd.io', 'docker-buildx-plugin', 'docker-compose-plugin']).exitCode).toBe(0);
    expect(s.run('root', ['/bin/bash', '-s', '--', 'nvidia-container-repo'], '# repo.sh').exitCode).toBe(0);
    s.run('root', [...APT, 'update']);
    expect(s.run('root', [...APT, 'install', '-y', 'nvidia-container-toolkit']).exitCode).toBe(0);
  };
  const NBODY = ['/usr/bin/docker', 'run', '--rm', '--gpus', 'all', 'nvcr.io/nvidia/k8s/cuda-sample:nbody', 'nbody', '-gpu', '-benchmark'];

  it('the proof fails until the runtime is configured and docker restarted, then prints the recorded nbody run', async () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    dockerPath(s, 'alice');
    expect(s.distro.docker).toMatchObject({ installed: true, daemonRunning: true });
    const before = s.run('root', NBODY);
    expect(before.exitCode).toBe(125);
    expect(before.err).toContain('could not select device driver');
    expect(s.run('root', ['/usr/bin/nvidia-ctk', 'runtime', 'configure', '--runtime=docker']).exitCode).toBe(0);
    expect(s.run('root', NBODY).exitCode).toBe(125); // configured, but the running daemon has not loaded it
    expect(s.run('root', ['/usr/bin/nvidia-ctk', 'cdi', 'generate', '--output=/etc/cdi/nvidia.yaml']).exitCode).toBe(0);
    expect(s.distro.docker.cdiSpecDriver).toBe('581.80');
    expect(s.run('root', ['/usr/bin/systemctl', 'restart', 'docker']).exitCode).toBe(0);
    expect(s.run('root', ['/usr/sbin/usermod', '-aG', 'docker', 'alice']).exitCode).toBe(0);
    const proof = s.run('root', NBODY);
    expect(proof.exitCode).toBe(0);
    expect(proof.out).toBe(await fixtureText('docker-nbody-rtx2060.txt'));
    expect(proof.out).toMatch(/= 2705\.976 single-precision GFLOP\/s/u);
  });

  it('without systemd the daemon is down and systemctl cannot restart it', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    s.run('root', ['/bin/bash', '-s', '--', 'docker-repo'], 'x');
    s.run('root', [...APT, 'update']);
    s.run('root', [...APT, 'install', '-y', 'docker-ce']);
    expect(s.distro.docker).toMatchObject({ installed: true, daemonRunning: false });
    expect(s.run('root', ['/usr/bin/systemctl', 'restart', 'docker'])).toMatchObject({ exitCode: 1, err: expect.stringContaining('System has not been booted with systemd') as unknown });
    expect(s.run('root', ['/usr/bin/docker', 'run', '--rm', 'hello']).err).toContain('Cannot connect to the Docker daemon');
  });

  it('on an AMD-only machine CDI generation fails the way nvidia-ctk does without an NVIDIA adapter', async () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2), { gpus: [{ vendor: 'AMD', name: 'AMD Radeon RX 7900 XTX', driverVersion: '31.0.24019.1006' }], wslVersion: '2.6.1.0' }).prepare('alice');
    dockerPath(s, 'alice');
    const r = s.run('root', ['/usr/bin/nvidia-ctk', 'cdi', 'generate', '--output=/etc/cdi/nvidia.yaml']);
    expect(r.exitCode).toBe(1);
    expect(r.err).toBe(await fixtureText('nvidia-ctk-cdi-dxcore-failed.txt'));
    expect(s.distro.docker.cdiSpecDriver).toBeNull();
  });
});

describe('simulated distro: programs that are not there', () => {
  it.each([
    [['/usr/bin/rm', '-rf', '/'], '/usr/bin/rm: command not found\n'],
    [['nc', '-e', '/bin/sh', 'host', '1'], 'nc: command not found\n'],
    [['/usr/bin/docker', 'run'], '/usr/bin/docker: command not found\n'],
    [['/usr/bin/nvidia-ctk', 'cdi', 'generate'], '/usr/bin/nvidia-ctk: command not found\n'],
    [[''], ': command not found\n'],
  ])('%j → 127, "command not found" like bash', (argv, stderr) => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const before = JSON.stringify(s.distro);
    expect(s.run('root', argv)).toMatchObject({ exitCode: 127, out: '', err: stderr });
    expect(JSON.stringify(s.distro)).toBe(before);
  });

  it('through /usr/bin/env an unknown program is env\'s 127', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    expect(s.run('root', ['/usr/bin/env', 'A=1', 'no-such-tool'])).toMatchObject({ exitCode: 127, err: '/usr/bin/env: ‘no-such-tool’: No such file or directory\n' });
  });
});
