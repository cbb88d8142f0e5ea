import type { z } from 'zod';
import type { Facts } from '../../contract/facts.js';
import type { Msg } from '../../contract/messages.js';
import type { HostInfo, HostPlatform } from '../../contract/platform.js';
import type { CommandOutcome, NextAction, Profile, RebootPolicy, SetupChoices, StackId, StepElevation } from '../../contract/setup.js';
import type { CommandSpec } from '../../runner/command.js';
import type { SystemTool } from '../../runner/system-tools.js';
import type { ExitCodeTable } from './exit-table.js';

/**
 * A setup step as data. The planner reads its verify checks and estimates, the machine its
 * elevation and reboot policy, the runner (or the elevated broker) its commands; nothing but
 * `build`/`stdin` ever turns params into an argv, and they only ever get validated params.
 */

/** What building a command may read: never the network, never the clock. */
export interface StepContext {
  host: HostInfo;
  env: NodeJS.ProcessEnv;
  /** Absolute path of an allow-listed system tool. */
  tool(name: SystemTool): string;
  facts: Facts;
}

/** Secrets a step may need (the new Linux user's password); kept in memory, never journaled, never in argv. */
export interface StepSecrets {
  password?: string;
}

/** Retry policy of one command: only outcomes the table calls `retryable` are retried. */
export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number;
  /** Wait before try n+1 (the last value repeats). */
  backoffMs: readonly number[];
}

/** One command of a step. */
export interface StepCommand<P> {
  /** Short id, unique within the step (`apt-update`), also the run's log label. */
  id: string;
  build(ctx: StepContext, params: P): CommandSpec;
  /** What goes to stdin: an in-distro script, data (a file's new text) or a secret. */
  stdin?: { kind: 'script' | 'data' | 'secret'; text(ctx: StepContext, params: P, secrets: StepSecrets): string };
  exitCodes: ExitCodeTable;
  /**
   * Refines the table's outcome from the output tail where the code alone cannot tell (apt's
   * exit 100 is both "network down" and "no such package"). Reads only text the app's own
   * environment fixes (LC_ALL=C in the distro), never localized Windows text. Null: keep the table's.
   */
  refine?(outcome: CommandOutcome, tail: string): CommandOutcome | null;
  /**
   * The next action a failure of this command points to, read from the same tail as `refine`
   * (a full disk, a held apt lock…). Null: the step's generic next action.
   */
  nextAction?(outcome: CommandOutcome, tail: string): NextAction | null;
  retry?: RetryPolicy;
  /**
   * Runs only when the command before it ended `failed` or `retryable` after its retries (e.g.
   * `wsl --install --web-download` after the Store path failed); its own outcome then stands
   * for both. Skipped when the command before it succeeded.
   */
  fallback?: boolean;
  /** Skip this command for these params (e.g. no proxy configured). */
  skip?(ctx: StepContext, params: P): boolean;
}

/** What a stack installed, recorded so `undo --stack` can remove exactly that. */
export interface UndoRecord {
  stack: StackId;
  aptPackages: string[];
  aptSources: string[];
  paths: string[];
  /** Python packages installed into the app's venv (uninstalled with that venv's pip, as its user). */
  pipPackages?: { venv: string; packages: string[] };
  /** Supplementary groups the stack added the Linux user to (`docker` is root-equivalent: undo takes it back). */
  groups?: string[];
}

export interface SetupStep<P = Record<string, unknown>> {
  id: string;
  stageId: 'windows' | 'distro' | 'packages' | 'stacks' | 'verify';
  title: Msg;
  description: Msg;
  platforms: readonly HostPlatform[];
  /** Profiles whose plan includes this step; `repair`: only run as the fix of a failing check. */
  profiles: readonly (Profile | 'repair')[];
  /** The stack this step installs, if any (it runs only when that stack is chosen). */
  stack?: StackId;
  params: z.ZodType<P>;
  /**
   * The params for this machine and these choices, or null when the step does not apply here
   * (e.g. the WSL optional component on a Windows build that does not need it).
   */
  defaultParams(facts: Facts, choices: SetupChoices): P | null;
  /** Checks that must pass (or warn) before the step can run; the planner orders by them. */
  preconditions: readonly string[];
  /** Checks whose pass means "already done"; re-run after the step to prove it. */
  verify: readonly string[];
  /** Checks this step repairs when they fail. */
  fixes: readonly string[];
  commands: readonly StepCommand<P>[];
  elevation: StepElevation;
  reboot: RebootPolicy;
  estimate: { downloadBytes: number; seconds: number };
  /** For stack steps: what undo removes. */
  undo?(params: P): UndoRecord;
  /**
   * What the person does next when the step ends `failed`, `retryable` (retries spent) or
   * `reboot-required`: `commandId` is the command that ended it, `exitCode` its exit code (null
   * when it did not start), `tail` its output tail. Reads only language-neutral signals (exit
   * codes, error tokens, message ids).
   */
  nextAction?(outcome: CommandOutcome, tail: string, commandId: string, exitCode: number | null): NextAction;
}

/** Any step, for registries (params checked at run time by each step's own schema). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySetupStep = SetupStep<any>;
