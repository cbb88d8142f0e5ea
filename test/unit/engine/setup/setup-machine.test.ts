import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../../electron/contract/checks.js';
import { msg } from '../../../../electron/contract/messages.js';
import type { RunJournal } from '../../../../electron/engine/setup/ports.js';
import type { QueuedStep } from '../../../../electron/engine/setup/queue.js';
import { buildQueue } from '../../../../electron/engine/setup/queue.js';
import type { SetupEffect, SetupEvent, SetupState } from '../../../../electron/engine/setup/setup-machine.js';
import { initialSetupState, journalOf, resumeSetupState, transition } from '../../../../electron/engine/setup/setup-machine.js';
import { allPass, results, stepContext, testSteps } from './test-steps.js';

const NOW = '2026-12-03T10:00:00.000Z';

function queue(ids: string[], params: Record<string, unknown> = {}): QueuedStep[] {
  const entries = ids.map((stepId) => ({ stepId, params: stepId === 'test.distro' || stepId === 'test.torch' ? { distro: 'Ubuntu-24.04' } : stepId === 'test.user' ? { distro: 'Ubuntu-24.04', user: 'ml', setPassword: true } : {}, ...params }));
  const q = buildQueue(entries, testSteps, stepContext());
  if (!q.ok) throw new Error(q.reason);
  return q.queue;
}

function fresh(ids: string[]): SetupState {
  return initialSetupState({ runId: 'r-1', profile: 'beginner', choices: {}, createdAt: NOW, queue: queue(ids) });
}

/** Feeds events; returns the final state and each event's effect types. */
function drive(state: SetupState, events: SetupEvent[]): { state: SetupState; effects: SetupEffect[][]; types: string[][] } {
  const effects: SetupEffect[][] = [];
  for (const e of events) {
    const t = transition(state, e, NOW);
    state = t.state;
    effects.push(t.effects);
  }
  return { state, effects, types: effects.map((es) => es.map((x) => x.type)) };
}

const verified = (r: CheckResult[]): SetupEvent => ({ type: 'verified', results: r });
const exited = (commandId: string, outcome: 'ok' | 'failed' | 'retryable' | 'reboot-required' | 'cancelled', exitCode: number | null = 0, attempt = 1): SetupEvent => ({ type: 'command-exited', commandId, attempt, outcome, exitCode });
const fail = results({});
const stateOf = (s: SetupState) => s.steps.map((x) => x.state);

describe('setup machine', () => {
  it('verifies before, opens elevation once, journals "running" before the command, verifies after', () => {
    const { state, types, effects } = drive(fresh(['test.feature', 'test.distro']), [
      { type: 'start' },
      verified(fail),
      { type: 'elevation-opened' },
      exited('enable', 'ok'),
      verified(allPass(['feat.on'])),
      verified(results({ 'tool.installed': 'pass' })),
      exited('install', 'ok'),
      verified(allPass(['distro.present'])),
    ]);
    expect(types).toEqual([
      ['verify', 'emit'],
      ['open-elevation', 'emit'],
      ['journal-write', 'run-command', 'emit'],
      ['verify', 'emit'],
      ['journal-write', 'verify', 'emit'],
      ['journal-write', 'run-command', 'emit'],
      ['verify', 'emit'],
      ['journal-write', 'close-elevation', 'journal-write', 'emit'],
    ]);
    expect(effects[0]?.[0]).toEqual({ type: 'verify', stepId: 'test.feature', checkIds: ['feat.on'] });
    expect(effects[4]?.[1]).toEqual({ type: 'verify', stepId: 'test.distro', checkIds: ['distro.present', 'tool.installed'] });
    const started = effects[2]?.[0];
    expect(started?.type === 'journal-write' && started.journal.steps[0]).toMatchObject({ stepId: 'test.feature', state: 'running', attempts: 1, startedAt: NOW });
    expect(state.phase).toBe('done');
    expect(stateOf(state)).toEqual(['done', 'done']);
    expect(state.steps[0]?.before).toMatchObject({ 'feat.on': 'fail' });
    expect(state.steps[0]?.after).toEqual({ 'feat.on': 'pass' });
  });

  it('skips a step whose verify checks pass already, without elevation', () => {
    const { state, types } = drive(fresh(['test.feature']), [{ type: 'start' }, verified(allPass(['feat.on']))]);
    expect(types[1]).toEqual(['journal-write', 'journal-write', 'emit']);
    expect(stateOf(state)).toEqual(['already-done']);
    expect(state.phase).toBe('done');
  });

  it('opens elevation only once for consecutive admin steps', () => {
    const { types } = drive(fresh(['test.feature', 'test.install']), [
      { type: 'start' },
      verified(fail),
      { type: 'elevation-opened' },
      exited('enable', 'ok'),
      verified(allPass(['feat.on'])),
      verified(results({ 'feat.on': 'pass' })),
    ]);
    expect(types.flat().filter((t) => t === 'open-elevation')).toHaveLength(1);
    expect(types[5]).toEqual(['journal-write', 'run-command', 'emit']);
  });

  it('retries a retryable command with the policy backoff, then runs the fallback', () => {
    const { state, effects } = drive(fresh(['test.install']), [
      { type: 'start' },
      verified(results({ 'feat.on': 'pass' })),
      { type: 'elevation-opened' },
      exited('store', 'retryable', 1618, 1),
      { type: 'waited' },
      exited('store', 'retryable', 1618, 2),
      { type: 'waited' },
      exited('store', 'retryable', 1618, 3),
      exited('web', 'ok', 0, 1),
      verified(allPass(['tool.installed'])),
    ]);
    expect(effects[3]?.[0]).toEqual({ type: 'wait', ms: 1000 });
    expect(effects[4]?.[0]).toEqual({ type: 'run-command', stepId: 'test.install', commandId: 'store', attempt: 2 });
    expect(effects[5]?.[0]).toEqual({ type: 'wait', ms: 5000 });
    expect(effects[7]?.[0]).toEqual({ type: 'run-command', stepId: 'test.install', commandId: 'web', attempt: 1 });
    expect(stateOf(state)).toEqual(['done']);
  });

  it('does not run the fallback when the first command works', () => {
    const { types } = drive(fresh(['test.install']), [{ type: 'start' }, verified(results({ 'feat.on': 'pass' })), { type: 'elevation-opened' }, exited('store', 'ok')]);
    expect(types[3]).toEqual(['verify', 'emit']);
  });

  it('fails a step whose command fails with no fallback, with a retry next action', () => {
    const { state } = drive(fresh(['test.distro']), [{ type: 'start' }, verified(results({ 'tool.installed': 'pass' })), exited('install', 'failed', 1)]);
    expect(state.phase).toBe('failed');
    expect(state.steps[0]).toMatchObject({ state: 'failed', exitCode: 1, outcome: 'failed', next: { kind: 'retry', label: msg('setup.next.commandFailed', { command: 'install', exitCode: 1 }) } });
  });

  it('fails a step whose verify after does not pass, pointing at the failing check\'s fix step', () => {
    const after: CheckResult[] = [{ ...results({}, ['distro.present'])[0]!, fix: { text: msg('fix.it'), stepId: 'test.other' } }];
    const { state } = drive(fresh(['test.distro']), [{ type: 'start' }, verified(results({ 'tool.installed': 'pass' })), exited('install', 'ok'), verified(after)]);
    expect(state.steps[0]).toMatchObject({ state: 'failed', after: { 'distro.present': 'fail' }, next: { kind: 'step', stepId: 'test.other', label: msg('fix.it') } });
  });

  it('blocks a step whose precondition neither passes nor warns', () => {
    const { state, types } = drive(fresh(['test.distro']), [{ type: 'start' }, verified(fail)]);
    expect(types[1]).not.toContain('run-command');
    expect(state.steps[0]).toMatchObject({ state: 'blocked', next: { kind: 'support', label: msg('setup.next.blocked', { checks: 'tool.installed' }) } });
    expect(state.phase).toBe('failed');
  });

  it('a reboot-required step waits for the restart: the step depending on it asks for the reboot and registers the resume', () => {
    const { state, types, effects } = drive(fresh(['test.feature', 'test.install']), [{ type: 'start' }, verified(fail), { type: 'elevation-opened' }, exited('enable', 'reboot-required', 3010)]);
    expect(types[3]).toEqual(['journal-write', 'register-resume', 'close-elevation', 'journal-write', 'request-reboot', 'emit']);
    expect(effects[3]?.[4]).toEqual({ type: 'request-reboot', stepId: 'test.feature' });
    const j = effects[3]?.[3];
    expect(j?.type === 'journal-write' && j.journal).toMatchObject({ rebootRequestedBy: 'test.feature', resumeRegistered: true });
    expect(stateOf(state)).toEqual(['reboot-pending', 'pending']);
    expect(state.phase).toBe('reboot-pending');
  });

  it('carries on past a reboot-pending step with steps that do not need it, then asks for the restart at the end', () => {
    const { state, types } = drive(fresh(['test.feature', 'test.distro']), [
      { type: 'start' },
      verified(fail),
      { type: 'elevation-opened' },
      exited('enable', 'reboot-required', 3010),
      verified(results({ 'tool.installed': 'pass' })),
      exited('install', 'ok'),
      verified(allPass(['distro.present'])),
    ]);
    expect(types[3]).toEqual(['journal-write', 'verify', 'emit']);
    expect(types[6]).toContain('request-reboot');
    expect(stateOf(state)).toEqual(['reboot-pending', 'done']);
  });

  it('cancels a running command through the runner and ends cancelled when it stops', () => {
    const s = drive(fresh(['test.distro', 'test.user']), [{ type: 'start' }, verified(results({ 'tool.installed': 'pass' })), { type: 'cancel' }, exited('install', 'cancelled', null)]);
    expect(s.effects[2]?.[0]).toEqual({ type: 'cancel-command', stepId: 'test.distro', commandId: 'install' });
    expect(stateOf(s.state)).toEqual(['cancelled', 'pending']);
    expect(s.state.phase).toBe('cancelled');
  });

  it('cancels at once during a backoff or a verify, and ignores what arrives afterwards', () => {
    const backoff = drive(fresh(['test.install']), [{ type: 'start' }, verified(results({ 'feat.on': 'pass' })), { type: 'elevation-opened' }, exited('store', 'retryable', 1618), { type: 'cancel' }, { type: 'waited' }]);
    expect(backoff.types[4]).toEqual(['close-elevation', 'journal-write', 'emit']);
    expect(backoff.types[5]).toEqual([]);
    expect(stateOf(backoff.state)).toEqual(['cancelled']);
    const verifying = drive(fresh(['test.distro']), [{ type: 'start' }, { type: 'cancel' }, verified(allPass())]);
    expect(stateOf(verifying.state)).toEqual(['pending']);
    expect(verifying.state.phase).toBe('cancelled');
    expect(verifying.types[2]).toEqual([]);
  });

  it('ignores a command end that is not the one it waits for', () => {
    const { types } = drive(fresh(['test.distro']), [{ type: 'start' }, verified(results({ 'tool.installed': 'pass' })), exited('other', 'ok'), exited('install', 'ok', 0, 2)]);
    expect(types[2]).toEqual([]);
    expect(types[3]).toEqual([]);
  });

  it('stops with a support next action when elevation is refused by another user', () => {
    const { state, types } = drive(fresh(['test.feature']), [{ type: 'start' }, verified(fail), { type: 'elevation-refused', refusal: { kind: 'other-user', elevatedAs: 'ADMIN', expected: 'alice' } }]);
    expect(types[2]).not.toContain('run-command');
    expect(state.steps[0]).toMatchObject({ state: 'failed', next: { kind: 'support', label: msg('setup.next.elevationOtherUser', { elevatedAs: 'ADMIN', expected: 'alice' }) } });
  });

  it('records what a stack installed when it is done, for undo', () => {
    const { state } = drive(fresh(['test.torch']), [{ type: 'start' }, verified(results({ 'distro.user': 'pass' })), exited('pip', 'ok'), verified(allPass(['fw.torch']))]);
    expect(journalOf(state).undo).toEqual([{ stack: 'pytorch', aptPackages: [], aptSources: [], paths: ['/home/ml/venv'] }]);
  });
});

describe('setup machine: resume from a journal', () => {
  function journal(states: RunJournal['steps'][number]['state'][], extra: Partial<RunJournal> = {}): RunJournal {
    const s = fresh(['test.feature', 'test.install', 'test.distro']);
    const j = journalOf(s);
    return { ...j, steps: j.steps.map((x, i) => ({ ...x, state: states[i] ?? 'pending', attempts: states[i] === 'pending' ? 0 : 1 })), ...extra };
  }

  for (const interrupted of ['running', 'resumed', 'reboot-pending'] as const) {
    it(`re-verifies a step found ${interrupted} first and counts it done only when its checks pass`, () => {
      const j = journal(['done', interrupted, 'pending']);
      const state = resumeSetupState(j, queue(['test.feature', 'test.install', 'test.distro']));
      expect(stateOf(state)).toEqual(['done', 'resumed', 'pending']);
      const passed = drive(state, [{ type: 'start' }, verified(allPass(['feat.on', 'tool.installed']))]);
      expect(passed.effects[0]?.[0]).toEqual({ type: 'verify', stepId: 'test.install', checkIds: ['tool.installed', 'feat.on'] });
      expect(passed.types[1]).not.toContain('run-command');
      expect(stateOf(passed.state)).toEqual(['done', 'done', 'pending']);
    });

    it(`retries a step found ${interrupted} when its checks do not pass (never assumed done)`, () => {
      const state = resumeSetupState(journal(['done', interrupted, 'pending']), queue(['test.feature', 'test.install', 'test.distro']));
      const retried = drive(state, [{ type: 'start' }, verified(results({ 'feat.on': 'pass' })), { type: 'elevation-opened' }]);
      expect(retried.types[2]).toEqual(['journal-write', 'run-command', 'emit']);
      expect(retried.state.steps[1]).toMatchObject({ state: 'running', attempts: 2 });
    });
  }

  it('removes the resume registration when the resumed run finishes', () => {
    const j = journal(['done', 'done', 'reboot-pending'], { resumeRegistered: true, rebootRequestedBy: 'test.distro' });
    const { state, types } = drive(resumeSetupState(j, queue(['test.feature', 'test.install', 'test.distro'])), [{ type: 'start' }, verified(allPass())]);
    expect(types[1]).toEqual(['journal-write', 'unregister-resume', 'journal-write', 'emit']);
    expect(state.phase).toBe('done');
    expect(journalOf(state).resumeRegistered).toBe(false);
  });

  it('tries failed and cancelled steps again', () => {
    const state = resumeSetupState(journal(['done', 'failed', 'cancelled']), queue(['test.feature', 'test.install', 'test.distro']));
    expect(stateOf(state)).toEqual(['done', 'pending', 'pending']);
  });
});
