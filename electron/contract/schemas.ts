import { z } from 'zod';

/**
 * Runtime schemas for every invoke and send channel's arguments. The router validates each call
 * against these before any handler runs. Ids are allow-listed shapes: the renderer can only
 * name a step, a check or a run, never a command line.
 */

/** A step or check id: lowercase words joined by dots or dashes, e.g. `wsl.update`. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/).max(64);

/** A run id as minted by the engine. */
export const runIdSchema = z.string().regex(/^run-[0-9]{1,9}$/);

export const noArgs = z.tuple([]);

export const schemas = {
  'app:info': noArgs,
  'engine:get': noArgs,
  'checks:run': noArgs,
  'step:start': z.tuple([z.strictObject({ stepId: idSchema })]),
  'run:cancel': z.tuple([z.strictObject({ runId: runIdSchema })]),
  'run:resize': z.tuple([
    z.strictObject({ runId: runIdSchema, cols: z.number().int().min(2).max(1000), rows: z.number().int().min(1).max(500) }),
  ]),
  'run:ack': z.tuple([z.strictObject({ runId: runIdSchema, chars: z.number().int().min(1).max(10_000_000) })]),
} as const;

export type SchemaChannel = keyof typeof schemas;
