import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { msg } from '../../../electron/contract/messages.js';
import type { Facts } from '../../../electron/contract/facts.js';
import { StepRun, type StepRunEnd } from '../../../electron/engine/step-run.js';
import type { ExitCodeTable } from '../../../electron/engine/steps/exit-table.js';
import type { AnySetupStep, StepContext } from '../../../electron/engine/steps/model.js';
import { retryDelayMs } from '../../../electron/engine/setup/retry.js';
import { NETWORK_RETRY, packagesBaseStep } from '../../../electron/engine/steps/packages/base.js';
import { FakeElevator, FakeExec, FakePty, ManualClock, type LogEntry, type Script } from './setup/fake-ports.js';

const TABLE: ExitCodeTable = { codes: { 0: 'ok', 3010: 'reboot-required', 1618: 'retryable' }, otherwise: 'failed' };
const ctx: StepContext = { host: { platform: 'windows', simulated: false }, env: {}, tool: (name) => `C:\\Windows\\System32\\${name}`, facts: {} as Facts };

/** A test step: `first`, its fallback `second`, then `third`; each command's label is its id. */
function testStep(elevation: 'user' | 'admin' = 'user'): AnySetupStep {
  const command = (id: string, fallback = false) => ({ id, build: () => ({ file: 'C:\\Windows\\System32\\wsl.exe', args: [`--${id}`], encoding: 'utf-8' as const, timeoutMs: 60_000, label: id }), exitCodes: TABLE, ...(fallback ? { fallback } : {}) });
  return {
    id: 'test.step', stageId: 'windows', title: msg('x'), description: msg('x'), platforms: ['windows'], profiles: ['repair'],
    params: z.object({ distro: z.string() }), defaultParams: () => ({ distro: 'D' }), preconditions: [], verify: [], fixes: [],
    commands: [command('first'), command('second', true), command('third')], elevation, reboot: 'may', estimate: { downloadBytes: 0, seconds: 1 },
  };
}

async function runStep(script: Script, options: { elevation?: 'user' | 'admin'; elevator?: FakeElevator | null } = {}) {
  const log: LogEntry[] = [];
  const pty = new FakePty(log, script);
  const elevator = options.elevator === undefined ? new FakeElevator(log, script) : options.elevator;
  const output: [number, string][] = [];
  const run = new StepRun(testStep(options.elevation), { distro: 'D' }, { ctx, pty, exec: new FakeExec(log, script), ...(elevator ? { elevator } : {}) }, (seq, data) => output.push([seq, data]), true);
  const end: StepRunEnd = await run.done;
  return { end, ran: log.filter((l) => l.port === 'pty' || l.port === 'broker').map((l) => l.what), output, elevator };
}

describe('a registry step run from the Run button', () => {
  it('runs its commands in order, skipping a fallback after a success, with one output sequence', async () => {
    const { end, ran, output } = await runStep({ first: [{ output: 'a' }], third: [{ output: 'c' }] });
    expect(ran).toEqual(['C:\\Windows\\System32\\wsl.exe --first', 'C:\\Windows\\System32\\wsl.exe --third']);
    expect(end).toMatchObject({ outcome: 'ok', exitCode: 0, batches: 2 });
    expect(output).toEqual([[0, 'a'], [1, 'c']]);
  });

  it('runs the fallback after a failure and goes on when it works; stops when it fails too', async () => {
    const saved = await runStep({ first: [{ exitCode: 1 }] });
    expect(saved.ran.map((r) => r.split(' ')[1])).toEqual(['--first', '--second', '--third']);
    expect(saved.end.outcome).toBe('ok');
    const failed = await runStep({ first: [{ exitCode: 1 }], second: [{ exitCode: 1603 }] });
    expect(failed.ran.map((r) => r.split(' ')[1])).toEqual(['--first', '--second']);
    expect(failed.end).toMatchObject({ outcome: 'failed', exitCode: 1603 });
  });

  it('gives exit codes their meaning only through the command table', async () => {
    expect((await runStep({ third: [{ exitCode: 3010 }] })).end.outcome).toBe('reboot-required');
    // Retryable with the tries of an interactive run spent: a failure.
    expect((await runStep({ first: [{ exitCode: 1618 }], second: [{ exitCode: 1618 }] })).end.outcome).toBe('failed');
  });

  it('reports why the runner stopped a command before any table is read', async () => {
    expect((await runStep({ first: [{ exitCode: null, stoppedBy: 'cancelled' }] })).end.outcome).toBe('cancelled');
    expect((await runStep({ first: [{ exitCode: 0, stoppedBy: 'timeout', signal: 9 }], second: [{ exitCode: null, stoppedBy: 'idle-timeout' }] })).end.outcome).toBe('timed-out');
    const launch = await runStep({ first: [{ exitCode: null, launchError: 'ENOENT wsl.exe' }], second: [{ exitCode: null, launchError: 'ENOENT wsl.exe' }] });
    expect(launch.end).toMatchObject({ outcome: 'launch-failed', exitCode: null, tail: 'ENOENT wsl.exe' });
    // node-pty reports exit 0 with the signal of a kill nobody asked for: never a success.
    expect((await runStep({ first: [{ exitCode: 0, signal: 9 }], second: [{ exitCode: 0, signal: 9 }] })).end.outcome).toBe('failed');
  });

  it('runs an admin step in the broker by step id, command id and params, and closes it', async () => {
    const { end, ran, elevator } = await runStep({}, { elevation: 'admin' });
    expect(end.outcome).toBe('ok');
    expect(ran).toEqual(['test.step/first', 'test.step/third']);
    expect(elevator?.runs[0]).toEqual({ stepId: 'test.step', commandId: 'first', params: { distro: 'D' } });
    expect([elevator?.opened, elevator?.closed]).toEqual([1, 1]);
  });

  it('fails an admin step, running nothing, when the broker is refused or missing', async () => {
    const refused = await runStep({}, { elevation: 'admin', elevator: new FakeElevator([], {}, { kind: 'declined' }) });
    expect(refused.end).toMatchObject({ outcome: 'failed', exitCode: null, tail: 'the elevation prompt was declined' });
    expect(refused.ran).toEqual([]);
    const missing = await runStep({}, { elevation: 'admin', elevator: null });
    expect(missing.end).toMatchObject({ outcome: 'failed' });
    expect(missing.ran).toEqual([]);
  });
});

describe('a repair run retries transient failures as the setup run does', () => {
  // What apt-get update prints when DNS fails (a recorded output): packages.base's refine calls it retryable.
  const DNS_FAILURE = readFileSync(new URL('../../fixtures/sim/distro/apt-update-dns-failure.txt', import.meta.url), 'utf8');
  const params = { distro: 'Ubuntu-24.04', proxy: '' };

  /** packages.base, the real registry step, from the Run button, on a clock the test drives. */
  function repair(script: Script) {
    const log: LogEntry[] = [];
    const clock = new ManualClock();
    const run = new StepRun(packagesBaseStep as AnySetupStep, params, { ctx, pty: new FakePty(log, script), exec: new FakeExec(log, script), clock }, () => {}, false);
    const tries = () => log.filter((l) => l.port === 'pty' && l.what.endsWith(' update')).length;
    return { run, clock, tries };
  }

  async function until(cond: () => boolean): Promise<void> {
    for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setImmediate(r));
    expect(cond()).toBe(true);
  }

  it('apt-update hit by a DNS failure is tried again after 15 s, then 60 s (NETWORK_RETRY, the apply path\'s policy), and the repair ends ok', async () => {
    const { run, clock, tries } = repair({ 'apt-update': [{ exitCode: 0, tail: DNS_FAILURE }, { exitCode: 0, tail: DNS_FAILURE }, { exitCode: 0 }] });
    await until(() => clock.pending() === 1);
    expect(tries()).toBe(1);
    expect(clock.requested).toEqual([NETWORK_RETRY.backoffMs[0]]);
    clock.advance(15_000);
    await until(() => clock.pending() === 1 && tries() === 2);
    expect(clock.requested).toEqual([15_000, 60_000]);
    clock.advance(60_000);
    expect((await run.done).outcome).toBe('ok');
    expect(tries()).toBe(3);
  });

  it('waits as long as the setup machine would between the same tries', () => {
    for (const attempt of [1, 2, 3]) expect(retryDelayMs(NETWORK_RETRY, attempt)).toBe(attempt < NETWORK_RETRY.attempts ? (NETWORK_RETRY.backoffMs[attempt - 1] ?? null) : null);
  });

  it('with every try spent it fails, after exactly NETWORK_RETRY.attempts tries', async () => {
    const { run, clock, tries } = repair({ 'apt-update': [{ exitCode: 0, tail: DNS_FAILURE }] });
    await until(() => clock.pending() === 1);
    clock.advance(15_000);
    await until(() => clock.pending() === 1 && tries() === 2);
    clock.advance(60_000);
    expect((await run.done).outcome).toBe('failed');
    expect(tries()).toBe(NETWORK_RETRY.attempts);
  });

  it('a cancel during the wait ends the repair cancelled, with no further try and no timer left', async () => {
    const { run, clock, tries } = repair({ 'apt-update': [{ exitCode: 0, tail: DNS_FAILURE }] });
    await until(() => clock.pending() === 1);
    run.cancel();
    expect((await run.done).outcome).toBe('cancelled');
    expect(tries()).toBe(1);
    expect(clock.pending()).toBe(0);
  });

  it('a failure that is not transient (a held apt lock) is not retried', async () => {
    const { run, clock } = repair({ 'apt-update': [{ exitCode: 100, tail: 'E: Could not open lock file' }] });
    expect((await run.done).outcome).toBe('failed');
    expect(clock.requested).toEqual([]);
  });
});
