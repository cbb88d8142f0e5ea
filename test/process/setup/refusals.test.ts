import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSetupPorts } from '../../../electron/app/setup-ports.js';
import { DirectBrokerLauncher } from '../../../electron/broker/launcher.js';
import { PipeElevator } from '../../../electron/broker/pipe-elevator.js';
import { detectHost } from '../../../electron/host/platform.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { applyArgs, cli, CLI_ENTRY, isReadOnly, journalOf, machine, PASSWORD, stepStates, USER, type Machine } from './scenario-helpers.js';

/** What the installer refuses, and that a refusal leaves the machine as it was. */

let m: Machine;
beforeAll(async () => {
  m = await machine('fresh-win11-rtx4070');
});
afterAll(() => m.dispose());

describe('refusals on a fresh Windows 11 + RTX 4070', { timeout: 120_000 }, () => {
  const hostile: [string, string[]][] = [
    ['a distro name with a command separator', ['--distro', 'Ubuntu;calc.exe']],
    ['a distro name with a path', ['--distro', '..\\..\\Windows']],
    ['a distro name that is an option', ['--distro', '--install']],
    ['the distro name wsl.exe reserves', ['--distro', 'Legacy']],
    ['a user with command substitution', ['--user', '$(whoami)']],
    ['root as the user', ['--user', 'root']],
    ['a user with a space and a flag', ['--user', 'taro --groups root']],
    ['an over-long user', ['--user', `u${'x'.repeat(40)}`]],
  ];
  for (const [what, extra] of hostile) {
    it(`apply with ${what}: exit 2, no process started, no journal`, async () => {
      const before = m.pc.calls().length;
      const argv = ['apply', '--profile', 'beginner', '--unattended', '--password-stdin', ...extra];
      const r = await cli(m, extra[0] === '--user' ? argv : [...argv, '--user', USER], { password: PASSWORD });
      expect(r.code).toBe(2);
      expect(m.pc.calls().slice(before)).toEqual([]);
      expect(r.exec.specs).toEqual([]);
      expect(journalOf(m)).toBeNull();
    });
  }

  it('a broker elevated as another user is refused with a clear explanation; no admin command runs', async () => {
    // Main expects another account than the one the broker (a real child, the real protocol)
    // reports: what over-the-shoulder UAC looks like from main's side.
    const exec = new ExecRunner({ baseEnv: m.env });
    const ports = createSetupPorts(m.env, detectHost(m.env), { exec });
    if (!ports) throw new Error('no journal folder');
    const me = os.userInfo();
    const elevator = new PipeElevator({
      launcher: new DirectBrokerLauncher(exec, { file: process.execPath, prefixArgs: [CLI_ENTRY] }),
      identity: () => Promise.resolve({ user: `${me.username}-colleague`, sid: null, uid: me.uid + 1 }),
    });
    const before = m.pc.calls().length;
    const r = await cli(m, applyArgs(), { password: PASSWORD, setup: { ports: { ...ports, elevator } } });
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Administrator rights were given as ${me.username}, not as ${me.username}-colleague`);
    expect(stepStates(journalOf(m))['windows.vmp']).toBe('failed');
    // Only the probes ran: no dism, no wsl --install, no RunOnce.
    expect(m.pc.calls().slice(before).filter((c) => !isReadOnly(c))).toEqual([]);
    expect(m.pc.state().features.VirtualMachinePlatform).toBe('disabled');
  });
});
