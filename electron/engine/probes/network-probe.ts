import { REACHABILITY_LABEL, reachabilityCommand } from '../../host/network/commands.js';
import type { Probe } from '../model.js';

/** Probe id (and bundle capture id) of the reachability run. */
export const NETWORK_PROBE_ID = REACHABILITY_LABEL;

/**
 * The download sites the install needs, measured from Windows through the user's proxy by one
 * read-only PowerShell run (electron/host/network/reachability-script.ts). Windows only: on
 * native Linux the install path does not use these hosts the same way, so `preflight.network`
 * stays a Windows check.
 */
export const networkProbe: Probe = {
  id: NETWORK_PROBE_ID,
  platforms: ['windows'],
  spec: (ctx) => reachabilityCommand(ctx.tool('powershell.exe')),
};
