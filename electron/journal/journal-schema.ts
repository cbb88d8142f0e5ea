import { z } from 'zod';
import { idSchema } from '../contract/schemas.js';
import { PROFILES, STACK_IDS } from '../contract/setup.js';
import type { RunJournal } from '../engine/setup/ports.js';

/**
 * The strict shape of a journal (reliability.md §3.2): step ids, params and states only. Every
 * object is strict, so a field the app never writes (an `argv`, a `command`) makes the whole file
 * invalid rather than being carried along; params hold plain JSON values and no key that names a
 * command line. What fails here is never handed to the engine: it re-probes instead.
 */

export const JOURNAL_SCHEMA = 'wsl-gpu-setup/journal@1' as const;

/**
 * Param keys that would mean someone stored a command line (the app's steps never use them), and
 * keys that would reach an object's prototype once the params are spread or merged.
 */
const FORBIDDEN_KEYS = new Set(['argv', 'args', 'command', 'commandline', 'cmd', 'cmdline', 'exec', 'shell', 'script', '__proto__', 'constructor', 'prototype']);

/** Nesting limit for params: real params are flat (a list of stacks at most). */
const MAX_PARAM_DEPTH = 4;

function isPlainJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth >= MAX_PARAM_DEPTH) return false;
  if (Array.isArray(value)) return value.length <= 256 && value.every((v) => isPlainJson(v, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).every(([k, v]) => !FORBIDDEN_KEYS.has(k.toLowerCase()) && isPlainJson(v, depth + 1));
  }
  return false;
}

/**
 * Checked on the raw value (not a copy a record schema would make, which silently drops a
 * `__proto__` key): the file's own keys are what is judged.
 */
const paramsSchema = z.custom<Record<string, unknown>>(
  (p) => typeof p === 'object' && p !== null && !Array.isArray(p) && Object.keys(p).length <= 64 && isPlainJson(p, 0),
  { message: 'params must be plain JSON values without command-line fields' },
);

const isoTime = z.iso.datetime({ offset: true });
const stepId = idSchema;

/** The step's state (contract/setup.ts StepState), a closed set. */
const stepStateSchema = z.enum(['pending', 'already-done', 'running', 'done', 'failed', 'cancelled', 'reboot-pending', 'resumed', 'blocked']);
const outcomeSchema = z.enum(['ok', 'changed', 'reboot-required', 'retryable', 'failed']);

const journalStepSchema = z.strictObject({
  stepId,
  params: paramsSchema,
  state: stepStateSchema,
  attempts: z.number().int().min(0).max(1_000_000),
  outcome: outcomeSchema.nullable(),
  exitCode: z.number().int().min(-0x8000_0000).max(0xffff_ffff).nullable(),
  startedAt: isoTime.nullable(),
  endedAt: isoTime.nullable(),
});

/** Linux user names as the setup accepts them (i9 design: `^[a-z_][a-z0-9_-]{0,31}$`). */
const linuxUser = z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/);
/** WSL distro names (same shape as host/wsl/parse-shapes DISTRO_NAME_RE). */
const distroName = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

const choicesSchema = z.strictObject({
  distro: distroName.optional(),
  user: linuxUser.optional(),
  stacks: z.array(z.enum(STACK_IDS)).max(STACK_IDS.length).optional(),
  exportBeforeChange: z.boolean().optional(),
});

const pathLike = z.string().min(1).max(4096);
const undoSchema = z.strictObject({
  stack: z.enum(STACK_IDS),
  aptPackages: z.array(z.string().regex(/^[a-z0-9][a-z0-9+.:-]{0,127}$/)).max(512),
  aptSources: z.array(pathLike).max(64),
  paths: z.array(pathLike).max(512),
  /** A venv stack's Python distributions (engine/steps/stacks/venv-stack.ts); undo re-checks the venv is the app's. */
  pipPackages: z.strictObject({ venv: pathLike, packages: z.array(z.string().regex(/^[a-z0-9][a-z0-9._-]{0,80}$/)).max(64) }).optional(),
  /** Groups a stack added the user to; undo re-checks them against its own allow-list. */
  groups: z.array(z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/)).max(8).optional(),
});

export const runJournalSchema = z.strictObject({
  schema: z.literal(JOURNAL_SCHEMA),
  runId: z.uuid(),
  profile: z.enum(PROFILES),
  choices: choicesSchema,
  createdAt: isoTime,
  steps: z.array(journalStepSchema).max(256),
  rebootRequestedBy: stepId.nullable(),
  resumeRegistered: z.boolean(),
  undo: z.array(undoSchema).max(STACK_IDS.length * 4),
});

/** Validates a journal body; the reason names the first problem (for logs, not for people). */
export function validateRunJournal(value: unknown, knownStepIds?: ReadonlySet<string>): { ok: true; journal: RunJournal } | { ok: false; reason: string } {
  const parsed = runJournalSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `schema: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}` };
  }
  const journal: RunJournal = parsed.data;
  if (knownStepIds) {
    const unknown = [...journal.steps.map((s) => s.stepId), ...(journal.rebootRequestedBy ? [journal.rebootRequestedBy] : [])].find((id) => !knownStepIds.has(id));
    if (unknown !== undefined) return { ok: false, reason: `schema: unknown step id ${JSON.stringify(unknown)}` };
  }
  return { ok: true, journal };
}
