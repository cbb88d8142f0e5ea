import { splitLines } from '../nvidia-smi/text.js';

/** The loaded NVIDIA kernel module, from `/proc/driver/nvidia/version` (native Linux only). */
export interface ProcDriverVersion {
  /** `550.54.14` */
  version: string;
  /** The open-source kernel module (`Open Kernel Module`). */
  open: boolean;
}

const VERSION = /^\d{3}\.\d{1,3}(?:\.\d{1,3})?$/u;

/**
 * Parses `NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.14  Thu Feb 22 …` (or the
 * `Open Kernel Module for x86_64` form). The version is found by shape on the NVRM line.
 * Total: never throws; null when no version is present.
 */
export function parseProcDriverVersion(text: string): ProcDriverVersion | null {
  for (const line of splitLines(typeof text === 'string' ? text : '').lines) {
    if (!line.startsWith('NVRM')) continue;
    const version = line.split(/\s+/u).find((t) => VERSION.test(t));
    if (version) return { version, open: /\bOpen\b/u.test(line) };
  }
  return null;
}
