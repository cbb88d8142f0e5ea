import type { AppError } from '../../electron/contract/errors.js';
import type { CheckResult, Readiness } from '../../electron/contract/checks.js';
import type { Language } from '../../electron/contract/locales/index.js';
import type { AppInfo, EngineView } from '../../electron/contract/plan.js';
import type { RunExitEvent } from '../../electron/contract/run.js';
import type { Msg } from '../../electron/contract/messages.js';
import type { InstalledStack, Profile, SetupChoices, SetupPlan, SetupRunView, StackId } from '../../electron/contract/setup.js';

/** The engine's plan as last pushed (`engine:get`, then `engine:state`). */
export interface PlanSlice {
  engine: EngineView | null;
  info: AppInfo | null;
  setEngine(view: EngineView): void;
  load(): Promise<void>;
}

/** Run status only: terminal bytes never enter the store. */
export interface RunSlice {
  activeRun: { runId: string; stepId: string } | null;
  starting: boolean;
  /** The last exit per step id. */
  exits: Record<string, RunExitEvent>;
  /** A seq gap seen in `run:output` of the active run. */
  gap: { runId: string; from: number; to: number } | null;
  startStep(stepId: string): Promise<void>;
  cancelRun(): Promise<void>;
  runExited(event: RunExitEvent): void;
  noteGap(runId: string, from: number, to: number): void;
}

/** Check results and readiness (from `checks:run` or the engine view). */
export interface HostSlice {
  checks: CheckResult[];
  readiness: Readiness | null;
  checkedAt: string | null;
  checksRunning: boolean;
  runChecks(): Promise<void>;
  setChecks(checks: CheckResult[], readiness: Readiness | null, at: string | null): void;
}

export type ViewId = 'wizard' | 'dashboard' | 'support';

/** What the user is looking at. */
export interface UiSlice {
  view: ViewId;
  language: Language;
  selectedStepId: string | null;
  error: AppError | null;
  setView(view: ViewId): void;
  setLanguage(language: Language): void;
  selectStep(stepId: string): void;
  setError(error: AppError | null): void;
}

/** The installer: profile and choices, the plan shown for consent, and the run it became. */
export interface SetupSlice {
  profile: Profile;
  choices: SetupChoices;
  plan: SetupPlan | null;
  planning: boolean;
  setupRun: SetupRunView | null;
  applying: boolean;
  /** Every step's title, so a run picked up after a restart (no plan on this page) reads in words. */
  setupTitles: Record<string, Msg>;
  /** Why the journaled run did not go on (the password is needed again after a restart). */
  resumeError: AppError | null;
  /** Readiness of what the setup installed (its distro and venv), once the run is done. */
  setupReadiness: Readiness | null;
  verifying: boolean;
  /** The stacks the journal records as installed by the app (what "Remove…" offers). */
  installedStacks: InstalledStack[];
  /** Every check's title, for a step's before → after statuses. */
  checkTitles: Record<string, Msg>;
  setProfile(profile: Profile): void;
  setChoices(choices: Partial<SetupChoices>): void;
  makePlan(): Promise<void>;
  /** Consent given: the engine plans again from fresh facts and runs it. */
  applyPlan(password?: string): Promise<void>;
  /** Where the setup stands (this app's run or the journaled one), e.g. on a page opened after a restart. */
  loadSetup(): Promise<void>;
  resumeSetup(password?: string): Promise<void>;
  cancelSetup(): Promise<void>;
  verifySetup(): Promise<void>;
  setSetupRun(view: SetupRunView): void;
  /** Removes what the app recorded it installed for one stack; resolves to the removed record, or null (the error is shown). */
  undoStack(stack: StackId): Promise<{ removed: InstalledStack; commands: number } | null>;
}

/** The whole store. */
export type AppState = PlanSlice & RunSlice & HostSlice & UiSlice & SetupSlice;
