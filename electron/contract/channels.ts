import type { DiagnoseReport } from './checks.js';
import type { ExplainResult, ExplainTool } from './explain.js';
import type { AppError } from './errors.js';
import type { Msg } from './messages.js';
import type { AppInfo, EngineView } from './plan.js';
import type { RunExitEvent, RunOutputEvent } from './run.js';
import type { InstalledStack, Profile, SetupChoices, SetupPlan, SetupRunView, StackId } from './setup.js';
import type { SupportExport, SupportInfo, SupportOpen, SupportPreview } from './support.js';
import type { SchemaChannel } from './schemas.js';

/**
 * The one channel map. Main, preload, renderer and the test bridge all derive from it.
 * - invoke: request/response, answered with `Result<result>`;
 * - send: fire-and-forget from the renderer (acks), no answer;
 * - event: pushed from main to the renderer.
 */
export interface InvokeChannels {
  'app:info': { args: []; result: AppInfo };
  'engine:get': { args: []; result: EngineView };
  'checks:run': { args: []; result: DiagnoseReport };
  'step:start': { args: [{ stepId: string }]; result: { runId: string } };
  'run:cancel': { args: [{ runId: string }]; result: { cancelled: boolean } };
  'run:resize': { args: [{ runId: string; cols: number; rows: number }]; result: null };
  'setup:plan': { args: [{ profile: Profile; choices: SetupChoices }]; result: SetupPlan };
  /** `password`: the new Linux user's, for this process's runs only (stdin of chpasswd; never saved or echoed). */
  'setup:apply': { args: [{ profile: Profile; choices: SetupChoices; accepted: true; password?: string }]; result: { runId: string } };
  /** Picks up the journaled run; `runId` null when there is none to resume. */
  'setup:resume': { args: [] | [{ password?: string }]; result: { runId: string | null } };
  'setup:cancel': { args: [{ runId: string }]; result: { cancelled: boolean } };
  /** Restarts Windows now (`shutdown.exe /r /t 0`), only for a run that waits for a restart. */
  'setup:restart': { args: [{ runId: string }]; result: { restarting: true } };
  /**
   * Where the setup stands: this process's run, else the journaled one (a page opened after a
   * restart), else null; the step titles to show it with; and why the resume this app was
   * launched with (`--resume`) did not start, if it did not (e.g. the password is needed again).
   */
  'setup:get': { args: []; result: SetupStatus };
  /** A diagnose aimed at the run's distro and venv: the readiness of what the setup installed. */
  'setup:verify': { args: []; result: DiagnoseReport };
  /**
   * Removes what the journal recorded for one stack (the CLI's `undo --stack`, same code path);
   * the renderer names only the stack. Answers with the record that was removed.
   */
  'setup:undo': { args: [{ stack: StackId }]; result: { removed: InstalledStack; commands: number } };
  /** Runs the probes and builds the bundle in memory: its files, sizes and redaction counts, nothing saved. */
  'support:preview': { args: []; result: SupportPreview };
  /** Saves the previewed bundle as a `.zip` where the main process chooses (a save dialog in Electron). */
  'support:export': { args: [{ token: string }]; result: SupportExport };
  /** Reads a bundle the main process picks (an open dialog in Electron), judged read-only. */
  'support:open': { args: []; result: SupportOpen };
  /** The app version and the logs folder. */
  'support:info': { args: []; result: SupportInfo };
  /** Opens the logs folder in the system's file manager, where this host can. */
  'support:open-logs': { args: []; result: { opened: boolean } };
  /** Explains a pasted tool output (the CLI's `explain`, same classifier): outcome, cause, evidence, next action. */
  'explain:run': { args: [{ text: string; tool: ExplainTool | 'auto'; exitCode: number | null }]; result: ExplainResult };
}

/** The answer of `setup:get`. */
export interface SetupStatus {
  run: SetupRunView | null;
  titles: Record<string, Msg>;
  resumeError: AppError | null;
  /** The stacks the journal records as installed by the app (what `setup:undo` can remove). */
  installed: InstalledStack[];
  /** Every check's title, so a step's before → after statuses read in words. */
  checkTitles: Record<string, Msg>;
}

export interface SendChannels {
  'run:ack': { args: [{ runId: string; chars: number }] };
}

export interface EventChannels {
  'run:output': RunOutputEvent;
  'run:exit': RunExitEvent;
  'engine:state': EngineView;
  'setup:state': SetupRunView;
}

export type InvokeChannel = keyof InvokeChannels;
export type SendChannel = keyof SendChannels;
export type EventChannel = keyof EventChannels;

/** Runtime lists of channel names, so the preload and router can be generic. */
export const INVOKE_CHANNELS = ['app:info', 'engine:get', 'checks:run', 'step:start', 'run:cancel', 'run:resize', 'setup:plan', 'setup:apply', 'setup:resume', 'setup:cancel', 'setup:restart', 'setup:get', 'setup:verify', 'setup:undo', 'support:preview', 'support:export', 'support:open', 'support:info', 'support:open-logs', 'explain:run'] as const satisfies readonly InvokeChannel[];
export const SEND_CHANNELS = ['run:ack'] as const satisfies readonly SendChannel[];
export const EVENT_CHANNELS = ['run:output', 'run:exit', 'engine:state', 'setup:state'] as const satisfies readonly EventChannel[];

// Compile-time proof that every invoke and send channel has a schema and no schema is orphaned.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const channelsMatchSchemas: Exact<InvokeChannel | SendChannel, SchemaChannel> = true;

/** The object the preload exposes as `window.app` (and the test bridge imitates). */
export interface AppApi {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeChannels[C]['args']): Promise<import('./errors.js').Result<InvokeChannels[C]['result']>>;
  send<C extends SendChannel>(channel: C, ...args: SendChannels[C]['args']): void;
  on<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void;
}
