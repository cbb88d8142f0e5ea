import type { WindowsGpu } from '../../contract/facts.js';
import { vendorDriverVersion } from '../../host/gpu/driver-version.js';
import { gpuVendor } from '../../host/gpu/pci-vendors.js';
import type { WindowsInventory } from '../../host/powershell/parse-inventory.js';

type Gpus = NonNullable<WindowsInventory['gpus']>;
type Controller = Gpus['controllers'][number];
type DisplayClassEntry = Gpus['displayClass'][number];

const MIB = 1024 * 1024;
const DISPLAY_CLASS = '{4d36e968-e325-11ce-bfc1-08002be10318}';

/** Where an adapter's memory size came from; `adapterRam` is a uint32 and caps at 4 GiB. */
export type GpuMemorySource = 'qwMemorySize' | 'memorySize' | 'adapterRam';

/** Bus and `&`-separated tokens of a hardware id: `PCI\VEN_10DE&DEV_2786&…\4&…` → pci, {ven_10de, dev_2786, …}. */
function idTokens(id: string): { bus: string; tokens: Set<string> } | null {
  const parts = id.toLowerCase().split('\\');
  if (parts.length < 2 || !parts[0] || !parts[1]) return null;
  return { bus: parts[0], tokens: new Set(parts[1].split('&').filter((t) => t !== '')) };
}

/**
 * The display-class registry entry of a controller: by its Enum `Driver` value
 * (`{4d36e968-…}\0001`), else the entry whose MatchingDeviceId tokens (`ven_`, `dev_`,
 * `subsys_`, `rev_`, in any order) are all in the PNPDeviceID, preferring the most specific.
 */
export function displayClassEntryFor(c: Controller, entries: readonly DisplayClassEntry[]): DisplayClassEntry | null {
  const dk = c.driverKey?.toLowerCase() ?? '';
  const slash = dk.lastIndexOf('\\');
  if (slash > 0 && dk.slice(0, slash) === DISPLAY_CLASS) {
    const hit = entries.find((e) => e.key !== null && e.key === dk.slice(slash + 1));
    if (hit) return hit;
  }
  const device = c.pnpDeviceId ? idTokens(c.pnpDeviceId) : null;
  if (device === null) return null;
  let best: DisplayClassEntry | null = null;
  let bestScore = 0;
  for (const e of entries) {
    const want = e.matchingDeviceId ? idTokens(e.matchingDeviceId) : null;
    if (want === null || want.bus !== device.bus || want.tokens.size === 0) continue;
    if (![...want.tokens].every((t) => device.tokens.has(t))) continue;
    if (want.tokens.size > bestScore) {
      best = e;
      bestScore = want.tokens.size;
    }
  }
  return best;
}

/** The adapter's dedicated memory in bytes: the 64-bit registry value first, AdapterRAM last. */
export function gpuMemoryBytes(c: Controller, e: DisplayClassEntry | null): { bytes: number; source: GpuMemorySource } | null {
  if (e?.qwMemorySize) return { bytes: e.qwMemorySize, source: 'qwMemorySize' };
  if (e?.memorySize) return { bytes: e.memorySize, source: 'memorySize' };
  if (c.adapterRam) return { bytes: c.adapterRam, source: 'adapterRam' };
  return null;
}

/**
 * Builds `facts.gpus` from the inventory: one entry per Win32_VideoController, joined with its
 * display-class registry entry. Null when the adapters could not be read. When only
 * `AdapterRAM` is known, `memoryMiB` is at most 4095 (a lower bound for bigger cards). Pure.
 */
export function gpusFactsFrom(inv: WindowsInventory): WindowsGpu[] | null {
  const gpus = inv.gpus;
  if (gpus === null) return null;
  return gpus.controllers.map((c) => {
    const entry = displayClassEntryFor(c, gpus.displayClass);
    const vendor = gpuVendor(c.pnpDeviceId, c.adapterCompatibility);
    const windowsDriverVersion = c.driverVersion ?? entry?.driverVersion ?? null;
    const memory = gpuMemoryBytes(c, entry);
    return {
      name: c.name ?? entry?.driverDesc ?? null,
      vendor,
      driverVersion: vendorDriverVersion(vendor, windowsDriverVersion),
      windowsDriverVersion,
      memoryMiB: memory === null ? null : Math.floor(memory.bytes / MIB),
    };
  });
}
