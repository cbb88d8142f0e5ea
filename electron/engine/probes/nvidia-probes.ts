import { nvidiaSmiBaseQueryCommand, nvidiaSmiQueryCommand, nvidiaSmiTableCommand } from '../../host/nvidia-smi/commands.js';
import { rejectsOptionalField } from '../../host/nvidia-smi/csv-gpus.js';
import { captureText } from '../facts/capture-text.js';
import type { Probe } from '../model.js';

/** Probe ids (and bundle capture ids) of the Windows-side nvidia-smi. */
export const NVIDIA_PROBE_IDS = { table: 'nvidia-smi.windows', query: 'nvidia-smi.query', queryRetry: 'nvidia-smi.query-retry' } as const;

/**
 * nvidia-smi.exe as the NVIDIA driver installs it in System32: the default table (driver model,
 * CUDA version) and a CSV query (per-GPU fields). On a machine without an NVIDIA driver the file
 * is absent; that is a fact, not an error of ours. An older driver rejects the whole query for
 * one field it does not know; then the query is asked once more without the optional fields
 * (both captures are kept, so a replay sees the same two answers).
 */
export const nvidiaProbes: Probe[] = [
  { id: NVIDIA_PROBE_IDS.table, platforms: ['windows'], spec: (ctx) => nvidiaSmiTableCommand(ctx.tool('nvidia-smi.exe')) },
  { id: NVIDIA_PROBE_IDS.query, platforms: ['windows'], spec: (ctx) => nvidiaSmiQueryCommand(ctx.tool('nvidia-smi.exe')) },
  {
    id: NVIDIA_PROBE_IDS.queryRetry,
    platforms: ['windows'],
    after: [NVIDIA_PROBE_IDS.query],
    when(prior) {
      const first = prior.get(NVIDIA_PROBE_IDS.query);
      if (first === undefined || first.launchError !== null) return false;
      return rejectsOptionalField(captureText(first), first.exitCode);
    },
    spec: (ctx) => nvidiaSmiBaseQueryCommand(ctx.tool('nvidia-smi.exe')),
  },
];
