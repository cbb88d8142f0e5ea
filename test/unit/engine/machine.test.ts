import { describe, expect, it } from 'vitest';
import type { CheckResult, CheckStatus, DiagnoseReport } from '../../../electron/contract/checks.js';
import type { EngineEvent, EngineState, StepInfo } from '../../../electron/engine/machine.js';
import { initialState, transition } from '../../../electron/engine/machine.js';

const step = (id: string, over: Partial<StepInfo> = {}): StepInfo => ({ id, platforms: ['windows'], verify: ['wsl.version'], defaultParams: () => ({}), setupOnly: false, ...over });
const steps: StepInfo[] = [
  step('wsl.update'),
  step('linux.only', { platforms: ['linux'] }),
  step('no.checks', { verify: [] }),
  step('not.here', { defaultParams: () => null }),
  step('needs.password', { setupOnly: true }),
];
const report = { schema: 'wsl-gpu-setup/diagnose@1', createdAt: 't', facts: {}, checks: [], readiness: 'not-ready' } as unknown as DiagnoseReport;
const result = (id: string, status: CheckStatus) => ({ id, status }) as CheckResult;
/** A state whose last report gives the steps their params. */
const reported = (): EngineState => ({ ...initialState(), report });

function run(events: EngineEvent[], state: EngineState = reported()) {
  const log = [];
  for (const e of events) {
    const t = transition(state, e, steps, 'windows');
    state = t.state;
    log.push(t);
  }
  return { state, log };
}

describe('engine transition', () => {
  it('starts one probe and coalesces requests made while probing', () => {
    const { state, log } = run([{ type: 'diagnose-requested' }, { type: 'diagnose-requested' }, { type: 'diagnose-requested' }], initialState());
    expect(log[0]?.effects.map((e) => e.type)).toEqual(['probe', 'emit-state']);
    expect(log[1]?.effects).toEqual([]);
    expect(state.probeAgain).toBe(true);
    const done = transition(state, { type: 'diagnose-finished', report }, steps, 'windows');
    expect(done.effects.map((e) => e.type)).toEqual(['probe', 'emit-state']);
    expect(done.state.probing).toBe(true);
    const last = transition(done.state, { type: 'diagnose-finished', report }, steps, 'windows');
    expect(last.state.probing).toBe(false);
    expect(last.effects.map((e) => e.type)).toEqual(['emit-state']);
  });

  it('a repair: step requested → verify before → run → verify after → before/after recorded', () => {
    const { state, log } = run([
      { type: 'step-requested', stepId: 'wsl.update' },
      { type: 'verified', runId: 'run-1', results: [result('wsl.version', 'warn')] },
      { type: 'run-exited', runId: 'run-1', outcome: 'ok', exitCode: 0 },
      { type: 'verified', runId: 'run-1', results: [result('wsl.version', 'pass')] },
    ]);
    expect(log[0]?.reply).toEqual({ ok: true, value: { runId: 'run-1' } });
    expect(log[0]?.effects[0]).toEqual({ type: 'verify', runId: 'run-1', checkIds: ['wsl.version'] });
    expect(log[1]?.effects[0]).toEqual({ type: 'start-run', runId: 'run-1', stepId: 'wsl.update', params: {} });
    expect(log[1]?.state.steps['wsl.update']?.before).toEqual({ 'wsl.version': 'warn' });
    expect(log[2]?.effects[0]).toEqual({ type: 'verify', runId: 'run-1', checkIds: ['wsl.version'] });
    expect(log[2]?.state.activeRun?.phase).toBe('verify-after');
    // After the verdict the run is over and the whole report is refreshed.
    expect(log[3]?.effects.map((e) => e.type)).toEqual(['probe', 'emit-state']);
    expect(state.activeRun).toBeNull();
    expect(state.steps['wsl.update']).toEqual({ lastOutcome: 'ok', lastExitCode: 0, before: { 'wsl.version': 'warn' }, after: { 'wsl.version': 'pass' } });
  });

  it('runs a step the person asked for even when its checks already pass (the verdict is kept as before)', () => {
    const { log } = run([{ type: 'step-requested', stepId: 'wsl.update' }, { type: 'verified', runId: 'run-1', results: [result('wsl.version', 'pass')] }]);
    expect(log[1]?.effects[0]).toMatchObject({ type: 'start-run', stepId: 'wsl.update' });
  });

  it('judges nothing after a failed or cancelled run, and runs a step without checks at once', () => {
    for (const outcome of ['failed', 'cancelled', 'launch-failed'] as const) {
      const { state, log } = run([{ type: 'step-requested', stepId: 'wsl.update' }, { type: 'verified', runId: 'run-1', results: [result('wsl.version', 'fail')] }, { type: 'run-exited', runId: 'run-1', outcome, exitCode: 1 }]);
      expect(log[2]?.effects.map((e) => e.type)).toEqual(['emit-state']);
      expect(state.activeRun).toBeNull();
      expect(state.steps['wsl.update']).toEqual({ lastOutcome: outcome, lastExitCode: 1, before: { 'wsl.version': 'fail' }, after: {} });
    }
    const { log } = run([{ type: 'step-requested', stepId: 'no.checks' }, { type: 'run-exited', runId: 'run-1', outcome: 'ok', exitCode: 0 }]);
    expect(log[0]?.effects[0]).toEqual({ type: 'start-run', runId: 'run-1', stepId: 'no.checks', params: {} });
    expect(log[1]?.effects.map((e) => e.type)).toEqual(['probe', 'emit-state']);
  });

  it('mints run ids and refuses a second run while one is active', () => {
    const { state, log } = run([{ type: 'step-requested', stepId: 'wsl.update' }, { type: 'step-requested', stepId: 'wsl.update' }]);
    expect(log[0]?.reply).toEqual({ ok: true, value: { runId: 'run-1' } });
    expect(log[1]?.reply).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(state.activeRun).toMatchObject({ runId: 'run-1', stepId: 'wsl.update' });
  });

  it('refuses, with a next action and no effects: unknown, other platform, setup-only, not applicable here', () => {
    const { log } = run([
      { type: 'step-requested', stepId: 'nope' },
      { type: 'step-requested', stepId: 'linux.only' },
      { type: 'step-requested', stepId: 'needs.password' },
      { type: 'step-requested', stepId: 'not.here' },
    ]);
    expect(log.map((t) => (t.reply && !t.reply.ok ? t.reply.error.code : null))).toEqual(['not-found', 'not-supported', 'not-supported', 'not-supported']);
    expect(log[2]?.reply).toMatchObject({ error: { msg: { key: 'error.step.needsSetup' }, next: { kind: 'retry', label: { key: 'next.step.useSetup' } } } });
    expect(log[3]?.reply).toMatchObject({ error: { msg: { key: 'error.step.notApplicable' } } });
    expect(log.flatMap((t) => t.effects)).toEqual([]);
  });

  it('before the first report: diagnoses, then takes the params from those facts and goes on', () => {
    const { state, log } = run([{ type: 'step-requested', stepId: 'wsl.update' }, { type: 'diagnose-finished', report }], initialState());
    expect(log[0]?.reply).toEqual({ ok: true, value: { runId: 'run-1' } });
    expect(log[0]?.effects.map((e) => e.type)).toEqual(['probe', 'emit-state']);
    expect(log[1]?.effects[0]).toEqual({ type: 'verify', runId: 'run-1', checkIds: ['wsl.version'] });
    expect(state.activeRun).toMatchObject({ runId: 'run-1', phase: 'verify-before' });
    // A step the facts then rule out ends before anything started, and says so.
    const out = run([{ type: 'step-requested', stepId: 'not.here' }, { type: 'diagnose-finished', report }], initialState());
    expect(out.log[1]?.effects[0]).toMatchObject({ type: 'exit-run', runId: 'run-1', stepId: 'not.here', outcome: 'failed' });
    expect(out.state.activeRun).toBeNull();
  });

  it('cancels while judging before: nothing runs, the exit is reported, the late verdict is ignored', () => {
    const { state, log } = run([
      { type: 'step-requested', stepId: 'wsl.update' },
      { type: 'cancel-requested', runId: 'run-1' },
      { type: 'verified', runId: 'run-1', results: [result('wsl.version', 'warn')] },
    ]);
    expect(log[1]?.reply).toEqual({ ok: true, value: { cancelled: true } });
    expect(log[1]?.effects[0]).toEqual({ type: 'exit-run', runId: 'run-1', stepId: 'wsl.update', outcome: 'cancelled', tail: '' });
    expect(log[2]?.effects).toEqual([]);
    expect(state.activeRun).toBeNull();
    expect(state.steps['wsl.update']?.lastOutcome).toBe('cancelled');
  });

  it('ignores exits, verdicts and cancels of runs that are not active', () => {
    const { state, log } = run([
      { type: 'step-requested', stepId: 'wsl.update' },
      { type: 'verified', runId: 'run-1', results: [] },
      { type: 'run-exited', runId: 'run-9', outcome: 'ok', exitCode: 0 },
      { type: 'verified', runId: 'run-9', results: [] },
      { type: 'cancel-requested', runId: 'run-9' },
      { type: 'cancel-requested', runId: 'run-1' },
    ]);
    expect(log[2]?.effects).toEqual([]);
    expect(log[3]?.effects).toEqual([]);
    expect(log[4]?.reply).toEqual({ ok: true, value: { cancelled: false } });
    expect(log[5]?.effects).toEqual([{ type: 'cancel-run', runId: 'run-1' }]);
    expect(state.activeRun?.runId).toBe('run-1');
  });
});
