import type { WindowsGpu } from '../../contract/facts.js';
import { vendorDriverVersion } from '../../host/gpu/driver-version.js';
import { adapterKind, pciDeviceIdOf } from '../../host/gpu/adapter-kind.js';
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

/** An Adrenalin release as AMD writes it (`24.8.1`, `26.2.2`); anything else is not taken. */
const ADRENALIN_RELEASE = /^\d{2}\.\d{1,2}(?:\.\d{1,2})?$/u;

/**
 * The vendor's own driver version and where it was read. AMD's Adrenalin release cannot be
 * derived from the Windows version (31.0.x), so it is read from the registry: the adapter's own
 * display-class entry first, then AMD's machine-wide key (both values named RadeonSoftwareVersion;
 * sources in inventory-script.ts). NVIDIA and Intel forms come from the Windows version.
 */
export function vendorDriverOf(
  vendor: WindowsGpu['vendor'],
  windowsDriverVersion: string | null,
  entry: DisplayClassEntry | null,
  machineRelease: string | null | undefined,
): { version: string | null; from: WindowsGpu['driverVersionFrom'] } {
  if (vendor === 'amd') {
    const own = entry?.radeonSoftwareVersion?.trim();
    if (own && ADRENALIN_RELEASE.test(own)) return { version: own, from: 'adapter-registry' };
    const machine = machineRelease?.trim();
    if (machine && ADRENALIN_RELEASE.test(machine)) return { version: machine, from: 'machine-registry' };
    return { version: null, from: null };
  }
  const version = vendorDriverVersion(vendor, windowsDriverVersion);
  return { version, from: version === null ? null : 'windows-version' };
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
    const memoryMiB = memory === null ? null : Math.floor(memory.bytes / MIB);
    const pciDeviceId = pciDeviceIdOf(c.pnpDeviceId);
    const driver = vendorDriverOf(vendor, windowsDriverVersion, entry, gpus.amdRadeonSoftwareVersion);
    return {
      name: c.name ?? entry?.driverDesc ?? null,
      vendor,
      driverVersion: driver.version,
      windowsDriverVersion,
      memoryMiB,
      driverVersionFrom: driver.from,
      pciDeviceId,
      kind: adapterKind(vendor, pciDeviceId, memoryMiB),
    };
  });
}
