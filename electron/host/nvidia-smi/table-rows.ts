/**
 * Reads the boxed rows of the nvidia-smi table by shape: cells are split on `|`, a GPU row
 * starts with its index, the bus id and the `used MiB / total MiB` cell are found by pattern,
 * wherever a layout (pre-535 narrow, 535 wide, 555+ with `Driver-Model`) puts them.
 */

/** Windows driver models nvidia-smi prints in the first cell of a GPU row. */
export type NvidiaDriverModel = 'WDDM' | 'TCC' | 'MCDM';

/** One GPU as the table shows it. Numbers are `null` where the table prints N/A or nothing. */
export interface TableGpu {
  index: number;
  /** The name as printed, including a trailing `...` when nvidia-smi cut it. */
  name: string | null;
  nameTruncated: boolean;
  memoryTotalMiB: number | null;
  memoryUsedMiB: number | null;
  /** Windows only: the driver model column (`TCC/WDDM` or `Driver-Model`); null in Linux tables. */
  driverModel: NvidiaDriverModel | null;
  /** Linux only: the persistence-mode column. */
  persistenceMode: 'On' | 'Off' | null;
  busId: string | null;
  temperatureC: number | null;
  gpuUtilPercent: number | null;
}

/** One row of the Processes box. */
export interface TableProcess {
  gpuIndex: number | null;
  pid: number;
  /** `C`, `G`, `C+G`, `M`, … as printed. */
  type: string;
  name: string;
  memoryMiB: number | null;
}

/** Splits a box line into its inner cells (`| a | b |` → `[' a ', ' b ']`). */
export function boxCells(line: string): string[] {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return [];
  const parts = trimmed.split('|');
  parts.shift();
  if (parts.length > 0 && (parts[parts.length - 1] ?? '').trim() === '') parts.pop();
  return parts;
}

const GPU_HEAD = /^(\d{1,4})\s+(\S.*)$/u;
const BUS_ID = /\b([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f])\b/u;
const MEMORY = /(\d{1,9})\s*MiB\s*\/\s*(\d{1,9})\s*MiB/u;
const TEMPERATURE = /(?:^|\s)(\d{1,3})C(?:\s|$)/u;
const PERCENT = /(?:^|\s)(\d{1,3})\s*%/u;
const MODELS: Record<string, NvidiaDriverModel> = { WDDM: 'WDDM', TCC: 'TCC', MCDM: 'MCDM' };
const TAIL_TOKENS = new Set(['WDDM', 'TCC', 'MCDM', 'ON', 'OFF', 'N/A']);

/** True when the first cell of a box line opens a GPU block (`   0  NVIDIA GeForce …`). */
export function isGpuHeadLine(line: string): boolean {
  const first = boxCells(line)[0];
  return first !== undefined && boxCells(line).length >= 2 && GPU_HEAD.test(first.trim());
}

/** Reads one GPU block (its box lines, first line first); null when the first line is no GPU row. */
export function parseGpuBlock(lines: readonly string[]): TableGpu | null {
  const head = lines[0];
  if (head === undefined) return null;
  const cells = boxCells(head);
  const m = GPU_HEAD.exec((cells[0] ?? '').trim());
  if (m === null) return null;
  const index = Number(m[1]);
  let name: string | null = (m[2] ?? '').trim();
  let driverModel: NvidiaDriverModel | null = null;
  let persistenceMode: 'On' | 'Off' | null = null;
  const cut = name.search(/\s\S+$/u);
  const tail = cut >= 0 ? name.slice(cut + 1) : '';
  if (TAIL_TOKENS.has(tail.toUpperCase())) {
    driverModel = MODELS[tail.toUpperCase()] ?? null;
    if (tail.toUpperCase() === 'ON') persistenceMode = 'On';
    if (tail.toUpperCase() === 'OFF') persistenceMode = 'Off';
    name = name.slice(0, cut).trim();
  }
  if (name === '') name = null;
  const busId = BUS_ID.exec(cells.slice(1).join('|'))?.[1] ?? null;
  let memoryUsedMiB: number | null = null;
  let memoryTotalMiB: number | null = null;
  let temperatureC: number | null = null;
  let gpuUtilPercent: number | null = null;
  for (const line of lines.slice(1)) {
    const rowCells = boxCells(line);
    const mem = MEMORY.exec(line);
    if (mem !== null && memoryTotalMiB === null) {
      memoryUsedMiB = Number(mem[1]);
      memoryTotalMiB = Number(mem[2]);
      const t = TEMPERATURE.exec(rowCells[0] ?? '');
      if (t !== null) temperatureC = Number(t[1]);
      const u = PERCENT.exec(rowCells[2] ?? '');
      if (u !== null) gpuUtilPercent = Number(u[1]);
    }
  }
  return {
    index,
    name,
    nameTruncated: name !== null && name.endsWith('...'),
    memoryTotalMiB,
    memoryUsedMiB,
    driverModel,
    persistenceMode,
    busId,
    temperatureC,
    gpuUtilPercent,
  };
}

const PROCESS_TYPE = /^[CGM](?:\+[CGM]){0,2}$/u;
const PROCESS_MEMORY = /^(?:(\d{1,9})MiB|N\/A)$/u;

/**
 * Reads one row of the Processes box: `GPU [GI CI] PID Type Name Memory` (GI/CI appeared in
 * R450). Returns null for anything else, such as "No running processes found".
 */
export function parseProcessRow(line: string): TableProcess | null {
  const cells = boxCells(line);
  if (cells.length !== 1) return null;
  const tokens = (cells[0] ?? '').trim().split(/\s+/u).slice(0, 64);
  if (tokens.length < 4) return null;
  const gpuTok = tokens[0] ?? '';
  if (!/^(?:\d{1,4}|N\/A)$/u.test(gpuTok)) return null;
  const last = tokens[tokens.length - 1] ?? '';
  const mem = PROCESS_MEMORY.exec(last);
  const memIdx = mem === null ? tokens.length : tokens.length - 1;
  for (let t = 2; t <= Math.min(4, memIdx - 1); t++) {
    const pidTok = tokens[t - 1] ?? '';
    if (PROCESS_TYPE.test(tokens[t] ?? '') && /^\d{1,10}$/u.test(pidTok)) {
      return {
        gpuIndex: gpuTok === 'N/A' ? null : Number(gpuTok),
        pid: Number(pidTok),
        type: tokens[t] ?? '',
        name: tokens.slice(t + 1, memIdx).join(' '),
        memoryMiB: mem?.[1] !== undefined ? Number(mem[1]) : null,
      };
    }
  }
  return null;
}
