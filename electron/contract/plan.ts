import type { CheckResult, CheckStatus, Readiness } from './checks.js';
import type { Msg } from './messages.js';
import type { RunOutcome } from './run.js';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'reboot-required' | 'cancelled' | 'not-applicable';

/** What the view knows about one step. */
export interface StepView {
  id: string;
  title: Msg;
  description: Msg;
  needsAdmin: boolean;
  rebootOnSuccess: boolean;
  status: StepStatus;
  lastOutcome: RunOutcome | null;
  lastExitCode: number | null;
  /** The step's verify checks before its last run, by check id (empty: not run, or none to judge). */
  before: Record<string, CheckStatus>;
  /** The same checks judged again after that run (empty: not re-judged, e.g. the run failed). */
  after: Record<string, CheckStatus>;
}

/** A stage groups steps; the wizard lists stages on the left. */
export interface StageView {
  id: string;
  title: Msg;
  steps: StepView[];
}

/** The engine's state as the renderer sees it (pushed on every change through `engine:state`). */
export interface EngineView {
  phase: 'idle' | 'probing' | 'running';
  stages: StageView[];
  checks: CheckResult[];
  readiness: Readiness | null;
  activeRun: { runId: string; stepId: string } | null;
  lastProbeAt: string | null;
}

/** Static facts about the app instance. */
export interface AppInfo {
  version: string;
  platform: 'windows' | 'linux' | 'other';
  simulated: boolean;
}
