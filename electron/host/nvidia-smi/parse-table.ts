import { findNotFound, findToolError, type NvidiaSmiError } from './errors.js';
import { parseBanner, type TableBanner } from './table-banner.js';
import { boxCells, isGpuHeadLine, parseGpuBlock, parseProcessRow, type TableGpu, type TableProcess } from './table-rows.js';
import { headExcerpt, splitLines } from './text.js';

export type { TableGpu, TableProcess, NvidiaDriverModel } from './table-rows.js';

/** Most GPUs read from one table (a DGX-class box has 8–16; the cap only bounds garbage). */
export const MAX_TABLE_GPUS = 64;
/** Most process rows kept. */
export const MAX_TABLE_PROCESSES = 256;
const MAX_ISSUES = 32;

/** What kind of output this was: a table, a reported failure, a missing tool, or none of these. */
export type NvidiaSmiTableKind = 'table' | 'error' | 'not-found' | 'unknown';

/** The default `nvidia-smi` table, read by structure. */
export interface NvidiaSmiTable {
  kind: NvidiaSmiTableKind;
  /** The driver as nvidia-smi reports it (inside WSL: the Windows driver, e.g. `560.94`). */
  driverVersion: string | null;
  cudaVersion: string | null;
  cudaVersionError: boolean;
  /** The `NVIDIA-SMI x` banner version; inside WSL a Linux-style number that differs from the driver. */
  smiVersion: string | null;
  gpus: TableGpu[];
  processes: TableProcess[];
  /** A failure message found in the output (also set next to a table, e.g. one GPU in TCC mode). */
  error: NvidiaSmiError | null;
  issues: string[];
  /** A redacted excerpt of output that was not recognised; null otherwise. */
  excerpt: string | null;
}

/** Optional context from the run: the exit code tells "command not found" (127/9009) apart. */
export interface ParseTableOptions {
  exitCode?: number | null;
}

type Section = 'pre' | 'gpus' | 'after' | 'procs';

/** A box rule: `+---+---+`, `|---+---|` or `|===+===|` (checked by hand: a regex would backtrack). */
function isRuleLine(line: string): boolean {
  if (!line.startsWith('+') && !line.startsWith('|')) return false;
  let dashes = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '-' || c === '=') dashes++;
    else if (c !== '+' && c !== '|' && c !== ' ' && c !== '\t') return false;
  }
  return dashes >= 3;
}

/**
 * Parses the output of `nvidia-smi` with no arguments. Total: never throws, linear in the input,
 * at most 64 GPUs and 256 processes. The table is recognised by its boxes (`+---` rules, the
 * `|===+===|` header separator, `MiB / MiB` cells), not by English header labels.
 */
export function parseNvidiaSmiTable(text: string, options: ParseTableOptions = {}): NvidiaSmiTable {
  const { lines, truncated } = splitLines(text);
  const issues: string[] = [];
  if (truncated) issues.push('input longer than the parse limit; the rest was ignored');
  let banner: TableBanner | null = null;
  const gpus: TableGpu[] = [];
  const processes: TableProcess[] = [];
  let section: Section = 'pre';
  let block: string[] = [];
  let sawBox = false;
  let sawMemoryCell = false;

  const closeBlock = (): void => {
    if (block.length > 0 && gpus.length < MAX_TABLE_GPUS) {
      const gpu = parseGpuBlock(block);
      if (gpu !== null) gpus.push(gpu);
    } else if (block.length > 0) issues.push(`more than ${MAX_TABLE_GPUS} GPUs; the rest were ignored`);
    block = [];
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (banner === null) {
      banner = parseBanner(line);
      if (banner !== null) continue;
    }
    const isRule = isRuleLine(line);
    if (isRule || line.startsWith('|')) sawBox = true;
    if (/MiB\s*\//u.test(line)) sawMemoryCell = true;
    if (isRule && line.includes('=')) {
      // `|===+===|` opens a multi-column table (GPUs, or MIG devices after them); a single
      // `|=====|` opens the Processes box.
      if (section === 'gpus') closeBlock();
      if (line.includes('+')) section = section === 'pre' ? 'gpus' : 'after';
      else section = 'procs';
      continue;
    }
    if (section === 'gpus') {
      if (isRule) closeBlock();
      else if (line.startsWith('|') && boxCells(line).length >= 2) {
        if (isGpuHeadLine(line)) closeBlock();
        block.push(line);
      } else {
        closeBlock();
        section = 'after';
      }
    } else if (section === 'procs') {
      if (isRule) continue;
      if (!line.startsWith('|')) section = 'after';
      else if (processes.length < MAX_TABLE_PROCESSES) {
        const p = parseProcessRow(line);
        if (p !== null) processes.push(p);
      }
    }
  }
  if (section === 'gpus') closeBlock();

  const isTable = banner !== null || gpus.length > 0 || (sawBox && sawMemoryCell);
  const toolError = findToolError(lines);
  const notFound = isTable || toolError !== null ? null : findNotFound(lines, options.exitCode);
  const error = toolError ?? notFound;
  const kind: NvidiaSmiTableKind = isTable ? 'table' : toolError !== null ? 'error' : notFound !== null ? 'not-found' : 'unknown';
  if (banner !== null) issues.push(...banner.issues);
  if (isTable && gpus.length === 0 && toolError === null) issues.push('table without GPU rows');
  if (isTable && toolError !== null) issues.push(`table printed together with a failure (${toolError.code})`);
  if (kind === 'unknown') issues.push('output not recognised as nvidia-smi output');
  return {
    kind,
    driverVersion: banner?.driverVersion ?? null,
    cudaVersion: banner?.cudaVersion ?? null,
    cudaVersionError: banner?.cudaVersionError ?? false,
    smiVersion: banner?.smiVersion ?? null,
    gpus,
    processes,
    error,
    issues: issues.slice(0, MAX_ISSUES),
    excerpt: kind === 'unknown' ? headExcerpt(lines) : null,
  };
}
