import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyArgs, argvOf, cli, DISTRO, everythingRecorded, isReadOnly, journalOf, machine, PASSWORD, RESUME_VALUE, resumeArgs, RUN_ONCE, stepStates, USER, VENV, type Machine } from './scenario-helpers.js';

/**
 * A fresh Windows 11 PC with an RTX 4070 taken to PyTorch on the GPU with the beginner profile,
 * as IT would script it: apply → restart → resume; then a second apply that finds nothing to do.
 * The tests share one machine and run in order.
 */

const APP_EXE = 'C:\\Program Files\\WSL GPU Setup\\WSL GPU Setup.exe';
const root = ['--distribution', DISTRO, '--user', 'root', '--exec'];
const apt = [...root, '/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', 'apt-get', '-o', 'DPkg::Lock::Timeout=300'];

let m: Machine;
beforeAll(async () => {
  m = await machine('fresh-win11-rtx4070');
});
afterAll(() => m.dispose());

describe.sequential('fresh Windows 11 + RTX 4070 → PyTorch verified on the GPU', { timeout: 300_000 }, () => {
  it('apply turns on the VM platform and installs WSL with one elevation, registers RunOnce and exits 3010', async () => {
    const r = await cli(m, applyArgs(), { password: PASSWORD });
    expect(r.code, r.out + r.err).toBe(3010);
    expect(m.pc.calls().filter((c) => !isReadOnly(c)).map(argvOf)).toEqual([
      ['dism.exe', '/Online', '/Enable-Feature', '/FeatureName:VirtualMachinePlatform', '/All', '/NoRestart'],
      ['wsl.exe', '--install', '--no-distribution'],
      ['reg.exe', 'add', RUN_ONCE, '/v', RESUME_VALUE, '/t', 'REG_SZ', '/d', `"${APP_EXE}" --resume`, '/f'],
    ]);
    // One broker launch for both admin steps: one UAC prompt on a real PC.
    expect(r.exec.brokerLaunches()).toHaveLength(1);
    const j = journalOf(m);
    expect(stepStates(j)).toMatchObject({ 'windows.vmp': 'reboot-pending', 'wsl.install': 'done', 'distro.install': 'pending', 'stack.pytorch': 'pending' });
    expect(j).toMatchObject({ rebootRequestedBy: 'windows.vmp', resumeRegistered: true });
    expect(m.pc.state().runOnce).toEqual({ [RESUME_VALUE]: `"${APP_EXE}" --resume` });
    expect(everythingRecorded(m, r.exec)).not.toContain(PASSWORD);
  });

  it('after the restart, resume (password asked again) installs the distro, user, config, base packages and PyTorch; RunOnce removed; verified on the GPU', async () => {
    m.pc.restart();
    const before = m.pc.calls().length;
    const r = await cli(m, resumeArgs, { password: PASSWORD });
    expect(r.code, r.out + r.err).toBe(0);
    const changed = m.pc.calls().slice(before).filter((c) => !isReadOnly(c));
    expect(changed.map(argvOf)).toEqual([
      ['wsl.exe', '--install', DISTRO, '--no-launch'],
      ['wsl.exe', ...root, '/usr/sbin/useradd', '--create-home', '--shell', '/bin/bash', '--groups', 'sudo', USER],
      ['wsl.exe', ...root, '/usr/sbin/chpasswd'],
      ['wsl.exe', ...root, '/usr/bin/python3', '-', 'wsl-conf', USER],
      ['wsl.exe', '--terminate', DISTRO],
      ['wsl.exe', ...apt, 'update'],
      ['wsl.exe', ...apt, 'install', '-y', '--no-install-recommends', 'python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg'],
      ['wsl.exe', '--distribution', DISTRO, '--user', USER, '--exec', '/usr/bin/python3', '-m', 'venv', VENV],
      ['wsl.exe', '--distribution', DISTRO, '--user', USER, '--exec', '/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `${VENV}/bin/python`, '-m', 'pip', 'install', '--index-url', 'https://download.pytorch.org/whl/cu132', 'torch', 'torchvision'],
      ['reg.exe', 'delete', RUN_ONCE, '/v', RESUME_VALUE, '/f'],
    ]);
    // The password went on chpasswd's stdin only.
    expect(changed.find((c) => c.args.includes('/usr/sbin/chpasswd'))?.stdin).toBe(true);
    // The VM platform was re-verified after the restart, not run again; no admin step was left.
    expect(r.exec.brokerLaunches()).toHaveLength(0);
    const j = journalOf(m);
    expect(Object.values(stepStates(j)).every((s) => s === 'done' || s === 'already-done')).toBe(true);
    expect(j?.resumeRegistered).toBe(false);
    expect(m.pc.state().runOnce).toEqual({});
    expect(everythingRecorded(m, r.exec)).not.toContain(PASSWORD);

    // `verified-on-gpu` also needs gpu.performance (a timed tensor op), which the simulated
    // collector does not report: `verified` (PyTorch in the app's venv sees the GPU) is its best.
    const d = await cli(m, ['diagnose', '--json', '--distro', DISTRO, '--python', `${VENV}/bin/python`, '--target', 'wsl']);
    expect((JSON.parse(d.out) as { readiness: string }).readiness).toBe('verified');
  });

  it('a second apply on the finished machine plans nothing and changes nothing', async () => {
    const before = m.pc.calls().length;
    const r = await cli(m, applyArgs(), { password: PASSWORD });
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out, r.out).toContain('Nothing to do: this machine is already set up for beginner.');
    expect(m.pc.calls().slice(before).filter((c) => !isReadOnly(c)).map(argvOf)).toEqual([]);
    expect(r.exec.brokerLaunches()).toHaveLength(0);
  });
});
