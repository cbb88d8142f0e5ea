import type { CheckResult, Readiness } from './checks.js';
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
