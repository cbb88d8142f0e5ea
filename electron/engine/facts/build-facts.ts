import type { Facts } from '../../contract/facts.js';
import type { HostInfo } from '../../contract/platform.js';
import type { CaptureMap } from '../model.js';
import { distroFactsFrom } from './distro-facts.js';
import { gpusFactsFrom } from './gpus-facts.js';
import { hostStateFrom } from './host-state.js';
import { networkFactsFrom } from './network-facts.js';
import { nvidiaFactsFromCaptures } from './nvidia-facts.js';
import { windowsFactsFrom, windowsInventoryFrom } from './windows-facts.js';
import { wslFactsFrom } from './wsl-facts.js';

/** Turns raw captures into the public facts shape. Pure, so a replayed bundle gives the same facts. */
export function buildFacts(host: HostInfo, captures: CaptureMap): Facts {
  const inventory = windowsInventoryFrom(captures);
  return {
    host: { platform: host.platform, simulated: host.simulated },
    windows: inventory ? windowsFactsFrom(inventory) : null,
    windowsHost: inventory ? hostStateFrom(inventory) : null,
    wsl: wslFactsFrom(captures),
    nvidia: nvidiaFactsFromCaptures(captures),
    gpus: inventory ? gpusFactsFrom(inventory) : null,
    distro: distroFactsFrom(captures),
    network: networkFactsFrom(captures),
  };
}
