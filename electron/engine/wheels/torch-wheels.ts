import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { dataFile, loadTable, parseTable, shippedText, type TableLoad, type TableParse } from '../asset-table.js';

/**
 * PyTorch's CUDA wheel matrix as data (assets/data/torch-wheels.json): the variants of the
 * current release, the GPU architectures each carries kernels for, the driver floor of each
 * CUDA major, with sources and the date they were checked. Validated at load; read by the
 * checks (fix texts, driver requirements) and by the installer (recommend-torch-wheel.ts).
 */

const version = z.string().regex(/^\d{3}(\.\d{1,3}){0,2}$/u);
const smArch = z.string().regex(/^sm_\d{2,3}$/u);

/** One wheel variant (`cu126`): its CUDA runtime, architectures and index. */
export const torchWheelVariantSchema = z.object({
  id: z.string().regex(/^cu\d{3}$/u),
  cuda: z.string().regex(/^\d{2}\.\d$/u),
  role: z.string(),
  archs: z.array(smArch).min(1),
  ptx: z.string().nullable(),
  indexUrl: z.url().startsWith('https://download.pytorch.org/whl/'),
});

/** The driver floor of one CUDA major, in Windows numbering (also what WSL shows) and Linux numbering. */
export const driverFloorSchema = z.object({ windows: version, linux: version, source: z.string().min(10) });

/** The whole file. */
export const torchWheelTableSchema = z
  .object({
    schema: z.literal('wsl-gpu-setup/torch-wheels@1'),
    checked: z.iso.date(),
    release: z.object({ pytorch: z.string().regex(/^\d+\.\d+$/u), note: z.string(), sources: z.array(z.string().min(10)).min(1) }),
    conventions: z.record(z.string(), z.string()),
    driverFloors: z.record(z.string().regex(/^\d{2}$/u), driverFloorSchema),
    variants: z.array(torchWheelVariantSchema).min(1),
  })
  .superRefine((t, ctx) => {
    // Every variant's CUDA major needs its floor, and the index URL must name the variant.
    t.variants.forEach((v, i) => {
      if (t.driverFloors[v.cuda.split('.')[0] ?? ''] === undefined) ctx.addIssue({ code: 'custom', path: ['variants', i, 'cuda'], message: `${v.id}: no driver floor for CUDA ${v.cuda}` });
      if (!v.indexUrl.endsWith(`/${v.id}`)) ctx.addIssue({ code: 'custom', path: ['variants', i, 'indexUrl'], message: `${v.id}: index URL ${v.indexUrl} is not the variant's` });
    });
  });

/** The validated table. */
export type TorchWheelTable = z.infer<typeof torchWheelTableSchema>;
/** One variant. */
export type TorchWheelVariant = z.infer<typeof torchWheelVariantSchema>;

/** The relative location of the table below the repository (or resources) root. */
const TORCH_WHEELS_FILE = dataFile('torch-wheels.json');

/** Parses and validates the table text; the error says why when it cannot. */
export function parseTorchWheelTable(text: string): TableParse<TorchWheelTable> {
  return parseTable(torchWheelTableSchema, text);
}

/** Reads and validates the table through `readText` (injectable, so tests can make it fail); never throws. */
export function loadTorchWheelTable(readText: () => string | null = shippedText(TORCH_WHEELS_FILE, path.dirname(fileURLToPath(import.meta.url)))): TableLoad<TorchWheelTable> {
  return loadTable(torchWheelTableSchema, TORCH_WHEELS_FILE, readText);
}

const loaded = loadTorchWheelTable();

/** The table, loaded once; null when the file is missing or malformed (then no wheel is advised). */
export const TORCH_WHEELS: TorchWheelTable | null = loaded.table;

/** Why the table could not be loaded, or null. */
export const TORCH_WHEELS_ERROR: string | null = loaded.error;
