import { wslListOnlineCommand, wslListVerboseCommand, wslStatusCommand, wslVersionCommand } from '../../host/wsl/commands.js';
import type { Probe } from '../model.js';

/** Probe ids are also the capture ids of a diagnostics bundle. */
export const WSL_PROBE_IDS = { version: 'wsl.version', status: 'wsl.status', listVerbose: 'wsl.list-verbose', listOnline: 'wsl.list-online' } as const;

/** Read-only wsl.exe probes; they never start a distro or the VM. */
export const wslProbes: Probe[] = [
  { id: WSL_PROBE_IDS.version, platforms: ['windows'], spec: (ctx) => wslVersionCommand(ctx.tool('wsl.exe')) },
  { id: WSL_PROBE_IDS.status, platforms: ['windows'], spec: (ctx) => wslStatusCommand(ctx.tool('wsl.exe')) },
  { id: WSL_PROBE_IDS.listVerbose, platforms: ['windows'], spec: (ctx) => wslListVerboseCommand(ctx.tool('wsl.exe')) },
  // Fetched over the network by wsl.exe: a failure here is usually a proxy or firewall (WININET codes).
  { id: WSL_PROBE_IDS.listOnline, platforms: ['windows'], spec: (ctx) => wslListOnlineCommand(ctx.tool('wsl.exe')) },
];
