import type { InstalledStack, StackId } from '../contract/setup.js';
import type { JournalStore, RunJournal } from '../engine/setup/ports.js';
import type { StepContext, UndoRecord } from '../engine/steps/model.js';
import { DEFAULT_DISTRO, distroNameSchema, linuxUserSchema } from '../engine/steps/packages/target.js';
import { undoCommands, undoSucceeded, type UndoTarget } from '../engine/steps/stacks/undo.js';
import { decodeToolOutput } from '../host/text/decode.js';
import type { ExecRunnerLike } from '../runner/runner.js';

/**
 * `wsl-gpu-setup undo --stack NAME`: removes what the app recorded it installed for one stack.
 *
 * The record comes from the journal, which a finished run keeps (the interpreter never clears it;
 * its state stays `done`), so the records of the last run stay until their stack is undone. The
 * distro and Linux user come from that stack's own step params in the journal (they were
 * validated when the plan was accepted and are validated again here). The commands are
 * undoCommands' — nothing from the file is run as a command line — and run one at a time through
 * the real runner; the first that fails stops the undo and the record stays, so it can be tried
 * again. Only when all of them succeeded is the record removed from the journal.
 */

export type UndoStackResult =
  | { kind: 'done'; stack: StackId; commands: number; removed: InstalledStack }
  /** No journal, an unreadable one, or one without a record for this stack: the app did not install it (or it was undone). */
  | { kind: 'not-installed'; stack: StackId; reason: 'no-journal' | 'unreadable' | 'no-record' }
  /** The record or its target does not pass the allow-lists: nothing ran. */
  | { kind: 'refused'; stack: StackId; reason: string }
  | { kind: 'failed'; stack: StackId; label: string; exitCode: number | null; tail: string };

export interface UndoStackDeps {
  journal: JournalStore;
  exec: ExecRunnerLike;
  ctx: Pick<StepContext, 'tool'>;
  /** Each command's output as it ends (the CLI prints it). */
  onOutput?: (text: string) => void;
}

/** Where the stack was installed: its step's journaled params, else the run's choices, else the defaults. */
function targetOf(params: Record<string, unknown> | undefined, choices: { distro?: string; user?: string }): UndoTarget | string {
  const distro = distroNameSchema.safeParse(params?.distro ?? choices.distro ?? DEFAULT_DISTRO);
  const user = linuxUserSchema.safeParse(params?.user ?? choices.user);
  if (!distro.success) return 'the recorded distro name is not allowed';
  if (!user.success) return 'the recorded Linux user is missing or not allowed';
  return { distro: distro.data, user: user.data };
}

/** The record of one stack as a person reads it before removing it: what and where, or why the allow-lists refuse it. */
function installedView(journal: RunJournal, record: UndoRecord): InstalledStack | string {
  const target = targetOf(journal.steps.find((s) => s.stepId === `stack.${record.stack}`)?.params, journal.choices);
  if (typeof target === 'string') return target;
  return {
    stack: record.stack,
    ...target,
    aptPackages: [...record.aptPackages],
    aptSources: [...record.aptSources],
    paths: [...record.paths],
    ...(record.pipPackages ? { pipPackages: { venv: record.pipPackages.venv, packages: [...record.pipPackages.packages] } } : {}),
  };
}

/** Every stack the journal records as installed by the app, with where (records whose target fails the allow-lists are left out). */
export async function installedStacks(journal: JournalStore): Promise<InstalledStack[]> {
  const load = await journal.load();
  if (load.kind !== 'ok') return [];
  return load.journal.undo.flatMap((record) => {
    const view = installedView(load.journal, record);
    return typeof view === 'string' ? [] : [view];
  });
}

export async function undoStack(stack: StackId, deps: UndoStackDeps): Promise<UndoStackResult> {
  const load = await deps.journal.load();
  if (load.kind === 'none') return { kind: 'not-installed', stack, reason: 'no-journal' };
  if (load.kind === 'unreadable') return { kind: 'not-installed', stack, reason: 'unreadable' };
  const journal = load.journal;
  const record: UndoRecord | undefined = journal.undo.find((u) => u.stack === stack);
  if (!record) return { kind: 'not-installed', stack, reason: 'no-record' };
  const target = installedView(journal, record);
  if (typeof target === 'string') return { kind: 'refused', stack, reason: target };
  let commands;
  try {
    commands = undoCommands(deps.ctx, record, target);
  } catch (e) {
    return { kind: 'refused', stack, reason: e instanceof Error ? e.message : String(e) };
  }
  for (const spec of commands) {
    const r = await deps.exec.exec(spec);
    const text = decodeToolOutput(Buffer.concat([r.stdout, r.stderr]), spec.encoding);
    if (text) deps.onOutput?.(text);
    if (!undoSucceeded(spec, r.exitCode)) return { kind: 'failed', stack, label: spec.label ?? spec.file, exitCode: r.exitCode, tail: r.launchError ?? text.slice(-2000) };
  }
  // Read again: only this record goes, whatever else the journal holds now.
  const now = await deps.journal.load();
  const latest = now.kind === 'ok' ? now.journal : journal;
  await deps.journal.save({ ...latest, undo: latest.undo.filter((u) => u.stack !== stack) });
  return { kind: 'done', stack, commands: commands.length, removed: target };
}
