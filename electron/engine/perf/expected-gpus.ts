import { z } from 'zod';

/**
 * The shape of the table of expected micro-benchmark figures per GPU
 * (assets/perf/expected-gpus.json; its `conventions` say how each figure is counted) and its
 * parser. Pure: the file is read at the edge (load-expected-gpus.ts) and the rows are handed to
 * the gpu.performance check, so importing a check never touches the disk.
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
