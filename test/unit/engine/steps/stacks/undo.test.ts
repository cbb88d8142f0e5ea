import { describe, expect, it } from 'vitest';
import type { AnySetupStep, UndoRecord } from '../../../../../electron/engine/steps/model.js';
import { stacksSteps, undoCommands } from '../../../../../electron/engine/steps/stacks/index.js';
import { ctxFor, machines } from './machines.js';

const ctx = ctxFor(machines.rtx4070());
const target = { distro: 'Ubuntu-24.04', user: 'alice' };
const V = '/home/alice/.local/share/wsl-gpu-setup/venv';
const AS_ROOT = ['W', '--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec'];
const PURGE = [...AS_ROOT, '/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'purge', '-y'];

/** The undo record of a stack as planned on a machine (the RTX 4070 one unless named). */
function recordOf(stepId: string, facts = machines.rtx4070()): UndoRecord {
  const step = stacksSteps.find((s) => s.id === stepId) as AnySetupStep;
  const params: unknown = step.defaultParams(facts, {});
  const record = params === null ? undefined : step.undo?.(params);
  if (record === undefined) throw new Error(`${stepId} has no undo here`);
  return record;
}

const argv = (r: UndoRecord): string[][] => undoCommands(ctx, r, target).map((s) => [s.file, ...s.args]);

describe('undo records and commands', () => {
  it('every stack step records what it installs (the repair step installs nothing)', () => {
    const withUndo = (s: AnySetupStep): boolean => 'undo' in s && typeof s.undo === 'function';
    expect(stacksSteps.filter((s) => s.stack !== undefined).every(withUndo)).toBe(true);
    expect(stacksSteps.filter((s) => !withUndo(s)).map((s) => s.id)).toEqual(['docker.cdi-refresh']);
  });

  it('pytorch: uninstalls exactly torch and torchvision from the app venv, as the user', () => {
    expect(recordOf('stack.pytorch')).toEqual({ stack: 'pytorch', aptPackages: [], aptSources: [], paths: [], pipPackages: { venv: V, packages: ['torch', 'torchvision'] } });
    expect(argv(recordOf('stack.pytorch'))).toEqual([
      ['W', '--distribution', 'Ubuntu-24.04', '--user', 'alice', '--exec', '/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `${V}/bin/python`, '-m', 'pip', 'uninstall', '-y', 'torch', 'torchvision'],
    ]);
  });

  it('jax[cuda13]: the distributions the extra installs', () => {
    expect(recordOf('stack.jax').pipPackages?.packages).toEqual(['jax', 'jaxlib', 'jax-cuda13-plugin', 'jax-cuda13-pjrt']);
  });

  it('cuda-toolkit: purge exactly the toolkit and the keyring, remove its source list and the downloaded .deb', () => {
    expect(argv(recordOf('stack.cuda-toolkit'))).toEqual([
      [...PURGE, 'cuda-toolkit-13-0', 'cuda-keyring'],
      [...AS_ROOT, '/bin/rm', '-f', '--', '/etc/apt/sources.list.d/cuda-wsl-ubuntu-x86_64.list'],
      [...AS_ROOT, '/bin/rm', '-rf', '--one-file-system', '--', '/tmp/cuda-keyring.deb'],
    ]);
  });

  it('docker-nvidia: the docker group membership, the docker and toolkit packages, both repos with their keys, the CDI spec and the proxy drop-in', () => {
    const commands = undoCommands(ctx, recordOf('stack.docker-nvidia'), target);
    // "Not a member" (gpasswd's 3) is as good as removed; any other failure stops the undo.
    expect(commands[0]?.alreadyUndoneExitCodes).toEqual([3]);
    expect(commands.slice(1).every((c) => c.alreadyUndoneExitCodes === undefined)).toBe(true);
    expect(argv(recordOf('stack.docker-nvidia'))).toEqual([
      [...AS_ROOT, '/usr/bin/gpasswd', '--delete', 'alice', 'docker'],
      [...PURGE, 'docker-ce', 'docker-ce-cli', 'containerd.io', 'docker-buildx-plugin', 'docker-compose-plugin', 'nvidia-container-toolkit'],
      [...AS_ROOT, '/bin/rm', '-f', '--', '/etc/apt/sources.list.d/docker.list', '/etc/apt/keyrings/docker.asc', '/etc/apt/sources.list.d/nvidia-container-toolkit.list', '/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg'],
      [...AS_ROOT, '/bin/rm', '-rf', '--one-file-system', '--', '/etc/cdi/nvidia.yaml', '/etc/systemd/system/docker.service.d/wsl-gpu-setup-proxy.conf'],
    ]);
  });

  it('only the docker group is ever taken back, never sudo or another', () => {
    const base: UndoRecord = { stack: 'docker-nvidia', aptPackages: [], aptSources: [], paths: [] };
    for (const bad of ['sudo', 'root', 'adm', '--help', 'docker; id']) expect(() => undoCommands(ctx, { ...base, groups: [bad] }, target), bad).toThrow();
    expect(argv({ ...base, groups: ['docker'] })).toEqual([[...AS_ROOT, '/usr/bin/gpasswd', '--delete', 'alice', 'docker']]);
  });

  it('directml: its apt libraries and its pip packages', () => {
    const r = recordOf('stack.directml');
    expect(r.aptPackages).toEqual(['libblas3', 'libomp5', 'liblapack3']);
    expect(argv(r).map((a) => a.slice(6, 8))).toEqual([['/usr/bin/env', 'LC_ALL=C.UTF-8'], ['/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive']]);
  });

  it('pytorch-xpu: the Level Zero runtime, Intel\'s repo list and key, and torch from the venv', () => {
    const r = recordOf('stack.pytorch-xpu', machines.intelArc());
    expect(r).toEqual({
      stack: 'pytorch-xpu',
      aptPackages: ['libze1', 'libze-intel-gpu1', 'intel-opencl-icd'],
      aptSources: ['/etc/apt/sources.list.d/intel-gpu.list', '/usr/share/keyrings/intel-graphics.gpg'],
      paths: [],
      pipPackages: { venv: V, packages: ['torch', 'torchvision'] },
    });
    expect(argv(r).slice(1)).toEqual([
      [...PURGE, 'libze1', 'libze-intel-gpu1', 'intel-opencl-icd'],
      [...AS_ROOT, '/bin/rm', '-f', '--', '/etc/apt/sources.list.d/intel-gpu.list', '/usr/share/keyrings/intel-graphics.gpg'],
    ]);
  });

  it('pytorch-rocm: librocdxg and rocminfo (never rocm-core, which other ROCm packages depend on), AMD\'s list, key and pin, the .deb and the profile script', () => {
    const r = recordOf('stack.pytorch-rocm', machines.amd());
    expect(r).toEqual({
      stack: 'pytorch-rocm',
      aptPackages: ['rocdxg-roct', 'rocminfo'],
      aptSources: ['/etc/apt/sources.list.d/rocm.list', '/etc/apt/keyrings/rocm.gpg', '/etc/apt/preferences.d/rocm-pin-600'],
      paths: ['/tmp/rocdxg-roct.deb', '/etc/profile.d/rocm-wsl.sh'],
      pipPackages: { venv: V, packages: ['torch', 'torchvision'] },
    });
    expect(argv(r).slice(1)).toEqual([
      [...PURGE, 'rocdxg-roct', 'rocminfo'],
      [...AS_ROOT, '/bin/rm', '-f', '--', '/etc/apt/sources.list.d/rocm.list', '/etc/apt/keyrings/rocm.gpg', '/etc/apt/preferences.d/rocm-pin-600'],
      [...AS_ROOT, '/bin/rm', '-rf', '--one-file-system', '--', '/tmp/rocdxg-roct.deb', '/etc/profile.d/rocm-wsl.sh'],
    ]);
  });

  it('a path below the app folder may go; /, /etc, other homes, .. paths and unknown sources never', () => {
    const base: UndoRecord = { stack: 'pytorch', aptPackages: [], aptSources: [], paths: [] };
    expect(argv({ ...base, paths: [`${V}`] })).toEqual([[...AS_ROOT, '/bin/rm', '-rf', '--one-file-system', '--', V]]);
    for (const bad of ['/', '/etc', '/home/alice', '/home/alice/.local/share/wsl-gpu-setup', '/home/bob/.local/share/wsl-gpu-setup/venv', `${V}/../../../..`, 'relative/path', '/home/alice/.local/share/wsl-gpu-setup/venv/']) {
      expect(() => undoCommands(ctx, { ...base, paths: [bad] }, target), bad).toThrow();
    }
    expect(() => undoCommands(ctx, { ...base, aptSources: ['/etc/apt/sources.list'] }, target)).toThrow();
    expect(() => undoCommands(ctx, { ...base, aptPackages: ['-oDebug=1'] }, target)).toThrow();
    expect(() => undoCommands(ctx, { ...base, pipPackages: { venv: '/usr', packages: ['torch'] } }, target)).toThrow();
    expect(() => undoCommands(ctx, { ...base, pipPackages: { venv: V, packages: ['--index-url=x'] } }, target)).toThrow();
  });

  it('an empty record builds no command', () => {
    expect(undoCommands(ctx, { stack: 'pytorch', aptPackages: [], aptSources: [], paths: [] }, target)).toEqual([]);
  });
});
