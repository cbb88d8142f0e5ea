import type { CommandSpec } from '../../runner/command.js';
import { NVIDIA_BASE_QUERY_FIELDS, NVIDIA_QUERY_FIELDS } from './csv-gpus.js';

/**
 * CommandSpec builders for nvidia-smi (`nvidia-smi.exe` on Windows, `/usr/lib/wsl/lib/nvidia-smi`
 * inside WSL). Pure: they take the resolved absolute path and return argv arrays.
 *
 * nvidia-smi prints UTF-8/ASCII (not UTF-16 like wsl.exe). 15 s is generous: a healthy run takes
 * well under a second, but the first NVML initialisation after boot or a driver update can take
 * several seconds, and a wedged driver would otherwise hang the probe.
 */
const TIMEOUT_MS = 15_000;

/** `nvidia-smi` with no arguments: the human table (driver, CUDA and banner versions, GPUs). */
export function nvidiaSmiTableCommand(file: string): CommandSpec {
  return { file, args: [], encoding: 'utf-8', timeoutMs: TIMEOUT_MS, label: 'nvidia-smi.windows' };
}

/**
 * `nvidia-smi --query-gpu=… --format=csv`: one CSV row per GPU. The header is kept (no
 * `noheader`) so the parser names columns from the output itself and stays correct if a field
 * is renamed or the order changes; units are stripped by the parser.
 */
export function nvidiaSmiQueryCommand(file: string, fields: readonly string[] = NVIDIA_QUERY_FIELDS, label = 'nvidia-smi.query'): CommandSpec {
  return {
    file,
    args: [`--query-gpu=${fields.join(',')}`, '--format=csv'],
    encoding: 'utf-8',
    timeoutMs: TIMEOUT_MS,
    label,
  };
}

/** The same query without the fields older drivers reject (asked only after such a rejection). */
export function nvidiaSmiBaseQueryCommand(file: string): CommandSpec {
  return nvidiaSmiQueryCommand(file, NVIDIA_BASE_QUERY_FIELDS, 'nvidia-smi.query-retry');
}
