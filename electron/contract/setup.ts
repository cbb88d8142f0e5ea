import type { Msg } from './messages.js';

/**
 * DTOs of the installer: profiles, the plan a person accepts, step states and the next action a
 * failure points to. The renderer and the CLI see only these; commands stay in the main process.
 */

/** `beginner`: a framework that sees the GPU (any vendor). `cuda-pro`: CUDA toolkit + Docker + NVIDIA Container Toolkit. */
export const PROFILES = ['beginner', 'cuda-pro'] as const;
export type Profile = (typeof PROFILES)[number];

/** The stacks the app can install; which ones a plan offers follows from the facts. */
export const STACK_IDS = ['pytorch', 'tensorflow', 'jax', 'pytorch-rocm', 'pytorch-xpu', 'directml', 'cuda-toolkit', 'docker-nvidia'] as const;
export type StackId = (typeof STACK_IDS)[number];

/** What one command's exit means, from its step's exit-code table (the one source of truth). */
export type CommandOutcome = 'ok' | 'changed' | 'reboot-required' | 'retryable' | 'failed';

/**
 * Where one planned step stands. `already-done`: its verify checks passed before it ran;
 * `reboot-pending`: it succeeded but takes effect after a restart; `resumed`: picked up again
 * after a restart or a crash, waiting for its verify to decide.
 */
export type StepState = 'pending' | 'already-done' | 'running' | 'done' | 'failed' | 'cancelled' | 'reboot-pending' | 'resumed' | 'blocked';

/** `user`: runs as the person at the desk; `admin`: batched behind the one consent and UAC prompt. */
export type StepElevation = 'user' | 'admin';

/** `may`: only some exit codes or signals ask for a restart. */
export type RebootPolicy = 'never' | 'may' | 'always';

/** What a person (or support) does next about a failure. Never empty on a visible failure. */
export type NextAction =
  | { kind: 'step'; stepId: string; label: Msg }
  | { kind: 'link'; url: string; label: Msg }
  | { kind: 'retry'; label: Msg }
  | { kind: 'reboot'; label: Msg }
  | { kind: 'support'; label: Msg };

/** The choices a person makes before the plan (all optional; the facts give defaults). */
export interface SetupChoices {
  /** A WSL distro to install or reuse (allow-listed name). */
  distro?: string;
  /** The Linux user to create or reuse (allow-listed name). */
  user?: string;
  /** Stacks asked for; absent: the profile's default for this GPU. */
  stacks?: StackId[];
  /** Export an existing distro to a file before changing it. */
  exportBeforeChange?: boolean;
}

/** One command of a planned step, as a person reviewing the plan sees it. */
export interface PlannedCommand {
  label: string;
  /** The exact argv (file first); secrets never appear here: they go to stdin. */
  argv: string[];
  /** `describeCommand` of the argv, for display and logs. */
  display: string;
  /** What the command gets on stdin: nothing, a script (shown on request) or a secret (never shown). */
  stdin: 'none' | 'script' | 'secret' | 'data';
}

/** One step the plan still needs, with why it is there. */
export interface PlannedStep {
  stepId: string;
  stageId: string;
  title: Msg;
  description: Msg;
  params: Record<string, string | number | boolean | string[]>;
  elevation: StepElevation;
  reboot: RebootPolicy;
  downloadBytes: number;
  seconds: number;
  /** The checks that fail now and that this step fixes (empty for a step another step needs). */
  fixes: string[];
  reason: Msg;
  commands: PlannedCommand[];
}

/** What `plan` returns: the ordered steps still needed. Empty `steps`: nothing to do. */
export interface SetupPlan {
  schema: 'wsl-gpu-setup/plan@1';
  profile: Profile;
  choices: SetupChoices;
  steps: PlannedStep[];
  /** Steps whose verify checks already pass (shown as "already done"). */
  alreadyDone: string[];
  /** Stacks offered for this machine and those not supported, with the reason. */
  stacks: { id: StackId; supported: boolean; reason: Msg; legacy?: boolean }[];
  needsAdmin: boolean;
  mayReboot: boolean;
  downloadBytes: number;
  seconds: number;
  /**
   * Present when the plan changes a distro that already exists: the person may export it first
   * (`distro.export`, re-planned with `exportBeforeChange`). Absent when no existing distro is touched.
   */
  backup?: BackupOffer;
}

/** "Back up <distro> first": the existing distro the plan changes and the file `wsl --export` writes. */
export interface BackupOffer {
  distro: string;
  /** The export file (Windows path), as the planned step's argv names it. */
  path: string;
  /** Whether these choices already ask for it (the plan then holds `distro.export`). */
  chosen: boolean;
}

/**
 * What the setup recorded it installed for one stack (the journal's undo record) and where:
 * exactly what `undo` removes, so a confirm can name it.
 */
export interface InstalledStack {
  stack: StackId;
  distro: string;
  user: string;
  aptPackages: string[];
  aptSources: string[];
  paths: string[];
  pipPackages?: { venv: string; packages: string[] };
}

/** One step's record in a run (what the journal keeps and the view shows). */
export interface StepRunView {
  stepId: string;
  state: StepState;
  attempts: number;
  outcome: CommandOutcome | null;
  exitCode: number | null;
  /** Check statuses before and after the step (repair shows these). */
  before: Record<string, string>;
  after: Record<string, string>;
  next: NextAction | null;
}

/**
 * An AppError (./errors.ts), named here by its shape: errors.ts imports NextAction from this file,
 * so importing AppError back would be a cycle. The engine builds it with errors.ts's appError.
 */
export interface RunError {
  code: string;
  message: string;
  msg: Msg;
  next: NextAction;
  detail?: string;
}

/** A setup run: its id survives restarts (the journal refers to it after a reboot). */
export interface SetupRunView {
  runId: string;
  profile: Profile;
  state: 'planned' | 'running' | 'reboot-pending' | 'done' | 'failed' | 'cancelled';
  steps: StepRunView[];
  cursor: number;
  /** Why a run whose steps all ended well still needs attention (its final record could not be saved). */
  error?: RunError;
}
