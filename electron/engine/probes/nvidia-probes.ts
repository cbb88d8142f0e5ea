import { nvidiaSmiQueryCommand, nvidiaSmiTableCommand } from '../../host/nvidia-smi/commands.js';
import type { Probe } from '../model.js';

/** Probe ids (and bundle capture ids) of the Windows-side nvidia-smi. */
export const NVIDIA_PROBE_IDS = { table: 'nvidia-smi.windows', query: 'nvidia-smi.query' } as const;

/**
 * nvidia-smi.exe as the NVIDIA driver installs it in System32: the default table (driver model,
 * CUDA version) and a CSV query (per-GPU fields). On a machine without an NVIDIA driver the file
 * is absent; that is a fact, not an error of ours.
 */
export const nvidiaProbes: Probe[] = [
  { id: NVIDIA_PROBE_IDS.table, platforms: ['windows'], spec: (ctx) => nvidiaSmiTableCommand(ctx.tool('nvidia-smi.exe')) },
  { id: NVIDIA_PROBE_IDS.query, platforms: ['windows'], spec: (ctx) => nvidiaSmiQueryCommand(ctx.tool('nvidia-smi.exe')) },
];
