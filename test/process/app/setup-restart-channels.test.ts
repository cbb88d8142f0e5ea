import { afterAll, describe, expect, it } from 'vitest';
import type { SetupStatus } from '../../../electron/contract/channels.js';
import type { Result } from '../../../electron/contract/errors.js';
import type { SetupRunView } from '../../../electron/contract/setup.js';
import type { AppHost } from '../../../electron/app/app-host.js';
import { createAppHost } from '../../../electron/app/create-app-host.js';
import type { SetupPorts } from '../../../electron/app/setup-service.js';
import type { VerifyChecks } from '../../../electron/engine/setup/ports.js';
import { scenarios } from '../../fakes/scenarios.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';
import type { LogEntry } from '../../unit/engine/setup/fake-ports.js';
import { FakeElevator, FakeExec, FakePty, FakeResume, MemoryJournal } from '../../unit/engine/setup/fake-ports.js';
import { featureStep, results, userStep } from '../../unit/engine/setup/test-steps.js';

// Restart and resume through the contract host: the restart runs only for a run that waits for
// it; an app launched with --resume picks the journaled run up itself; the password it needs
// again comes with setup:resume and goes only to the step's stdin.
const PASSWORD = 'correct horse: battery';
const fake = makeFakeSystemRoot(scenarios.healthyEnglish);
const log: LogEntry[] = [];
const journal = new MemoryJournal(log);
const exec = new FakeExec(log, {});
let restarted = false;
const verify: VerifyChecks = (ids) => {
  const chpasswd = exec.calls.some((c) => c.spec.label === 'chpasswd');
  return Promise.resolve(results({ 'feat.on': restarted ? 'pass' : 'fail', 'distro.present': 'pass', 'distro.user': chpasswd ? 'pass' : 'fail' }, ids));
};
// The user step needs the feature the restart turns on, so the run stops at the restart.
const userAfterRestart = { ...userStep, preconditions: ['feat.on', 'distro.present'] };
const hosts: AppHost[] = [];
function newHost(launchArgs: string[] = []): AppHost {
  const ports: SetupPorts = { journal, elevator: new FakeElevator(log, { enable: [{ exitCode: 3010 }] }), resume: new FakeResume(log) };
  const host = createAppHost({ env: { ...process.env, ...fake.env }, launchArgs, setup: { steps: [featureStep, userAfterRestart], pty: new FakePty(log, {}), exec, ports, verify } });
  hosts.push(host);
  return host;
}
function settled(host: AppHost, state: SetupRunView['state']): Promise<SetupRunView> {
  return new Promise((resolve) => host.subscribe((channel, payload) => channel === 'setup:state' && (payload as SetupRunView).state === state && resolve(payload as SetupRunView)));
}
const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
afterAll(async () => {
  await Promise.all(hosts.map((h) => h.dispose()));
  fake.dispose();
});

describe('setup restart and resume channels', () => {
  it('refuses a password with a line break, a NUL, none at all or over 256 characters', async () => {
    const host = newHost();
    for (const password of ['a\nb', 'a\rb', 'a\0b', '', 'x'.repeat(257)]) {
      expect(await host.invoke('setup:apply', [{ profile: 'beginner', choices: { user: 'taro' }, accepted: true, password }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(await host.invoke('setup:resume', [{ password }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await host.invoke('setup:resume', [{ password: 'x', extra: 1 }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(journal.saved).toHaveLength(0);
  });

  it('restarts only the run that waits for it, then a --resume launch asks for the password and goes on', async () => {
    const first = newHost();
    const pending = settled(first, 'reboot-pending');
    const { runId } = value<{ runId: string }>(await first.invoke('setup:apply', [{ profile: 'beginner', choices: { user: 'taro' }, accepted: true, password: PASSWORD }]));
    await pending;
    // Another run id is not restarted; nothing ran.
    expect(await first.invoke('setup:restart', [{ runId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(exec.calls.filter((c) => c.spec.label === 'restart')).toHaveLength(0);
    expect(value(await first.invoke('setup:restart', [{ runId }]))).toEqual({ restarting: true });
    expect(exec.calls.filter((c) => c.spec.label === 'restart').map((c) => c.spec.args)).toEqual([['/r', '/t', '0']]);
    await first.dispose();
    restarted = true;

    // Windows starts the app again with --resume: the password was never saved, so it is asked for.
    const second = newHost(['--resume']);
    const status = value<SetupStatus>(await second.invoke('setup:get', []));
    expect(status.run).toMatchObject({ runId, state: 'reboot-pending', steps: [{ stepId: 'test.feature', state: 'reboot-pending' }, { stepId: 'test.user', state: 'pending' }] });
    expect(status.resumeError?.msg.key).toBe('setup.error.passwordNeeded');
    expect(status.titles['test.user']).toEqual(userStep.title);
    const done = settled(second, 'done');
    expect(value(await second.invoke('setup:resume', [{ password: PASSWORD }]))).toEqual({ runId });
    expect(await done).toMatchObject({ runId, steps: [{ state: 'done' }, { state: 'done' }] });
    expect(value(await second.invoke('setup:get', []))).toMatchObject({ run: { runId, state: 'done' }, resumeError: null });
    expect(await second.invoke('setup:restart', [{ runId }])).toMatchObject({ ok: false, error: { code: 'not-found' } });

    // The password reached chpasswd's stdin and nothing else: not argv, not the journal.
    expect(exec.calls.find((c) => c.spec.label === 'chpasswd')?.stdin).toBe(`taro:${PASSWORD}\n`);
    expect(JSON.stringify(journal.saved)).not.toContain('battery');
    expect(exec.calls.flatMap((c) => c.spec.args).join(' ')).not.toContain('battery');
  });

  it('a launch without --resume shows the journaled run and starts nothing', async () => {
    const before = exec.calls.length;
    const third = newHost();
    expect(value(await third.invoke('setup:get', []))).toMatchObject({ run: { state: 'done' }, resumeError: null });
    expect(exec.calls.length).toBe(before);
  });
});
