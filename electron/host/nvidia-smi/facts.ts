import type { NvidiaFacts, NvidiaGpu, ToolError } from '../../contract/facts.js';
import { csvDriverVersion, toNvidiaGpus } from './csv-gpus.js';
import type { NvidiaSmiCsv } from './parse-csv.js';
import type { NvidiaSmiTable, TableGpu } from './parse-table.js';

function fromTableGpu(g: TableGpu): NvidiaGpu {
  return {
    index: g.index,
    // As printed, even when cut with `...`; the CSV (never cut) replaces it when it ran.
    name: g.name,
    memoryTotalMiB: g.memoryTotalMiB,
    driverModel: g.driverModel,
    busId: g.busId,
    computeCapability: null,
  };
}

function sameGpu(a: NvidiaGpu, b: NvidiaGpu): boolean {
  if (a.busId !== null && b.busId !== null) return a.busId.toLowerCase() === b.busId.toLowerCase();
  return a.index !== null && a.index === b.index;
}

/** CSV values win; the table fills what the CSV left null. */
function mergeGpu(csv: NvidiaGpu, table: NvidiaGpu | undefined): NvidiaGpu {
  if (table === undefined) return csv;
  return {
    index: csv.index ?? table.index,
    name: csv.name ?? table.name,
    memoryTotalMiB: csv.memoryTotalMiB ?? table.memoryTotalMiB,
    driverModel: csv.driverModel ?? table.driverModel,
    busId: csv.busId ?? table.busId,
    computeCapability: csv.computeCapability ?? table.computeCapability,
  };
}

function toToolError(e: { code: string; message: string } | null | undefined): ToolError | null {
  return e ? { code: e.code, hresult: null, message: e.message } : null;
}

/** The facts when nvidia-smi does not exist at all (no NVIDIA driver): no GPUs, error `not-found`. */
export function nvidiaNotFound(message: string): NvidiaFacts {
  return { driverVersion: null, cudaVersion: null, smiVersion: null, gpus: [], error: { code: 'not-found', hresult: null, message } };
}

/**
 * Merges what the table and the CSV query said into `NvidiaFacts`. The CSV wins for per-GPU
 * fields (it is never truncated and carries compute capability); the table gives the CUDA and
 * banner versions. The error comes from the table, or from the CSV when the table showed no GPU
 * (a CSV-only failure such as an unknown query field on an old driver is not a GPU failure).
 * Output nobody recognised becomes `unrecognized-output` rather than a silent empty result.
 */
export function nvidiaFactsFrom(table: NvidiaSmiTable | null, csv: NvidiaSmiCsv | null): NvidiaFacts {
  const tableGpus = (table?.gpus ?? []).map(fromTableGpu);
  const csvGpus = csv?.kind === 'csv' ? toNvidiaGpus(csv.rows) : [];
  const gpus = csvGpus.length > 0 ? csvGpus.map((g) => mergeGpu(g, tableGpus.find((t) => sameGpu(g, t)))) : tableGpus;
  const driverVersion = (csv !== null ? csvDriverVersion(csv.rows) : null) ?? table?.driverVersion ?? null;
  let error = toToolError(table?.error) ?? (tableGpus.length > 0 ? null : toToolError(csv?.error));
  if (error === null && gpus.length === 0 && driverVersion === null) {
    const unknown = [table, csv].find((p) => p !== null && p.kind === 'unknown');
    if (unknown) error = { code: 'unrecognized-output', hresult: null, message: unknown.excerpt ?? '' };
  }
  return {
    driverVersion,
    cudaVersion: table?.cudaVersion ?? null,
    smiVersion: table?.smiVersion ?? null,
    gpus,
    error,
  };
}
