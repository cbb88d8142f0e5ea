import type { NetworkFacts } from '../../contract/network-facts.js';
import { parseReachability } from '../../host/network/parse-reachability.js';
import { decodeToolOutput } from '../../host/text/decode.js';
import type { CaptureMap } from '../model.js';
import { NETWORK_PROBE_ID } from '../probes/network-probe.js';

/**
 * `facts.network` from the reachability capture; null when it was not captured (a host it does
 * not apply to, or a replayed bundle made before the probe existed). A PowerShell that could not
 * start, or was stopped at its deadline, measured nothing and says so.
 */
export function networkFactsFrom(captures: CaptureMap): NetworkFacts | null {
  const c = captures.get(NETWORK_PROBE_ID);
  if (c === undefined) return null;
  const parsed = parseReachability(decodeToolOutput(c.stdout, c.encoding));
  if (!c.launchError || parsed.measured) return parsed;
  return { ...parsed, unmeasuredReason: 'not-run', message: c.launchError.slice(0, 300) };
}
