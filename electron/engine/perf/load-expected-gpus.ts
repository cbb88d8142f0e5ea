import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAssetFile } from '../find-asset-file.js';
import { parseExpectedGpuTable, type ExpectedGpu } from './expected-gpus.js';

/**
 * Reads the expected-GPU table from disk. Called at the edge (createEngine, the CLI), which
 * hands the rows to the plan's checks; no check imports this. The file is found by walking up
 * from this module: the source tree (electron/engine/perf) and a bundle (dist/main) both sit
 * below the folder holding assets/.
 */

/** The relative location of the table below the repository (or resources) root. */
export const EXPECTED_GPUS_FILE = path.join('assets', 'perf', 'expected-gpus.json');

/** The loaded rows; empty, with the reason, when the file is missing or malformed (every GPU then has "no reference"). */
export interface LoadedExpectedGpus {
  gpus: readonly ExpectedGpu[];
  error: string | null;
}

/** Finds the table file above `fromDir` (at most six levels up), or null. */
export function findExpectedGpusFile(fromDir: string): string | null {
  return findAssetFile(EXPECTED_GPUS_FILE, fromDir);
}

/** Reads and validates the table found above `fromDir` (default: this module's folder). Never throws. */
export function loadExpectedGpus(fromDir: string = path.dirname(fileURLToPath(import.meta.url))): LoadedExpectedGpus {
  try {
    const file = findExpectedGpusFile(fromDir);
    if (file === null) return { gpus: [], error: `${EXPECTED_GPUS_FILE} not found` };
    const r = parseExpectedGpuTable(fs.readFileSync(file, 'utf8'));
    return r.ok ? { gpus: r.gpus, error: null } : { gpus: [], error: r.error };
  } catch (error) {
    return { gpus: [], error: String((error as Error).message ?? error) };
  }
}
