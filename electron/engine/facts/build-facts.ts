import type { Facts } from '../../contract/facts.js';
import type { HostInfo } from '../../host/platform.js';
import type { CaptureMap } from '../model.js';
import { wslFactsFrom } from './wsl-facts.js';

/** Turns raw captures into the public facts shape. Pure, so a replayed bundle gives the same facts. */
export function buildFacts(host: HostInfo, captures: CaptureMap): Facts {
  return {
    host: { platform: host.platform, simulated: host.simulated },
    windows: null,
    windowsHost: null,
    wsl: wslFactsFrom(captures),
    nvidia: null,
    gpus: null,
  };
}
