import type { EventChannel, EventChannels } from '../contract/channels.js';
import type { CheckResult, DiagnoseReport } from '../contract/checks.js';
import type { EngineView } from '../contract/plan.js';
import type { HostInfo } from '../contract/platform.js';
import type { PtyRunnerLike } from '../runner/runner.js';
import type { Clock } from '../runner/timers.js';
import { diagnoseHost } from './diagnose.js';
import type { Effect, EngineEvent, EngineState, Reply, StepInfo } from './machine.js';
import { initialState, transition } from './machine.js';
import type { ProbeContext } from './model.js';
import type { Plan } from './plan/default-plan.js';
import type { Elevator, VerifyChecks } from './setup/ports.js';
import { parseStepParams } from './setup/step-commands.js';
import { StepRun } from './step-run.js';
import type { AnySetupStep, StepContext } from './steps/model.js';
import { verifyChecksWith } from './verify-checks.js';
import { engineView } from './view.js';

export type EngineListener = <C extends EventChannel>(channel: C, payload: EventChannels[C]) => void;

export interface EngineDeps {
  plan: Plan;
  ctx: ProbeContext;
  pty: PtyRunnerLike;
  /** The elevated broker for `admin` steps; without it they are refused with a pointer to the setup. */
  elevator?: Elevator;
  /** Re-judges named checks (default: the targeted verify over this plan). */
  verify?: VerifyChecks;
  now?: () => Date;
  /** Timers for a repair run's retry backoffs (tests drive them by hand); default the system clock. */
  clock?: Clock;
  log?: (line: string) => void;
}

/**
 * The interpreter: holds the state, feeds events through the pure `transition`, and carries out
 * the effects it returns (probes, runs, cancels, state pushes). All process work goes through
 * the injected runners.
 */
export class Engine {
  private state: EngineState = initialState();
  private readonly listeners = new Set<EngineListener>();
  private readonly runs = new Map<string, StepRun>();
  private diagnoseWaiters: ((report: DiagnoseReport) => void)[] = [];
  private readonly abort = new AbortController();

  private readonly stepInfo: readonly StepInfo[];

  constructor(private readonly deps: EngineDeps) {
    this.stepInfo = deps.plan.steps.map((s) => stepInfoOf(s, deps.elevator !== undefined));
  }

  /** Feeds one event through the machine and carries out its effects. */
  dispatch(event: EngineEvent): Reply {
    const t = transition(this.state, event, this.stepInfo, this.deps.ctx.host.platform);
    this.state = t.state;
    for (const effect of t.effects) this.perform(effect);
    return t.reply;
  }

  /** Runs every probe and check; resolves with the report of a probe pass that began after this call. */
  diagnose(): Promise<DiagnoseReport> {
    return new Promise((resolve) => {
      this.diagnoseWaiters.push(resolve);
      this.dispatch({ type: 'diagnose-requested' });
    });
  }

  /** The host this engine believes it runs on. */
  hostInfo(): HostInfo {
    return this.deps.ctx.host;
  }

  view(): EngineView {
    return engineView(this.state, this.deps.plan, this.deps.ctx.host.platform);
  }

  /**
   * Adds a listener (a view). Output is flow-controlled only while someone listens: a view that
   * acks may attach and detach (a reload), and a run must not stay paused with nobody to ack.
   */
  subscribe(listener: EngineListener): () => void {
    this.listeners.add(listener);
    for (const run of this.runs.values()) run.setFlowControl(true);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) for (const run of this.runs.values()) run.setFlowControl(false);
    };
  }

  ack(runId: string, chars: number): void {
    this.runs.get(runId)?.ack(chars);
  }

  resize(runId: string, cols: number, rows: number): boolean {
    const run = this.runs.get(runId);
    run?.resize(cols, rows);
    return run !== undefined;
  }

  /** Cancels active runs and waits for them to end. */
  async dispose(): Promise<void> {
    this.abort.abort();
    const pending = [...this.runs.values()];
    for (const run of pending) run.cancel();
    await Promise.all(pending.map((r) => r.done));
    this.listeners.clear();
  }

  private emit<C extends EventChannel>(channel: C, payload: EventChannels[C]): void {
    for (const l of this.listeners) l(channel, payload);
  }

  private perform(effect: Effect): void {
    switch (effect.type) {
      case 'emit-state':
        this.emit('engine:state', this.view());
        return;
      case 'probe':
        void this.probe();
        return;
      case 'verify':
        void this.verify(effect.runId, effect.checkIds);
        return;
      case 'start-run':
        this.startRun(effect.runId, effect.stepId, effect.params);
        return;
      case 'exit-run':
        this.emit('run:exit', { runId: effect.runId, stepId: effect.stepId, outcome: effect.outcome, exitCode: null, durationMs: 0, tail: effect.tail, batches: 0 });
        return;
      case 'cancel-run':
        this.runs.get(effect.runId)?.cancel();
        return;
    }
  }

  private async probe(): Promise<void> {
    const { report } = await diagnoseHost(this.deps.plan, this.deps.ctx, this.deps.now ?? (() => new Date()), this.abort.signal);
    const more = this.state.probeAgain;
    this.dispatch({ type: 'diagnose-finished', report });
    if (!more) {
      const waiters = this.diagnoseWaiters;
      this.diagnoseWaiters = [];
      for (const w of waiters) w(report);
    }
  }

  private async verify(runId: string, checkIds: string[]): Promise<void> {
    let results: readonly CheckResult[];
    try {
      results = await (this.deps.verify ?? verifyChecksWith(this.deps.plan, this.deps.ctx, this.abort.signal))(checkIds);
    } catch (e) {
      // Unknown is not a pass: the verdict is recorded as missing, never as done.
      this.deps.log?.(`verify ${checkIds.join(',')} failed: ${e instanceof Error ? e.message : String(e)}`);
      results = [];
    }
    this.dispatch({ type: 'verified', runId, results });
  }

  /** Runs the registry step's commands with params the machine read from the last report's facts. */
  private startRun(runId: string, stepId: string, raw: Readonly<Record<string, unknown>>): void {
    const step = this.deps.plan.steps.find((s) => s.id === stepId);
    const facts = this.state.report?.facts;
    const parsed = step ? parseStepParams(step, raw) : null;
    if (!step || !facts || !parsed?.ok) {
      const why = !step ? 'unknown step' : !facts ? 'no report' : parsed && !parsed.ok ? parsed.issues : '?';
      this.deps.log?.(`run ${runId} ${stepId} not started: ${why}`);
      this.emit('run:exit', { runId, stepId, outcome: 'failed', exitCode: null, durationMs: 0, tail: why, batches: 0 });
      this.dispatch({ type: 'run-exited', runId, outcome: 'failed', exitCode: null });
      return;
    }
    const probe = this.deps.ctx;
    const ctx: StepContext = { host: probe.host, env: probe.env, tool: (name) => probe.tool(name), facts };
    this.deps.log?.(`run ${runId} ${step.id} (${step.elevation})`);
    const run = new StepRun(step, parsed.params, { ctx, pty: this.deps.pty, exec: this.deps.ctx.exec, ...(this.deps.elevator ? { elevator: this.deps.elevator } : {}), ...(this.deps.clock ? { clock: this.deps.clock } : {}) }, (seq, data) => this.emit('run:output', { runId, seq, data }), this.listeners.size > 0);
    this.runs.set(runId, run);
    void run.done.then((end) => {
      this.runs.delete(runId);
      this.emit('run:exit', { runId, stepId, ...end });
      this.dispatch({ type: 'run-exited', runId, outcome: end.outcome, exitCode: end.exitCode });
    });
  }
}

/** What the pure machine reads of a registry step. */
function stepInfoOf(step: AnySetupStep, canElevate: boolean): StepInfo {
  const needsSecret = step.commands.some((c) => c.stdin?.kind === 'secret');
  return {
    id: step.id,
    platforms: step.platforms,
    verify: step.verify,
    defaultParams: (facts, choices): unknown => step.defaultParams(facts, choices) as unknown,
    // The password is asked for by the setup only; an admin step needs the broker.
    setupOnly: needsSecret || (step.elevation === 'admin' && !canElevate),
  };
}
