import type { NvidiaFacts } from '../../contract/facts.js';
import { nvidiaFactsFrom, nvidiaNotFound } from '../../host/nvidia-smi/facts.js';
import { parseNvidiaSmiCsv } from '../../host/nvidia-smi/parse-csv.js';
import { parseNvidiaSmiTable } from '../../host/nvidia-smi/parse-table.js';
import type { CaptureMap } from '../model.js';
import { NVIDIA_PROBE_IDS } from '../probes/nvidia-probes.js';
import { captureText, launchNotFound } from './capture-text.js';

/**
 * `facts.nvidia` from the nvidia-smi captures. Null when neither was captured; when the tool does
 * not exist (no NVIDIA driver) the error says `not-found` and there are no GPUs. When the first
 * query was rejected for a field the driver does not know, the retry without it stands for the
 * query. Pure.
 */
export function nvidiaFactsFromCaptures(captures: CaptureMap, ids: { table: string; query: string; queryRetry?: string } = NVIDIA_PROBE_IDS): NvidiaFacts | null {
  const table = captures.get(ids.table);
  const retry = ids.queryRetry !== undefined ? captures.get(ids.queryRetry) : undefined;
  const query = retry !== undefined && retry.launchError === null ? retry : captures.get(ids.query);
  if (!table && !query) return null;
  const missing = [table, query].find(launchNotFound);
  if (missing) return nvidiaNotFound(missing.launchError ?? '');
  return nvidiaFactsFrom(
    table ? parseNvidiaSmiTable(captureText(table), { exitCode: table.exitCode }) : null,
    query ? parseNvidiaSmiCsv(captureText(query), { exitCode: query.exitCode }) : null,
  );
}
