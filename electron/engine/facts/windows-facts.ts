import type { WindowsFacts } from '../../contract/facts.js';
import { emptyInventory, parseInventory, type WindowsInventory } from '../../host/powershell/parse-inventory.js';
import { decodeToolOutput } from '../../host/text/decode.js';
import type { CaptureMap } from '../model.js';
import { WINDOWS_PROBE_IDS } from '../probes/windows-probes.js';
import { anyPendingReboot, pendingRebootSignalsFrom } from './host-state.js';

const MIB = 1024 * 1024;

/** Win32_Processor.Architecture → our arch; 5 (32-bit ARM) is not a Windows 10/11 host. */
const ARCHITECTURES: Record<number, WindowsFacts['arch']> = { 0: 'x86', 9: 'x64', 12: 'arm64' };

/**
 * The parsed inventory from the captures, or null when the inventory probe was not captured
 * (a replayed bundle without it, or a host it does not apply to). A probe that could not start
 * gives an empty inventory with a `not-run` issue.
 */
export function windowsInventoryFrom(captures: CaptureMap): WindowsInventory | null {
  const c = captures.get(WINDOWS_PROBE_IDS.inventory);
  if (c === undefined) return null;
  if (c.launchError) return emptyInventory([{ section: null, code: 'not-run', hresult: null, message: c.launchError.slice(0, 300) }]);
  // The exit code is not a verdict: each section carries its own error, and whatever JSON was
  // printed is still true even if PowerShell exits 1 because a late statement failed.
  return parseInventory(decodeToolOutput(c.stdout, c.encoding));
}

function mib(bytes: number | null | undefined): number | null {
  return typeof bytes === 'number' && bytes >= 0 ? Math.floor(bytes / MIB) : null;
}

function isAdminFrom(inv: WindowsInventory): boolean | null {
  const id = inv.identity;
  if (id === null) return null;
  const flags = [id.elevated, id.adminGroup, id.adminDenyOnly];
  if (flags.some((f) => f === true)) return true;
  return flags.every((f) => f === false) ? false : null;
}

/**
 * Builds `facts.windows` from the inventory. Pure. `isAdmin` is true for a member of
 * Administrators even under UAC (deny-only SID), `elevated` only for an elevated token;
 * `pendingReboot` is true when any §1.4 signal is set.
 */
export function windowsFactsFrom(inv: WindowsInventory): WindowsFacts {
  const arch = inv.cpu?.architecture;
  return {
    version: inv.os?.version ?? null,
    build: inv.os?.build ?? null,
    ubr: inv.os?.ubr ?? null,
    edition: inv.os?.editionId ?? null,
    displayVersion: inv.os?.displayVersion ?? inv.os?.releaseId ?? null,
    arch: arch === null || arch === undefined ? null : (ARCHITECTURES[arch] ?? null),
    memoryMiB: mib(inv.computer?.totalPhysicalMemory),
    systemDriveFreeMiB: mib(inv.disk?.freeSpace),
    elevated: inv.identity?.elevated ?? null,
    isAdmin: isAdminFrom(inv),
    pendingReboot: anyPendingReboot(pendingRebootSignalsFrom(inv)),
  };
}
