import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { dataFile, loadTable, parseTable, shippedText, type TableLoad, type TableParse } from '../asset-table.js';

/**
 * AMD's and Intel's driver floors and supported cards as data (assets/data/gpu-vendors.json),
 * with sources and the date they were checked, validated at load. Loaded here, at the edge, like
 * the PyTorch wheel table (wheels/torch-wheels.ts); the checks and the installer import the
 * loaded table and stay pure. A missing or malformed file leaves the table null: the floor
 * checks then say "unknown" and no card is recognised, so a bad file can never make a check pass.
 */

const source = z.string().min(10);

/** One vendor's driver floor: the number, the form it is in, and how firm it is. */
export const vendorDriverFloorSchema = z.object({
  form: z.enum(['adrenalin', 'intel-build']),
  minimum: z.string().regex(/^\d{1,4}(\.\d{1,5}){1,2}$/u),
  status: z.enum(['vendor', 'community', 'vendor-old']),
  note: z.string().min(10),
  sources: z.array(source).min(1),
});

/** The cards a vendor's WSL stack supports, matched by the adapter's name. */
export const vendorCardsSchema = z.object({
  source,
  names: z.array(z.string().min(2).max(40)).min(1),
  unmatched: z.array(z.string()),
});

const vendorSchema = z.object({ path: z.string().min(10), driverFloor: vendorDriverFloorSchema, cards: vendorCardsSchema });

/** The whole file. */
export const gpuVendorTableSchema = z
  .object({
    schema: z.literal('wsl-gpu-setup/gpu-vendors@1'),
    checked: z.iso.date(),
    conventions: z.record(z.string(), z.string()),
    vendors: z.object({ amd: vendorSchema, intel: vendorSchema }),
  })
  .superRefine((t, ctx) => {
    // Each floor must be in the form its vendor's driver version is read in.
    if (t.vendors.amd.driverFloor.form !== 'adrenalin') ctx.addIssue({ code: 'custom', path: ['vendors', 'amd', 'driverFloor', 'form'], message: 'the AMD floor is an Adrenalin release' });
    if (t.vendors.intel.driverFloor.form !== 'intel-build') ctx.addIssue({ code: 'custom', path: ['vendors', 'intel', 'driverFloor', 'form'], message: 'the Intel floor is an Intel build number' });
  });

/** The validated table. */
export type GpuVendorTable = z.infer<typeof gpuVendorTableSchema>;
/** One vendor's driver floor. */
export type VendorDriverFloor = z.infer<typeof vendorDriverFloorSchema>;

const GPU_VENDORS_FILE = dataFile('gpu-vendors.json');

/** Parses and validates the table text; the error says why when it cannot. */
export function parseGpuVendorTable(text: string): TableParse<GpuVendorTable> {
  return parseTable(gpuVendorTableSchema, text);
}

/** Reads and validates the table through `readText` (injectable, so tests can make it fail); never throws. */
export function loadGpuVendorTable(readText: () => string | null = shippedText(GPU_VENDORS_FILE, path.dirname(fileURLToPath(import.meta.url)))): TableLoad<GpuVendorTable> {
  return loadTable(gpuVendorTableSchema, GPU_VENDORS_FILE, readText);
}

const loaded = loadGpuVendorTable();

/** The table, loaded once; null when the file is missing or malformed. */
export const GPU_VENDORS: GpuVendorTable | null = loaded.table;

/** Why the table could not be loaded, or null. */
export const GPU_VENDORS_ERROR: string | null = loaded.error;
