import type { CheckResult } from '../../contract/checks.js';
import type { CommandOutcome, Profile, SetupChoices, StepState } from '../../contract/setup.js';
import type { UndoRecord } from '../steps/model.js';

/**
 * What the setup interpreter needs from the outside world, as interfaces: the journal, the
 * elevated broker, the resume registration and the restart. Each has a real implementation
 * (electron/journal, electron/broker, host commands) and the tests drive the real ones against
 * the simulated PC.
 */

/** One step's line in the journal: ids, params and states only, never a command line. */
export interface JournalStep {
  stepId: string;
  params: Record<string, unknown>;
  state: StepState;
  attempts: number;
  outcome: CommandOutcome | null;
  exitCode: number | null;
  startedAt: string | null;
  endedAt: string | null;
}

/** The persisted run: enough to pick it up after a reboot or a crash. */
export interface RunJournal {
  schema: 'wsl-gpu-setup/journal@1';
  /** Survives restarts: a random id minted when the plan was accepted, never a counter. */
  runId: string;
  profile: Profile;
  choices: SetupChoices;
  createdAt: string;
  steps: JournalStep[];
  /** The step whose success asked for a restart, re-verified first on resume. */
  rebootRequestedBy: string | null;
  resumeRegistered: boolean;
  /** What each stack installed, for `undo --stack`. */
  undo: UndoRecord[];
}

/** A journal that could not be read is "unknown": the caller re-probes, never trusts the file. */
export type JournalLoad = { kind: 'none' } | { kind: 'ok'; journal: RunJournal; recoveredFrom: 'current' | 'previous' } | { kind: 'unreadable'; reason: string };

export interface JournalStore {
  /** Where the journal lives (a folder), named when a save fails so a person knows where to make room. */
  readonly location?: string;
  load(): Promise<JournalLoad>;
  /** Durable when it resolves (atomic replace, previous generation kept). */
  save(journal: RunJournal): Promise<void>;
  clear(): Promise<void>;
}

/** A command's end as the runner or the broker saw it; the step's exit-code table decides what it means. */
export interface CommandResult {
  exitCode: number | null;
  tail: string;
  durationMs: number;
  launchError: string | null;
  stoppedBy: 'cancelled' | 'timeout' | 'idle-timeout' | null;
}

/** The elevated side: accepts step ids and validated params, never argv. */
export interface ElevatedSession {
  /** Runs one command of an admin step in the broker; output streams through `onOutput`. */
  run(request: { stepId: string; commandId: string; params: Record<string, unknown> }, onOutput: (data: string) => void): Promise<CommandResult>;
  cancel(): void;
  close(): Promise<void>;
}

/** Why no elevated session came up; each has its own message and next action. */
export type ElevationRefusal =
  | { kind: 'declined' } // the UAC prompt was refused
  | { kind: 'other-user'; elevatedAs: string; expected: string } // over-the-shoulder elevation
  | { kind: 'failed'; reason: string };

export interface Elevator {
  /** One UAC prompt for the whole batch; the consent listing came before this call. */
  open(): Promise<{ ok: true; session: ElevatedSession } | { ok: false; refusal: ElevationRefusal }>;
}

/** The one-shot resume after a restart (HKCU RunOnce with the `!` prefix on Windows). */
export interface ResumeRegistrar {
  register(runId: string): Promise<void>;
  unregister(): Promise<void>;
}

/** Re-runs only the named checks, running only the probes they need. */
export type VerifyChecks = (checkIds: readonly string[]) => Promise<CheckResult[]>;
