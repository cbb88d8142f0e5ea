import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyArgs, argvOf, cli, isReadOnly, journalOf, machine, PASSWORD, RESUME_VALUE, RUN_ONCE, stepStates, type Machine } from './scenario-helpers.js';

/** A company PC whose Microsoft Store is blocked: WSL comes from GitHub's package instead. */

let m: Machine;
beforeAll(async () => {
  m = await machine('store-blocked');
});
afterAll(() => m.dispose());

describe('Store blocked', { timeout: 120_000 }, () => {
  it('wsl --install fails through the Store, the --web-download fallback installs WSL, in the same elevation', async () => {
    const r = await cli(m, applyArgs(), { password: PASSWORD });
    expect(r.code, r.out + r.err).toBe(3010);
    expect(m.pc.calls().filter((c) => !isReadOnly(c)).map(argvOf)).toEqual([
      ['dism.exe', '/Online', '/Enable-Feature', '/FeatureName:VirtualMachinePlatform', '/All', '/NoRestart'],
      ['wsl.exe', '--install', '--no-distribution'],
      ['wsl.exe', '--install', '--no-distribution', '--web-download'],
      ['reg.exe', 'add', RUN_ONCE, '/v', RESUME_VALUE, '/t', 'REG_SZ', '/d', '"C:\\Program Files\\WSL GPU Setup\\WSL GPU Setup.exe" --resume', '/f'],
    ]);
    expect(r.exec.brokerLaunches()).toHaveLength(1);
    expect(stepStates(journalOf(m))).toMatchObject({ 'windows.vmp': 'reboot-pending', 'wsl.install': 'done' });
    expect(m.pc.state().wsl).toMatchObject({ kind: 'package' });
  });
});
