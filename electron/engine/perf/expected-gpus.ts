import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { findAssetFile } from '../find-asset-file.js';

/**
 * The table of expected micro-benchmark figures per GPU (assets/perf/expected-gpus.json; its
 * `conventions` say how each figure is counted). Read once, at module load, so the checks stay
 * pure functions of the facts. The file is found by walking up from this module: the source
 * tree (electron/engine/perf) and a bundle (dist/main) both sit below the folder holding assets/.
 */

const range = z.tuple([z.number().nonnegative(), z.number().nonnegative()]);
const specValue = z.union([z.number(), range]).nullable();

/**
 * What makes a row "measured" (conventions.estimated): who ran the benchmark, when, with what,
 * the committed collector document it came from, and the figures it printed. Without it a row
 * is an estimate, whatever its source text says.
 */
export const measuredSourceSchema = z.object({
  by: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  tool: z.string().min(1),
  /** Repository path of the collector document (`test/fixtures/...json`, with its `.meta.json`). */
  fixture: z.string().regex(/^test\/fixtures\/.+\.json$/u),
  figures: z.object({ fp32: z.number().positive().nullable(), fp16: z.number().positive().nullable(), bf16: z.number().positive().nullable(), copyGBps: z.number().positive().nullable() }),
});

/** One GPU row. */
export const expectedGpuSchema = z
  .object({
    id: z.string(),
    names: z.array(z.string()).min(1),
    class: z.enum(['desktop', 'laptop', 'datacenter']),
    arch: z.string(),
    spec: z.object({ fp32: specValue, fp16: specValue, bf16: specValue, memGBps: specValue }),
    expected: z.object({ fp32: range.nullable(), fp16: range.nullable(), bf16: range.nullable(), copyGBps: range.nullable() }),
    estimated: z.boolean(),
    source: z.string(),
    measured: measuredSourceSchema.optional(),
  })
  .superRefine((row, ctx) => {
    // A row claims "measured" only with the measurement behind it; its own words must agree.
    if (row.estimated) return;
    if (row.measured === undefined) ctx.addIssue({ code: 'custom', path: ['measured'], message: `${row.id}: estimated: false needs a measured source (conventions.estimated)` });
    if (/\[est\]|estimate/iu.test(row.source)) ctx.addIssue({ code: 'custom', path: ['source'], message: `${row.id}: estimated: false, but the source says it is an estimate` });
  });

/** The whole file. */
export const expectedGpuTableSchema = z.object({
  schema: z.literal('wsl-gpu-setup/expected-gpus@1'),
  conventions: z.record(z.string(), z.string()),
  gpus: z.array(expectedGpuSchema),
});

/** One GPU row: device names, vendor peaks and the achieved ranges. */
export type ExpectedGpu = z.infer<typeof expectedGpuSchema>;

/** The relative location of the table below the repository (or resources) root. */
export const EXPECTED_GPUS_FILE = path.join('assets', 'perf', 'expected-gpus.json');

/** Finds the table file above `fromDir` (at most six levels up), or null. */
export function findExpectedGpusFile(fromDir: string): string | null {
  return findAssetFile(EXPECTED_GPUS_FILE, fromDir);
}

/** Parses and validates the table text; the error says why when it cannot. */
export function parseExpectedGpuTable(text: string): { ok: true; gpus: ExpectedGpu[] } | { ok: false; error: string } {
  try {
    const parsed = expectedGpuTableSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return { ok: false, error: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    return { ok: true, gpus: parsed.data.gpus };
  } catch (error) {
    return { ok: false, error: String((error as Error).message ?? error) };
  }
}

function load(): { gpus: ExpectedGpu[]; error: string | null } {
  try {
    const file = findExpectedGpusFile(path.dirname(fileURLToPath(import.meta.url)));
    if (file === null) return { gpus: [], error: `${EXPECTED_GPUS_FILE} not found` };
    const r = parseExpectedGpuTable(fs.readFileSync(file, 'utf8'));
    return r.ok ? { gpus: r.gpus, error: null } : { gpus: [], error: r.error };
  } catch (error) {
    return { gpus: [], error: String((error as Error).message ?? error) };
  }
}

const loaded = load();

/** The table, loaded once; empty when the file is missing or malformed (then every GPU has "no reference"). */
export const EXPECTED_GPUS: readonly ExpectedGpu[] = loaded.gpus;

/** Why the table could not be loaded, or null. */
export const EXPECTED_GPUS_ERROR: string | null = loaded.error;
