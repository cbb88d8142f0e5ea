import type { WslFacts } from '../../contract/facts.js';
import { emptyWslFacts } from '../../contract/facts.js';
import { extractWslError } from '../../host/wsl/error-token.js';
import { parseWslListOnline } from '../../host/wsl/parse-list-online.js';
import { parseWslListVerbose } from '../../host/wsl/parse-list.js';
import { parseWslStatus } from '../../host/wsl/parse-status.js';
import { parseWslVersion } from '../../host/wsl/parse-version.js';
import type { CaptureMap } from '../model.js';
import { DISTRO_BOOT_PROBE_ID } from '../probes/distro-probe.js';
import { WSL_PROBE_IDS } from '../probes/wsl-probes.js';
import { captureText, launchNotFound } from './capture-text.js';
import { distroStartError } from './distro-start-error.js';
import { toolErrorFrom } from './tool-error-from.js';

/**
 * Builds `facts.wsl` from the wsl.exe captures. Pure. Returns null when no wsl.exe probe was
 * captured at all (a replayed bundle without them, or a host where they do not apply).
 */
export function wslFactsFrom(captures: CaptureMap): WslFacts | null {
  const version = captures.get(WSL_PROBE_IDS.version);
  const status = captures.get(WSL_PROBE_IDS.status);
  const list = captures.get(WSL_PROBE_IDS.listVerbose);
  const online = captures.get(WSL_PROBE_IDS.listOnline);
  const boot = captures.get(DISTRO_BOOT_PROBE_ID);
  if (!version && !status && !list && !online && !boot) return null;

  const facts = emptyWslFacts();
  // wsl.exe missing from System32 entirely: no WSL of any kind on this machine.
  if ([version, status].some(launchNotFound)) {
    return { ...facts, installed: false, kind: 'none' };
  }

  const statusText = status ? captureText(status) : '';
  let statusOk = false;
  if (status && status.exitCode === 0) {
    const parsed = parseWslStatus(statusText);
    facts.defaultDistribution = parsed.defaultDistribution;
    facts.defaultVersion = parsed.defaultVersion;
    statusOk = true;
  }

  if (version) {
    const text = captureText(version);
    const parsed = parseWslVersion(text);
    if (version.exitCode === 0 && parsed.kind === 'versions' && parsed.wsl) {
      facts.kind = 'package';
      facts.installed = true;
      facts.version = parsed.wsl;
      facts.kernelVersion = parsed.kernel;
      facts.wslgVersion = parsed.wslg;
      facts.msrdcVersion = parsed.msrdc;
      facts.direct3dVersion = parsed.direct3d;
      facts.dxcoreVersion = parsed.dxcore;
      facts.windowsVersion = parsed.windows;
    } else if (parsed.kind === 'usage') {
      // The old inbox wsl.exe does not know --version: WSL works only if --status does.
      facts.kind = 'inbox';
      facts.installed = statusOk;
    } else if (parsed.kind === 'install-prompt') {
      facts.kind = 'inbox';
      facts.installed = false;
    }
    // Usage text from the old inbox wsl.exe is an answer, not an error.
    if (parsed.kind !== 'usage') facts.error = toolErrorFrom(version, text);
  }

  if (facts.installed === null && status) {
    facts.installed = statusOk ? true : null;
    facts.error ??= toolErrorFrom(status, statusText);
  }

  if (list && list.exitCode === 0) {
    facts.distros = parseWslListVerbose(captureText(list)).distros;
  } else if (list && !facts.error) {
    // Listing distros talks to the WSL service: its error token is often the first sign of trouble.
    const text = captureText(list);
    if (!parseWslListVerbose(text).noDistributions) facts.error = toolErrorFrom(list, text);
  }
  if (online) {
    const text = captureText(online);
    if (online.exitCode === 0) facts.onlineDistros = parseWslListOnline(text).distros;
    // Only a recognised token counts: a download error (WININET) is what the network check needs.
    // It stays apart from `error`, so a check that only needs wsl.exe's local answers never
    // waits on this network fetch (probe-needs.ts: the `wslOnline` source).
    else if (extractWslError(text, online.exitCode ?? undefined)?.code) facts.onlineError = toolErrorFrom(online, text);
  }
  // Starting the distro for the in-distro probe: its error is read through the same catalog.
  facts.startError = distroStartError(boot);
  return facts;
}
