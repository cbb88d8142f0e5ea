import { describe, expect, it } from 'vitest';
import { setupSteps } from '../../../../electron/engine/steps/registry.js';
import { undoCommands, undoSucceeded } from '../../../../electron/engine/steps/stacks/undo.js';
import { newDistroState } from '../../../sim/distro/index.js';
import { APT, Session, venvOf } from './session.js';

/**
 * What `undo --stack` runs, answered by the simulated distro: the commands are undoCommands' for
 * the undo record the real stack step writes, run through the distro as wsl.exe would hand them on.
 */

const ctx = { tool: () => 'wsl.exe' };

/** Runs one wsl.exe argv (`--distribution D --user U --exec …`) in the session. */
function runWsl(s: Session, args: readonly string[]) {
  expect(args.slice(0, 5)).toEqual(['--distribution', 'Ubuntu-24.04', '--user', args[3], '--exec']);
  return s.run(args[3] ?? '', args.slice(5));
}

describe('simulated distro: undo programs', () => {
  it('undo of cuda-toolkit purges its packages, drops its apt source and the downloaded keyring', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const url = 'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb';
    s.run('root', ['/usr/bin/curl', '-fsSL', '-o', '/tmp/cuda-keyring.deb', url]);
    s.run('root', ['/usr/bin/dpkg', '-i', '/tmp/cuda-keyring.deb']);
    s.run('root', [...APT, 'update']);
    expect(s.run('root', [...APT, 'install', '-y', 'cuda-toolkit-13-0']).exitCode).toBe(0);
    const step = setupSteps.find((x) => x.id === 'stack.cuda-toolkit');
    const record = step?.undo?.({ distro: 'Ubuntu-24.04', user: 'taro', venv: venvOf('taro'), proxy: '', toolkit: 'cuda-toolkit-13-0' });
    if (!record) throw new Error('no undo record');
    const specs = undoCommands(ctx, record, { distro: 'Ubuntu-24.04', user: 'taro' });
    expect(specs.map((c) => c.label)).toEqual(['undo.cuda-toolkit.apt-purge', 'undo.cuda-toolkit.apt-sources', 'undo.cuda-toolkit.paths']);
    for (const spec of specs) expect(runWsl(s, spec.args).exitCode, spec.label).toBe(0);
    expect(s.distro.apt.installed['cuda-toolkit-13-0']).toBeUndefined();
    expect(s.distro.apt.installed['cuda-keyring']).toBeUndefined();
    expect(s.distro.apt.sources).not.toContain('cuda-wsl-ubuntu');
    expect(s.distro.files['/tmp/cuda-keyring.deb']).toBeUndefined();
  });

  it('pip uninstall -y removes the named distributions from the venv and skips one that is not there', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('taro');
    expect(s.pip('taro', '--index-url', 'https://download.pytorch.org/whl/cu130', 'torch', 'torchvision').exitCode).toBe(0);
    const py = `${venvOf('taro')}/bin/python`;
    const r = s.run('taro', [py, '-m', 'pip', 'uninstall', '-y', 'torchvision', 'jax']);
    expect(r.exitCode).toBe(0);
    expect(r.out).toMatch(/^Found existing installation: torchvision \S+\nUninstalling torchvision-\S+:\n {2}Successfully uninstalled torchvision-\S+\n$/u);
    expect(r.err).toBe('WARNING: Skipping jax as it is not installed.\n');
    expect(Object.keys(s.distro.venvs[venvOf('taro')]?.packages ?? {})).toContain('torch');
    expect(Object.keys(s.distro.venvs[venvOf('taro')]?.packages ?? {})).not.toContain('torchvision');
  });

  it('undo of docker-nvidia takes the user out of the docker group; a second undo finds nothing left (gpasswd 3, accepted)', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('taro');
    s.distro = { ...s.distro, groups: { ...s.distro.groups, docker: [] } };
    expect(s.run('root', ['/usr/sbin/usermod', '-aG', 'docker', 'taro']).exitCode).toBe(0);
    const step = setupSteps.find((x) => x.id === 'stack.docker-nvidia');
    const record = step?.undo?.({ distro: 'Ubuntu-24.04', user: 'taro', venv: venvOf('taro'), proxy: '' });
    if (!record) throw new Error('no undo record');
    const [group] = undoCommands(ctx, { ...record, aptPackages: [], aptSources: [], paths: [] }, { distro: 'Ubuntu-24.04', user: 'taro' });
    if (!group) throw new Error('no group command');
    const first = runWsl(s, group.args);
    expect([first.exitCode, first.out]).toEqual([0, 'Removing user taro from group docker\n']);
    expect(s.distro.groups.docker).toEqual([]);
    expect(s.distro.users.find((u) => u.name === 'taro')?.groups).not.toContain('docker');
    const again = runWsl(s, group.args);
    expect([again.exitCode, again.err]).toEqual([3, "gpasswd: user 'taro' is not a member of 'docker'\n"]);
    expect(undoSucceeded(group, again.exitCode)).toBe(true);
    expect(undoSucceeded(group, 2)).toBe(false);
  });

  it('rm refuses a normal user and, without -f, a file that is not there', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('taro');
    expect(s.run('taro', ['/bin/rm', '-f', '--', '/tmp/cuda-keyring.deb']).exitCode).toBe(1);
    expect(s.run('root', ['/bin/rm', '--', '/tmp/nothing']).err).toBe("rm: cannot remove '/tmp/nothing': No such file or directory\n");
    expect(s.run('root', ['/bin/rm', '-f', '--', '/tmp/nothing']).exitCode).toBe(0);
  });
});
