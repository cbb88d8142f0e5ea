import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { setupSteps } from '../../../electron/engine/steps/registry.js';
import type { Clock } from '../../../electron/runner/timers.js';
import type { SimCall } from '../../sim/state.js';
import { applyArgs, cli, DISTRO, distroState, isReadOnly, journalOf, machine, PASSWORD, readyState, resumeArgs, setDistroFaults, stepStates, type Machine } from './scenario-helpers.js';

/**
 * apt's troubles inside the distro: a full disk, a held lock, a network that fails once. The
 * machine starts with Windows and the distro set up; the run is the package and stack stages of
 * the real registry (the Windows and distro stages are walked in fresh-pc.test.ts). Each test
 * starts from its own such machine.
 */

const steps = setupSteps.filter((s) => s.stageId === 'packages' || s.stageId === 'stacks');
const apt = ['--distribution', DISTRO, '--user', 'root', '--exec', '/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', 'apt-get', '-o', 'DPkg::Lock::Timeout=300'];
const aptUpdate = [...apt, 'update'];
const aptInstall = [...apt, 'install', '-y', '--no-install-recommends', 'python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg'];
const is = (argv: string[]) => (c: SimCall) => c.tool === 'wsl.exe' && JSON.stringify(c.args) === JSON.stringify(argv);

/** Backoff waits are recorded and then fire at once: the policy is asserted, not waited for. */
const waits: number[] = [];
const clock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => (waits.push(ms), setTimeout(fn, 0)),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};
const setup = { steps, clock };

// A machine per test: once a test's resume has installed the packages and the stack, their
// verify checks pass and a later apply would rightly have nothing to do.
let m: Machine;
let previous: Machine | null = null;
beforeEach(async () => {
  previous?.dispose();
  m = await machine(readyState());
  previous = m;
  waits.length = 0;
});
afterAll(() => previous?.dispose());

describe.sequential('apt faults in the distro', { timeout: 240_000 }, () => {
  it('disk full: failed with the disk-full next action, no retry, nothing lost; after space is freed resume finishes', async () => {
    setDistroFaults(m, { diskFull: true });
    const r = await cli(m, applyArgs(), { password: PASSWORD, setup });
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toContain('The Linux distribution ran out of disk space.');
    // A full disk is not a network error: no retry, no backoff.
    expect(waits).toEqual([]);
    expect(m.pc.calls().filter((c) => !isReadOnly(c)).map((c) => c.args)).toEqual([aptUpdate, aptInstall]);
    const j = journalOf(m);
    expect(stepStates(j)).toEqual({ 'packages.base': 'failed', 'stack.pytorch': 'pending' });

    setDistroFaults(m, { diskFull: false });
    const again = await cli(m, resumeArgs, { password: PASSWORD, setup });
    expect(again.code, again.out + again.err).toBe(0);
    expect(journalOf(m)?.runId).toBe(j?.runId);
    expect(stepStates(journalOf(m))).toEqual({ 'packages.base': 'done', 'stack.pytorch': 'done' });
  });

  it('apt lock held: apt waits its DPkg::Lock::Timeout, the step fails with the lock next action; resume then finishes', async () => {
    setDistroFaults(m, { aptLockHeldFor: 1 });
    const before = m.pc.calls().length;
    const r = await cli(m, applyArgs(), { password: PASSWORD, setup });
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toContain('Another package manager is running in the distribution');
    expect(stepStates(journalOf(m))).toEqual({ 'packages.base': 'failed', 'stack.pytorch': 'pending' });
    expect(distroState(m)?.apt.lockWaitsS).toEqual([300]);
    // A held lock is not retried by us (apt already waited): one apt-get update.
    expect(m.pc.calls().slice(before).filter(is(aptUpdate))).toHaveLength(1);

    const again = await cli(m, resumeArgs, { password: PASSWORD, setup });
    expect(again.code, again.out + again.err).toBe(0);
    expect(stepStates(journalOf(m))).toEqual({ 'packages.base': 'done', 'stack.pytorch': 'done' });
  });

  it('a transient network failure is retried after the first backoff (15 s), then succeeds', async () => {
    setDistroFaults(m, { transientNetworkFailures: 1 });
    waits.length = 0;
    const before = m.pc.calls().length;
    const r = await cli(m, applyArgs(), { password: PASSWORD, setup });
    expect(r.code, r.out + r.err).toBe(0);
    expect(m.pc.calls().slice(before).filter(is(aptUpdate))).toHaveLength(2);
    expect(waits).toEqual([15_000]);
    expect(stepStates(journalOf(m))).toEqual({ 'packages.base': 'done', 'stack.pytorch': 'done' });
  });
});
