import type { DiagnoseReport } from '../contract/checks.js';
import type { Result } from '../contract/errors.js';
import { fail, ok } from '../contract/errors.js';
import { msg } from '../contract/messages.js';
import type { Msg } from '../contract/messages.js';
import type { InstalledStack, Profile, SetupChoices, SetupPlan, SetupRunView, StackId } from '../contract/setup.js';
import { backupOffer } from './backup-offer.js';
import { restartCommand } from '../host/windows/commands.js';
import { journaledRunView } from './journaled-run-view.js';
import { installedStacks, undoStack, type UndoStackResult } from './undo-stack.js';
import type { HostInfo } from '../contract/platform.js';
import type { SetupDeps, SetupListener } from '../engine/setup/interpreter.js';
import { SetupInterpreter } from '../engine/setup/interpreter.js';
import type { StackOptionsFn } from '../engine/setup/plan-setup.js';
import { planSetup } from '../engine/setup/plan-setup.js';
import type { Elevator, JournalStore, ResumeRegistrar, VerifyChecks } from '../engine/setup/ports.js';
import { verifyByDiagnose } from '../engine/setup/verify-by-diagnose.js';
import type { AnySetupStep, StepContext, StepSecrets, UndoRecord } from '../engine/steps/model.js';
import type { ExecRunnerLike, PtyRunnerLike } from '../runner/runner.js';
import type { Clock } from '../runner/timers.js';
import type { SystemTool } from '../runner/system-tools.js';

/** The outside world a setup run changes through: journal, elevated broker, resume registration. */
export interface SetupPorts {
  journal: JournalStore;
  elevator: Elevator;
  resume: ResumeRegistrar;
}

export interface SetupServiceOptions {
  host: HostInfo;
  env: NodeJS.ProcessEnv;
  tool(name: SystemTool): string;
  /**
   * How to look at this machine for these choices: a full diagnose pass (facts and checks) and
   * a targeted verify, both aimed at the chosen distro and the venv the app manages there.
   */
  inspect(choices: SetupChoices): { diagnose(): Promise<DiagnoseReport>; verify?: VerifyChecks; checkTitles?: Record<string, Msg> };
  steps: readonly AnySetupStep[];
  stackOptions?: StackOptionsFn;
  /** Null where this build has no journal or broker yet: plan works, apply and resume refuse. */
  ports: SetupPorts | null;
  pty: PtyRunnerLike;
  exec: ExecRunnerLike;
  secrets?: StepSecrets;
  onRebootRequested?: (stepId: string) => void;
  log?: (line: string) => void;
  /** Mints run ids (tests); default `crypto.randomUUID`. */
  newRunId?: () => string;
  /** Timers for retry backoffs (tests shorten them); default the system clock. */
  clock?: Clock;
}

/**
 * Plan, apply, resume and cancel for the app host and the CLI alike. `apply` always plans again
 * from a fresh diagnose: a caller (the renderer, a script) sends a profile and choices and its
 * consent, never a plan or a command line.
 */
export class SetupService {
  private interpreter: SetupInterpreter | null = null;
  /** The password given with the consent: memory only, for this process's runs. */
  private secrets: StepSecrets | undefined;
  private readonly listeners = new Set<SetupListener>();
  /** The undo records of the journaled run, read when planning: a new run keeps them (its journal replaces the old one). */
  private carriedUndo: UndoRecord[] = [];
  /** An undo in progress: no run starts beside it, and no second undo. */
  private undoing = false;

  constructor(private readonly options: SetupServiceOptions) {}

  async plan(profile: Profile, choices: SetupChoices): Promise<Result<{ plan: SetupPlan; ctx: StepContext }>> {
    const report = await this.options.inspect(choices).diagnose();
    const journaled = this.options.ports ? await this.options.ports.journal.load() : null;
    this.carriedUndo = journaled?.kind === 'ok' ? journaled.journal.undo : [];
    const ctx = this.context(report);
    const input = { facts: report.facts, report: report.checks, profile, choices, steps: this.options.steps, ctx, ...(this.options.stackOptions ? { stackOptions: this.options.stackOptions } : {}) };
    const r = planSetup(input);
    if (!r.ok) return fail('invalid-argument', `${r.error.kind}: ${r.error.message.key}`, { msg: r.error.message, detail: JSON.stringify(r.error) });
    // The same plan with the export asked for: the export step itself says whether the distro exists.
    const withExport = choices.exportBeforeChange === true ? r : this.planOrNull({ ...input, choices: { ...choices, exportBeforeChange: true } });
    const backup = withExport?.ok ? backupOffer(r.plan, withExport.plan) : undefined;
    return ok({ plan: backup ? { ...r.plan, backup } : r.plan, ctx });
  }

  /** Plans again from a fresh diagnose and starts that plan (the renderer's consent covers the plan it was shown for the same choices). */
  async apply(profile: Profile, choices: SetupChoices, secrets?: StepSecrets): Promise<Result<{ runId: string; plan: SetupPlan }>> {
    if (this.isRunning()) return fail('busy', 'a setup run is already active');
    if (secrets) this.secrets = secrets;
    const planned = await this.plan(profile, choices);
    if (!planned.ok) return planned;
    const missing = this.missingSecret(planned.value.plan.steps.map((p) => p.stepId));
    if (missing) return missing;
    const started = this.start(planned.value.plan, planned.value.ctx);
    return started.ok ? ok({ runId: started.value.runId, plan: planned.value.plan }) : started;
  }

  /** Starts a plan the person accepted as shown; the run's id is random and survives restarts through the journal. */
  start(plan: SetupPlan, ctx: StepContext): Result<{ runId: string }> {
    if (this.isRunning()) return fail('busy', 'a setup run is already active');
    const interpreter = this.newInterpreter(ctx, plan.choices);
    if (!interpreter.ok) return interpreter;
    const started = interpreter.value.start(plan, { undo: this.carriedUndo });
    return started.ok ? ok({ runId: started.runId }) : fail('invalid-argument', started.reason);
  }

  async resume(secrets?: StepSecrets): Promise<Result<{ runId: string | null; kind: string; reason?: string }>> {
    if (this.isRunning()) return fail('busy', 'a setup run is already active');
    if (secrets) this.secrets = secrets;
    // The journaled choices say which distro and venv to look at; an unreadable journal looks at the defaults.
    const loaded = this.options.ports ? await this.options.ports.journal.load() : { kind: 'none' as const };
    const choices = loaded.kind === 'ok' ? loaded.journal.choices : {};
    if (loaded.kind === 'ok') {
      const missing = this.missingSecret(loaded.journal.steps.filter((s) => s.state !== 'done' && s.state !== 'already-done').map((s) => s.stepId));
      if (missing) return missing;
    }
    const report = await this.options.inspect(choices).diagnose();
    const interpreter = this.newInterpreter(this.context(report), choices);
    if (!interpreter.ok) return interpreter;
    const r = await interpreter.value.resume();
    return ok({ runId: r.kind === 'started' ? r.runId : null, kind: r.kind, ...('reason' in r ? { reason: r.reason } : {}) });
  }

  cancel(runId: string): Result<{ cancelled: boolean }> {
    const view = this.interpreter?.view();
    if (!this.interpreter || view?.runId !== runId) return ok({ cancelled: false });
    return ok({ cancelled: this.interpreter.cancel() });
  }

  /** This process's run, else the journaled one (a page opened after a restart), else null. */
  async runView(): Promise<SetupRunView | null> {
    const view = this.interpreter?.view();
    if (view) return view;
    const loaded = this.options.ports ? await this.options.ports.journal.load() : null;
    return loaded?.kind === 'ok' ? journaledRunView(loaded.journal) : null;
  }

  /**
   * Removes what the journal recorded for one stack: `undo --stack` and `setup:undo` both come
   * here. Never beside a running setup (a stack step could be writing the same record).
   */
  async undo(stack: StackId, onOutput?: (text: string) => void): Promise<Result<UndoStackResult>> {
    if (this.isRunning()) return fail('busy', 'a setup run or an undo is already active');
    const ports = this.options.ports;
    if (!ports) return fail('not-supported', 'this build has no setup journal');
    this.undoing = true;
    try {
      return ok(await undoStack(stack, { journal: ports.journal, exec: this.options.exec, ctx: { tool: (name) => this.options.tool(name) }, ...(onOutput ? { onOutput } : {}) }));
    } finally {
      this.undoing = false;
    }
  }

  /** The stacks the journal records as installed by the app (what `undo` can remove). */
  async installedStacks(): Promise<InstalledStack[]> {
    return this.options.ports ? installedStacks(this.options.ports.journal) : [];
  }

  /** Every check's title (a step's before → after statuses name checks by id). */
  checkTitles(): Record<string, Msg> {
    return this.options.inspect({}).checkTitles ?? {};
  }

  /** Every step's title, so a run picked up without its plan still reads in words. */
  stepTitles(): Record<string, Msg> {
    return Object.fromEntries(this.options.steps.map((s) => [s.id, s.title]));
  }

  /** A diagnose aimed at the journaled run's distro and venv (what the setup installed). */
  async diagnoseRun(): Promise<DiagnoseReport> {
    const loaded = this.options.ports ? await this.options.ports.journal.load() : null;
    return this.options.inspect(loaded?.kind === 'ok' ? loaded.journal.choices : {}).diagnose();
  }

  /**
   * Restarts Windows now (`shutdown.exe /r /t 0`) for the run that waits for it — and for no
   * other: the renderer names a run, the main process checks that it is reboot-pending.
   */
  async restart(runId: string): Promise<Result<{ restarting: true }>> {
    const view = await this.runView();
    if (view?.runId !== runId || view.state !== 'reboot-pending') return fail('not-found', `run ${runId} is not waiting for a restart`);
    const end = await this.options.exec.exec(restartCommand(this.options.tool('shutdown.exe'), 0));
    if (end.exitCode === 0) return ok({ restarting: true });
    return fail('launch-failed', `shutdown.exe /r ended with ${end.exitCode ?? end.launchError ?? 'no exit code'}`);
  }

  /** The current run's interpreter (to await its end). */
  current(): SetupInterpreter | null {
    return this.interpreter;
  }

  subscribe(listener: SetupListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A plan made only to see what an option would add: when it cannot be made, the option is not offered (the plan itself stands). */
  private planOrNull(input: Parameters<typeof planSetup>[0]): ReturnType<typeof planSetup> | null {
    try {
      return planSetup(input);
    } catch (e) {
      this.options.log?.(`plan with the export asked for failed: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  private isRunning(): boolean {
    const state = this.interpreter?.view()?.state;
    return this.undoing || state === 'running' || state === 'planned';
  }

  /**
   * A step still to run that sends a secret (the new user's password) needs it now: it is
   * never saved, so after a restart it is asked for again — before anything runs, not halfway.
   */
  private missingSecret(stepIds: readonly string[]): Result<never> | null {
    const needs = stepIds.some((id) => this.options.steps.find((s) => s.id === id)?.commands.some((c) => c.stdin?.kind === 'secret'));
    if (!needs || (this.secrets ?? this.options.secrets)?.password) return null;
    return fail('invalid-argument', 'the Linux user is still to be created and no password was given', {
      msg: msg('setup.error.passwordNeeded'),
      next: { kind: 'retry', label: msg('setup.next.givePassword') },
    });
  }

  private context(report: DiagnoseReport): StepContext {
    return { host: this.options.host, env: this.options.env, tool: (name) => this.options.tool(name), facts: report.facts };
  }

  private newInterpreter(ctx: StepContext, choices: SetupChoices): Result<SetupInterpreter> {
    const ports = this.options.ports;
    if (!ports) return fail('not-supported', 'this build has no setup journal or elevated helper');
    const o = this.options;
    const inspect = o.inspect(choices);
    const secrets = this.secrets ?? o.secrets;
    const deps: SetupDeps = {
      steps: o.steps,
      ctx,
      ...ports,
      verify: inspect.verify ?? verifyByDiagnose(() => inspect.diagnose()),
      pty: o.pty,
      exec: o.exec,
      ...(secrets ? { secrets } : {}),
      ...(o.onRebootRequested ? { onRebootRequested: o.onRebootRequested } : {}),
      ...(o.log ? { log: o.log } : {}),
      ...(o.newRunId ? { newRunId: o.newRunId } : {}),
      ...(o.clock ? { clock: o.clock } : {}),
    };
    const interpreter = new SetupInterpreter(deps);
    interpreter.subscribe((e) => this.listeners.forEach((l) => l(e)));
    this.interpreter = interpreter;
    return ok(interpreter);
  }
}
