import { z } from 'zod';
import { isAllowedDistroName } from './distro-name.js';
import { EXPLAIN_PASTE_MAX, EXPLAIN_TOOLS } from './explain.js';
import { isValidLinuxUser } from './linux-user.js';
import { PROFILES, STACK_IDS } from './setup.js';

/**
 * Runtime schemas for every invoke and send channel's arguments. The router validates each call
 * against these before any handler runs. Ids are allow-listed shapes: the renderer can only
 * name a step, a check or a run, never a command line.
 */

/** A step or check id: lowercase words joined by dots or dashes, e.g. `wsl.update`. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/).max(64);

/**
 * A run id as minted by the engine: a random UUID for setup runs (it survives restarts through the
 * journal), `run-N` for the diagnostics' single-step runs.
 */
export const runIdSchema = z.string().regex(/^(run-[0-9]{1,9}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/);

/** A WSL distro name: the one rule of ./distro-name.ts (letters, digits, `.`, `_`, `-`, never an option, never `Legacy`). */
export const distroNameSchema = z.string().refine(isAllowedDistroName, 'not an allowed distro name');

/** A new Linux user's name: the one rule of ./linux-user.ts (Debian's shape, never a system account). */
export const linuxUserSchema = z.string().refine(isValidLinuxUser, 'not an allowed Linux user name');

/** The choices a person makes before the plan: allow-listed names only, nothing else. */
export const setupChoicesSchema = z.strictObject({
  distro: distroNameSchema.optional(),
  user: linuxUserSchema.optional(),
  stacks: z.array(z.enum(STACK_IDS)).max(STACK_IDS.length).refine((s) => new Set(s).size === s.length, 'stacks listed twice').optional(),
  exportBeforeChange: z.boolean().optional(),
});

export const profileSchema = z.enum(PROFILES);

/**
 * The new Linux user's password: it goes to chpasswd's stdin as `user:password\n`, so a line
 * break or NUL would end or corrupt that line. Memory only: never logged, journaled or echoed.
 */
export const passwordSchema = z.string().min(1).max(256).regex(/^[^\r\n\0]+$/);

export const noArgs = z.tuple([]);

/** A support preview's token as minted by the main process (a random UUID). */
export const supportTokenSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const schemas = {
  'app:info': noArgs,
  'engine:get': noArgs,
  'checks:run': noArgs,
  'step:start': z.tuple([z.strictObject({ stepId: idSchema })]),
  'run:cancel': z.tuple([z.strictObject({ runId: runIdSchema })]),
  'run:resize': z.tuple([
    z.strictObject({ runId: runIdSchema, cols: z.number().int().min(2).max(1000), rows: z.number().int().min(1).max(500) }),
  ]),
  'setup:plan': z.tuple([z.strictObject({ profile: profileSchema, choices: setupChoicesSchema })]),
  // `accepted: true` is the consent: the main process plans again itself and never takes a plan or argv from the renderer.
  'setup:apply': z.tuple([z.strictObject({ profile: profileSchema, choices: setupChoicesSchema, accepted: z.literal(true), password: passwordSchema.optional() })]),
  'setup:resume': z.union([noArgs, z.tuple([z.strictObject({ password: passwordSchema.optional() })])]),
  'setup:cancel': z.tuple([z.strictObject({ runId: runIdSchema })]),
  // Restarts Windows for a run that waits for it; the main process checks the run's state itself.
  'setup:restart': z.tuple([z.strictObject({ runId: runIdSchema })]),
  'setup:get': noArgs,
  'setup:verify': noArgs,
  // Only a stack id: what is removed comes from the journal's record, never from the renderer.
  'setup:undo': z.tuple([z.strictObject({ stack: z.enum(STACK_IDS) })]),
  'support:preview': noArgs,
  // Only the preview's token: where the bundle goes is the main process's choice, never the renderer's.
  'support:export': z.tuple([z.strictObject({ token: supportTokenSchema })]),
  'support:open': noArgs,
  'support:info': noArgs,
  'support:open-logs': noArgs,
  // Text only (never a path to read): bounded, with the tool from the classifier's own list.
  'explain:run': z.tuple([
    z.strictObject({ text: z.string().max(EXPLAIN_PASTE_MAX), tool: z.enum(['auto', ...EXPLAIN_TOOLS]), exitCode: z.number().int().min(-2147483648).max(4294967295).nullable() }),
  ]),
  'run:ack': z.tuple([z.strictObject({ runId: runIdSchema, chars: z.number().int().min(1).max(10_000_000) })]),
} as const;

export type SchemaChannel = keyof typeof schemas;
