import { afterAll, describe, expect, it } from 'vitest';
import { createAppHost } from '../../../electron/app/create-app-host.js';
import type { SetupPlan, SetupRunView } from '../../../electron/contract/setup.js';
import type { AnySetupStep } from '../../../electron/engine/steps/model.js';
import { scenarios } from '../../fakes/scenarios.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';
import type { LogEntry } from '../../unit/engine/setup/fake-ports.js';
import { FakeElevator, FakeExec, FakePty, FakeResume, MemoryJournal } from '../../unit/engine/setup/fake-ports.js';
import { distroStep } from '../../unit/engine/setup/test-steps.js';

// The setup channels through the contract host: the renderer names a profile and choices and
// consents; the main process plans again itself and runs; states come back as setup:state.
const fake = makeFakeSystemRoot(scenarios.healthyEnglish);
const log: LogEntry[] = [];
const pty = new FakePty(log, {});
const steps: AnySetupStep[] = [{ ...distroStep, preconditions: [], verify: ['test.install'] }];
const host = createAppHost({
  env: { ...process.env, ...fake.env },
  setup: {
    steps,
    pty,
    exec: new FakeExec(log, {}),
    ports: { journal: new MemoryJournal(log), elevator: new FakeElevator(log, {}), resume: new FakeResume(log) },
    verify: (ids) => Promise.resolve(ids.map((id) => ({ id, category: 'wsl' as const, status: pty.started.length ? ('pass' as const) : ('fail' as const), title: { key: id }, summary: { key: id }, evidence: [] }))),
  },
});
afterAll(async () => {
  await host.dispose();
  fake.dispose();
});

describe('setup channels', () => {
  it('plans, applies with consent and streams the run state to the end', async () => {
    const plan = await host.invoke('setup:plan', [{ profile: 'beginner', choices: { distro: 'Ubuntu-22.04' } }]);
    expect(plan.ok).toBe(true);
    expect((plan as { value: SetupPlan }).value.steps[0]?.commands[0]?.argv.slice(1)).toEqual(['--install', 'Ubuntu-22.04', '--no-launch']);
    const views: SetupRunView[] = [];
    const ended = new Promise<void>((resolve) =>
      host.subscribe((channel, payload) => {
        if (channel !== 'setup:state') return;
        views.push(payload as SetupRunView);
        if ((payload as SetupRunView).state === 'done') resolve();
      }),
    );
    const applied = await host.invoke('setup:apply', [{ profile: 'beginner', choices: { distro: 'Ubuntu-22.04' }, accepted: true }]);
    expect(applied).toMatchObject({ ok: true });
    const runId = (applied as { value: { runId: string } }).value.runId;
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    await ended;
    expect(views.at(-1)).toMatchObject({ runId, state: 'done', steps: [{ stepId: 'test.distro', state: 'done' }] });
    expect(await host.invoke('setup:cancel', [{ runId }])).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('refuses apply without consent or with a hostile name before anything runs', async () => {
    const before = fake.calls().length;
    const started = pty.started.length;
    for (const args of [{ profile: 'beginner', choices: {} }, { profile: 'beginner', choices: { distro: 'x;calc' }, accepted: true }, { profile: 'beginner', choices: { user: 'root' }, accepted: true }]) {
      expect(await host.invoke('setup:apply', [args])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(fake.calls().length).toBe(before);
    expect(pty.started.length).toBe(started);
  });
});
