import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../../electron/contract/errors.js';
import type { SetupRunView } from '../../../../electron/contract/setup.js';
import type { SetupDeps } from '../../../../electron/engine/setup/interpreter.js';
import { SetupInterpreter } from '../../../../electron/engine/setup/interpreter.js';
import { planSetup } from '../../../../electron/engine/setup/plan-setup.js';
import type { JournalLoad, JournalStore, RunJournal } from '../../../../electron/engine/setup/ports.js';
import { FileJournalStore } from '../../../../electron/journal/file-journal-store.js';
import { errnoError, MemoryJournalFs } from '../../journal/journal-helpers.js';
import { healthyFacts } from '../checks/facts-for.js';
import type { LogEntry, Script } from './fake-ports.js';
import { FakeElevator, FakeExec, FakePty, FakeResume, ManualClock, MemoryJournal } from './fake-ports.js';
import { ALL_CHECKS, results, stepContext, testSteps } from './test-steps.js';

/** Which checks pass once a command (by label / command id) has succeeded. */
const PROVES: Record<string, string> = { enable: 'feat.on', store: 'tool.installed', web: 'tool.installed', install: 'distro.present', chpasswd: 'distro.user', pip: 'fw.torch' };
const PASSWORD = 'hunter2-secret';

function harness(opts: { script?: Script; passing?: string[]; journal?: JournalLoad; failSaves?: boolean; refuse?: ConstructorParameters<typeof FakeElevator>[2]; store?: JournalStore } = {}) {
  const log: LogEntry[] = [];
  const script = opts.script ?? {};
  const passing = new Set(opts.passing ?? []);
  const journal = new MemoryJournal(log, opts.journal, opts.failSaves);
  const pty = new FakePty(log, script);
  const exec = new FakeExec(log, script);
  const elevator = new FakeElevator(log, script, opts.refuse ?? null);
  const resume = new FakeResume(log);
  const clock = new ManualClock();
  const reboots: string[] = [];
  const deps: SetupDeps = {
    steps: testSteps,
    ctx: stepContext(),
    secrets: { password: PASSWORD },
    journal: opts.store ?? journal,
    elevator,
    resume,
    pty,
    exec,
    clock,
    now: () => new Date('2026-12-03T10:00:00Z'),
    onRebootRequested: (id) => reboots.push(id),
    verify: (ids) => {
      log.push({ port: 'verify', what: ids.join(',') });
      return Promise.resolve(results(Object.fromEntries([...passing].map((id) => [id, 'pass' as const])), ids));
    },
  };
  const interpreter = new SetupInterpreter(deps);
  const views: SetupRunView[] = [];
  const output: string[] = [];
  interpreter.subscribe((e) => (e.channel === 'setup:state' ? views.push(e.payload) : output.push(e.payload.data)));
  const prove = (label: string) => {
    const check = PROVES[label];
    if (check) passing.add(check);
  };
  return { log, journal, pty, exec, elevator, resume, clock, reboots, interpreter, views, output, passing, prove };
}

function freshPlan(passing: string[] = []) {
  const r = planSetup({ facts: healthyFacts(), report: results(Object.fromEntries(passing.map((id) => [id, 'pass' as const]))), profile: 'beginner', choices: { stacks: ['pytorch'] }, steps: testSteps, ctx: stepContext() });
  if (!r.ok) throw new Error('no plan');
  return r.plan;
}

/** Lets queued promise callbacks run (every fake answers in a microtask); no wall-clock waits. */
async function settle(cond: () => boolean = () => false): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setImmediate(r));
}

describe('setup interpreter', () => {
  it('runs a fresh plan: admin steps in the broker behind one elevation, user steps in the pty, the secret on stdin only, "running" journaled before each command', async () => {
    const h = harness();
    // The fakes' world: each successful command makes its check pass.
    const origStart = h.pty.start.bind(h.pty);
    h.pty.start = (spec) => (h.prove(spec.label), origStart(spec));
    const origExec = h.exec.exec.bind(h.exec);
    h.exec.exec = (spec, o) => (h.prove(spec.label), origExec(spec, o));
    const origOpen = h.elevator.open.bind(h.elevator);
    h.elevator.open = async () => {
      const r = await origOpen();
      if (r.ok) {
        const run = r.session.run.bind(r.session);
        r.session.run = (req, on) => (h.prove(req.commandId), run(req, on));
      }
      return r;
    };
    const started = h.interpreter.start(freshPlan());
    expect(started.ok).toBe(true);
    const view = await h.interpreter.settled();
    expect(view.state).toBe('done');
    expect(view.steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    if (!started.ok) return;
    expect(started.runId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(h.elevator.opened).toBe(1);
    expect(h.elevator.runs.map((r) => `${r.stepId}/${r.commandId}`)).toEqual(['test.feature/enable', 'test.install/store']);
    expect(h.elevator.closed).toBe(1);
    expect(h.pty.started.map((s) => s.label)).toEqual(['install', 'useradd', 'pip']);
    expect(h.exec.calls.map((c) => [c.spec.label, c.stdin])).toEqual([['chpasswd', `ml:${PASSWORD}\n`]]);
    // Each command comes right after a journal write that shows its step running.
    h.log.forEach((e, i) => {
      if (e.port !== 'pty' && e.port !== 'exec' && e.port !== 'broker') return;
      const lastJournal = h.log.slice(0, i).reverse().find((x) => x.port === 'journal');
      expect(lastJournal?.journal?.steps.some((s) => s.state === 'running')).toBe(true);
    });
    // The secret is in no journal and no argv.
    expect(JSON.stringify(h.journal.saved)).not.toContain(PASSWORD);
    expect(JSON.stringify([...h.pty.started, ...h.exec.calls.map((c) => c.spec)])).not.toContain(PASSWORD);
    expect(h.journal.saved.every((j) => j.runId === started.runId)).toBe(true);
    expect(h.journal.saved.at(-1)?.undo).toEqual([{ stack: 'pytorch', aptPackages: [], aptSources: [], paths: ['/home/ml/venv'] }]);
  });

  it('reads the exit code only through the command\'s table: 4294967295 is -1 (failed), so the fallback runs', async () => {
    const h = harness({ script: { store: [{ exitCode: 4294967295 }], web: [{ exitCode: 0 }] }, passing: ['feat.on'] });
    h.interpreter.start(freshPlan(['feat.on']));
    await settle(() => h.elevator.runs.length >= 2);
    expect(h.elevator.runs.map((r) => r.commandId)).toEqual(['store', 'web']);
  });

  it('retries a retryable exit after the policy backoff on the injected clock, with no real sleep', async () => {
    const h = harness({ script: { store: [{ exitCode: 1618 }, { exitCode: 1618 }, { exitCode: 0 }] }, passing: ['feat.on'] });
    h.interpreter.start(freshPlan(['feat.on']));
    await settle(() => h.clock.pending() === 1);
    expect(h.clock.requested).toEqual([1000]);
    expect(h.elevator.runs).toHaveLength(1);
    h.clock.advance(1000);
    await settle(() => h.clock.pending() === 1 && h.elevator.runs.length === 2);
    expect(h.clock.requested).toEqual([1000, 5000]);
    h.clock.advance(5000);
    await settle(() => h.elevator.runs.length === 3);
    expect(h.elevator.runs.map((r) => r.commandId)).toEqual(['store', 'store', 'store']);
  });

  it('counts a process killed by a signal as failed, whatever its exit code', async () => {
    const h = harness({ script: { install: [{ exitCode: 0, signal: 9 }] }, passing: ['feat.on', 'tool.installed'] });
    h.interpreter.start(freshPlan(['feat.on', 'tool.installed']));
    const view = await h.interpreter.settled();
    expect(view.state).toBe('failed');
    expect(view.steps[0]).toMatchObject({ stepId: 'test.distro', state: 'failed', outcome: 'failed' });
  });

  it('cancels a hanging command through its handle and ends cancelled', async () => {
    const h = harness({ script: { install: [{ hang: true }] }, passing: ['feat.on', 'tool.installed'] });
    h.interpreter.start(freshPlan(['feat.on', 'tool.installed']));
    await settle(() => h.pty.started.length === 1);
    expect(h.interpreter.cancel()).toBe(true);
    const view = await h.interpreter.settled();
    expect(view.state).toBe('cancelled');
    expect(view.steps.map((s) => s.state)).toEqual(['cancelled', 'pending', 'pending']);
    expect(h.journal.saved.at(-1)?.steps[0]?.state).toBe('cancelled');
  });

  it('cancels an elevated command through the broker session', async () => {
    const h = harness({ script: { enable: [{ hang: true }] } });
    h.interpreter.start(freshPlan());
    await settle(() => h.elevator.runs.length === 1);
    h.interpreter.cancel();
    expect((await h.interpreter.settled()).state).toBe('cancelled');
    expect(h.elevator.cancelled).toBe(1);
  });

  it('starts no command when the journal cannot be written', async () => {
    const h = harness({ failSaves: true, passing: ['feat.on', 'tool.installed'] });
    h.interpreter.start(freshPlan(['feat.on', 'tool.installed']));
    const view = await h.interpreter.settled();
    expect(view.state).toBe('failed');
    expect(h.pty.started).toEqual([]);
    expect(view.steps[0]?.next?.label.key).toBe('setup.next.journalFailed');
  });

  it('a run whose final journal write fails is not reported done: failed, with an error that says the steps ran and where the journal is', async () => {
    const h = harness({ passing: ['feat.on', 'tool.installed', 'distro.present', 'distro.user'] });
    h.journal.location = '/home/alice/.local/state/wsl-gpu-setup';
    h.journal.failWhen = (j) => j.steps.every((s) => s.state === 'done' || s.state === 'already-done');
    const origStart = h.pty.start.bind(h.pty);
    h.pty.start = (spec) => (h.prove(spec.label), origStart(spec));
    h.interpreter.start(freshPlan(['feat.on', 'tool.installed', 'distro.present', 'distro.user']));
    const view = await h.interpreter.settled();
    expect(view.state).toBe('failed');
    // Nothing is lost: the step did run and stays done, and no view ever said the run was done.
    expect(view.steps.map((s) => s.state)).toEqual(['done']);
    expect(h.pty.started.map((s) => s.label)).toEqual(['pip']);
    expect(h.views.some((v) => v.state === 'done')).toBe(false);
    expect(view.error).toMatchObject({
      code: 'write-failed',
      msg: { key: 'setup.error.finalRecordNotSaved', params: { count: 1, reason: 'ENOSPC: no space left on device' } },
      next: { kind: 'retry', label: { key: 'setup.next.finalRecordNotSaved', params: { location: '/home/alice/.local/state/wsl-gpu-setup' } } },
    });
    expect(ERROR_CODES).toContain(view.error?.code);
  });

  it('the file journal on a disk that fills up during the last step: failed, its folder named, the earlier record kept', async () => {
    const fs = new MemoryJournalFs();
    const dir = '/home/alice/.local/state/wsl-gpu-setup';
    const store = new FileJournalStore({ dir, fs, sleep: () => Promise.resolve() });
    let full = false;
    fs.beforeWrite = (file) => {
      if (full) throw errnoError('ENOSPC', file);
    };
    const h = harness({ passing: ['feat.on', 'tool.installed', 'distro.present', 'distro.user'], store });
    const origStart = h.pty.start.bind(h.pty);
    h.pty.start = (spec) => ((full = true), h.prove(spec.label), origStart(spec));
    h.interpreter.start(freshPlan(['feat.on', 'tool.installed', 'distro.present', 'distro.user']));
    const view = await h.interpreter.settled();
    expect(view.state).toBe('failed');
    expect(view.error?.next.label).toEqual({ key: 'setup.next.finalRecordNotSaved', params: { location: dir } });
    expect(view.error?.msg.params?.reason).toContain('ENOSPC');
    // What the disk still holds is the record from before the last step ended: a resume re-verifies it.
    const load = await store.load();
    expect(load.kind === 'ok' && load.journal.steps.map((s) => s.state)).toEqual(['running']);
  });

  it('a failed write followed by a durable one in the same change counts as saved (each write is the whole record)', async () => {
    const h = harness({ passing: ['feat.on', 'tool.installed', 'distro.present', 'distro.user'] });
    let failed = 0;
    // The step's "done" write fails once; the run's final write right after it goes through.
    h.journal.failWhen = (j) => j.steps.every((s) => s.state === 'done') && failed++ === 0;
    const origStart = h.pty.start.bind(h.pty);
    h.pty.start = (spec) => (h.prove(spec.label), origStart(spec));
    h.interpreter.start(freshPlan(['feat.on', 'tool.installed', 'distro.present', 'distro.user']));
    const view = await h.interpreter.settled();
    expect(failed).toBe(2);
    expect(view.state).toBe('done');
    expect(view.error).toBeUndefined();
    await settle();
    expect(h.views.at(-1)?.state).toBe('done');
  });

  it('a run whose final journal write works is done, without an error', async () => {
    const h = harness({ passing: ['feat.on', 'tool.installed', 'distro.present', 'distro.user'] });
    const origStart = h.pty.start.bind(h.pty);
    h.pty.start = (spec) => (h.prove(spec.label), origStart(spec));
    h.interpreter.start(freshPlan(['feat.on', 'tool.installed', 'distro.present', 'distro.user']));
    const view = await h.interpreter.settled();
    expect(view.state).toBe('done');
    expect(view.error).toBeUndefined();
  });

  it('asks for a restart after a reboot-required exit: registers the resume with the run id, and settles reboot-pending', async () => {
    const h = harness({ script: { enable: [{ exitCode: 3010 }] } });
    const started = h.interpreter.start(freshPlan());
    const view = await h.interpreter.settled();
    expect(view.state).toBe('reboot-pending');
    expect(h.reboots).toEqual(['test.feature']);
    expect(h.resume.registered).toEqual([started.ok ? started.runId : '']);
    expect(h.journal.saved.at(-1)).toMatchObject({ rebootRequestedBy: 'test.feature', resumeRegistered: true });
  });

  it('a restart whose record could not be saved is not asked for: failed, the resume registration removed, the way out named', async () => {
    const h = harness({ script: { enable: [{ exitCode: 3010 }] } });
    h.journal.location = '/home/alice/.local/state/wsl-gpu-setup';
    h.journal.failWhen = (j) => j.rebootRequestedBy !== null;
    h.interpreter.start(freshPlan());
    const view = await h.interpreter.settled();
    expect(view.state).toBe('failed');
    expect(h.reboots).toEqual([]);
    expect(h.views.some((v) => v.state === 'reboot-pending')).toBe(false);
    expect(h.resume.unregistered).toBe(1);
    // The step itself succeeded and still waits for a restart: nothing is lost.
    expect(view.steps[0]?.state).toBe('reboot-pending');
    expect(view.error).toMatchObject({
      code: 'write-failed',
      msg: { key: 'setup.error.restartRecordNotSaved', params: { reason: 'ENOSPC: no space left on device' } },
      next: { kind: 'reboot', label: { key: 'setup.next.restartRecordNotSaved', params: { location: '/home/alice/.local/state/wsl-gpu-setup' } } },
    });
  });

  it('refuses an elevation given as another user: no admin command runs', async () => {
    const h = harness({ refuse: { kind: 'other-user', elevatedAs: 'ADMIN', expected: 'alice' } });
    h.interpreter.start(freshPlan());
    const view = await h.interpreter.settled();
    expect(view.steps[0]).toMatchObject({ state: 'failed', next: { kind: 'support' } });
    expect(h.elevator.runs).toEqual([]);
  });
});

describe('setup interpreter: resume', () => {
  function journalWith(states: RunJournal['steps'][number]['state'][], extra: Partial<RunJournal> = {}): JournalLoad {
    const plan = freshPlan(['feat.on']);
    const journal: RunJournal = {
      schema: 'wsl-gpu-setup/journal@1',
      runId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      profile: 'beginner',
      choices: plan.choices,
      createdAt: '2026-12-03T09:00:00.000Z',
      steps: plan.steps.map((s, i) => ({ stepId: s.stepId, params: s.params, state: states[i] ?? 'pending', attempts: 1, outcome: null, exitCode: null, startedAt: null, endedAt: null })),
      rebootRequestedBy: null,
      resumeRegistered: true,
      undo: [],
      ...extra,
    };
    return { kind: 'ok', journal, recoveredFrom: 'current' };
  }

  it('re-verifies the interrupted step first and, when it passes, goes on without running it again', async () => {
    const h = harness({ journal: journalWith(['running', 'pending', 'pending', 'pending']), passing: ALL_CHECKS });
    expect(await h.interpreter.resume()).toEqual({ kind: 'started', runId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' });
    const view = await h.interpreter.settled();
    expect(view.steps.map((s) => s.state)).toEqual(['done', 'already-done', 'already-done', 'already-done']);
    expect(h.log.find((e) => e.port === 'verify')?.what).toBe('tool.installed,feat.on');
    expect(h.elevator.runs).toEqual([]);
    expect(h.resume.unregistered).toBe(1);
  });

  it('runs the interrupted step again when its verify does not pass', async () => {
    const h = harness({ journal: journalWith(['running', 'pending', 'pending', 'pending']), passing: ['feat.on'] });
    await h.interpreter.resume();
    await settle(() => h.elevator.runs.length === 1);
    expect(h.elevator.runs[0]).toMatchObject({ stepId: 'test.install', commandId: 'store' });
  });

  it('runs nothing from a journal it cannot read or trust (unknown step, params that fail the schema)', async () => {
    const unreadable = harness({ journal: { kind: 'unreadable', reason: 'checksum mismatch' } });
    expect(await unreadable.interpreter.resume()).toEqual({ kind: 'unreadable', reason: 'checksum mismatch' });
    const good = journalWith(['running']);
    if (good.kind !== 'ok') throw new Error();
    const unknown = harness({ journal: { ...good, journal: { ...good.journal, steps: [{ ...good.journal.steps[0]!, stepId: 'evil.step' }] } } });
    expect((await unknown.interpreter.resume()).kind).toBe('invalid');
    const hostile = harness({ journal: { ...good, journal: { ...good.journal, steps: [{ ...good.journal.steps[1]!, params: { distro: 'x; rm -rf /' } }] } } });
    expect((await hostile.interpreter.resume()).kind).toBe('invalid');
    for (const h of [unreadable, unknown, hostile]) expect(h.log.filter((e) => ['pty', 'exec', 'broker', 'elevator'].includes(e.port))).toEqual([]);
  });

  it('says "none" without a journal', async () => {
    expect(await harness().interpreter.resume()).toEqual({ kind: 'none' });
  });
});
