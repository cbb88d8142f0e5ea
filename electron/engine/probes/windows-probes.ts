import { INVENTORY_LABEL, inventoryCommand } from '../../host/powershell/commands.js';
import type { Probe } from '../model.js';

/** Probe ids are also the capture ids of a diagnostics bundle. */
export const WINDOWS_PROBE_IDS = { inventory: INVENTORY_LABEL } as const;

/**
 * The Windows host probe: one read-only `powershell.exe` run that prints the whole inventory
 * as JSON (electron/host/powershell/inventory-script.ts). One process rather than a dozen keeps
 * the PowerShell start-up cost (about a second on a cold machine) to a single payment.
 */
export const windowsProbes: Probe[] = [
  { id: WINDOWS_PROBE_IDS.inventory, platforms: ['windows'], spec: (ctx) => inventoryCommand(ctx.tool('powershell.exe')) },
];
