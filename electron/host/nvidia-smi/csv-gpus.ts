import type { NvidiaGpu } from '../../contract/facts.js';
import type { NvidiaSmiCsvRow } from './parse-csv.js';

/**
 * The query fields the app asks for, in `--query-gpu` order. Each maps to one `NvidiaGpu` field
 * (or, for `driver_version`, to `NvidiaFacts.driverVersion`).
 */
export const NVIDIA_QUERY_FIELDS = [
  'index',
  'name',
  'memory.total',
  'driver_model.current',
  'pci.bus_id',
  'compute_cap',
  'driver_version',
] as const;

/**
 * Fields only newer drivers know. A 470-series nvidia-smi does not know `compute_cap`
 * (huggingface/candle#733 on 470.182.03, NVIDIA/TensorRT-LLM#735 on 470.82.01) and fails the
 * whole query: `Field "compute_cap" is not a valid field to query.` on stdout, exit code 2
 * (canonical/inference-snaps#128; "2: a supplied argument or flag is invalid" in nvidia-smi(1)).
 * On that answer the query is asked again without them; compute capability then stays null.
 */
export const NVIDIA_OPTIONAL_QUERY_FIELDS: readonly string[] = ['compute_cap'];

/** nvidia-smi(1): exit code 2, "a supplied argument or flag is invalid". */
const INVALID_ARGUMENT_EXIT = 2;

/**
 * True when a CSV query's answer is the rejection of an optional field (exit code 2, the field
 * named in quotes): the one rule for asking again without those fields, on Windows and in the
 * collector alike (assets/probe/lib_commands.py applies the same test). Not keyed on the English
 * sentence.
 */
export function rejectsOptionalField(output: string, exitCode: number | null): boolean {
  return exitCode === INVALID_ARGUMENT_EXIT && NVIDIA_OPTIONAL_QUERY_FIELDS.some((f) => output.includes(`"${f}"`));
}

/** The query fields every driver that runs WSL knows: the list above without the optional ones. */
export const NVIDIA_BASE_QUERY_FIELDS: readonly string[] = NVIDIA_QUERY_FIELDS.filter((f) => !NVIDIA_OPTIONAL_QUERY_FIELDS.includes(f));

const INT = /^\d{1,9}$/u;
const NUMBER = /^\d{1,12}(?:\.\d{1,6})?$/u;
const VERSION = /^\d{1,4}(?:\.\d{1,6}){1,3}$/u;
const COMPUTE_CAP = /^\d{1,2}\.\d{1,2}$/u;

function text(row: NvidiaSmiCsvRow, key: string): string | null {
  const v = row[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Maps CSV rows to `NvidiaGpu`s; a column that is missing or unreadable gives null, never a guess. */
export function toNvidiaGpus(rows: readonly NvidiaSmiCsvRow[]): NvidiaGpu[] {
  return rows.slice(0, 64).map((row) => {
    const index = text(row, 'index');
    const mem = text(row, 'memory.total');
    const cc = text(row, 'compute_cap');
    return {
      index: index !== null && INT.test(index) ? Number(index) : null,
      name: text(row, 'name'),
      memoryTotalMiB: mem !== null && NUMBER.test(mem) ? Math.round(Number(mem)) : null,
      driverModel: text(row, 'driver_model.current'),
      busId: text(row, 'pci.bus_id'),
      computeCapability: cc !== null && COMPUTE_CAP.test(cc) ? cc : null,
    };
  });
}

/** The first well-formed `driver_version` among the rows (every GPU reports the same driver). */
export function csvDriverVersion(rows: readonly NvidiaSmiCsvRow[]): string | null {
  for (const row of rows) {
    const v = text(row, 'driver_version');
    if (v !== null && VERSION.test(v)) return v;
  }
  return null;
}
