import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Evidence } from '../../../contract/checks.js';
import type { GpuVendorTable, VendorDriverFloor } from '../../vendor-data/gpu-vendor-table.js';
import { VENDOR_NAMES, type ComputeGpu } from './gpu-shared.js';

/**
 * One adapter's driver against its OWN vendor's floor (assets/data/gpu-vendors.json for AMD and
 * Intel): AMD's Adrenalin release, Intel's build number (the last two groups of its Windows
 * version, `32.0.101.6790` → `101.6790`). NVIDIA is judged by gpu-driver-floor.ts itself (one
 * driver for every NVIDIA card, CUDA floors). Pure.
 */

export type FloorOutcome = 'meets' | 'below' | 'unread' | 'noFloor';

export interface AdapterFloor {
  gpu: ComputeGpu;
  outcome: FloorOutcome;
  /** The version judged, in the vendor's form (`26.7.1`, `101.6790`); null when unread. */
  judged: string | null;
  floor: VendorDriverFloor | null;
}

function numbers(v: string): number[] {
  return v.split('.').map((p) => Number(p));
}

/** -1, 0 or 1 comparing dotted numbers (`26.2` = `26.2.0`); null when either is not dotted numbers. */
export function compareDotted(a: string | null, b: string | null): number | null {
  if (a === null || b === null || !/^\d+(\.\d+)*$/u.test(a) || !/^\d+(\.\d+)*$/u.test(b)) return null;
  const x = numbers(a);
  const y = numbers(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Intel's build (`101.6790`) from its Windows version (`32.0.101.6790`); null when not that shape. */
export function intelBuild(windowsVersion: string | null): string | null {
  const m = /^\d{1,5}\.\d{1,5}\.(\d{1,5})\.(\d{1,5})$/u.exec(windowsVersion?.trim() ?? '');
  return m ? `${m[1]}.${m[2]}` : null;
}

/** Judges one AMD or Intel adapter. */
export function judgeAdapter(gpu: ComputeGpu, table: GpuVendorTable | null): AdapterFloor {
  if (gpu.vendor === 'nvidia') throw new Error('NVIDIA adapters are judged against the CUDA floors');
  const floor = table?.vendors[gpu.vendor].driverFloor ?? null;
  const judged = gpu.vendor === 'amd' ? gpu.driverVersion : intelBuild(gpu.windowsDriverVersion);
  if (judged === null) return { gpu, outcome: 'unread', judged, floor };
  if (floor === null) return { gpu, outcome: 'noFloor', judged, floor };
  const vs = compareDotted(judged, floor.minimum);
  if (vs === null) return { gpu, outcome: 'unread', judged: null, floor };
  return { gpu, outcome: vs < 0 ? 'below' : 'meets', judged, floor };
}

/** The adapter's name for messages: its Windows name, else its vendor's. */
export function adapterName(gpu: ComputeGpu): string {
  return gpu.name ?? VENDOR_NAMES[gpu.vendor];
}

/** Evidence lines for one judged AMD or Intel adapter: the verdict naming it, and for AMD both numbers. */
export function floorEvidence(j: AdapterFloor): Evidence[] {
  const name = adapterName(j.gpu);
  const vendor = VENDOR_NAMES[j.gpu.vendor];
  const minimum = j.floor?.minimum ?? '';
  const lines: Evidence[] = [{ label: msg(`evidence.gpu.floor.${j.outcome}`, { name, vendor, minimum }), value: j.judged ?? j.gpu.windowsDriverVersion ?? 'unknown' }];
  if (j.gpu.vendor === 'amd') {
    if (j.gpu.driverVersionFrom === 'adapter-registry' || j.gpu.driverVersionFrom === 'machine-registry') {
      lines.push({ label: msg(`evidence.gpu.amdRelease.${j.gpu.driverVersionFrom === 'adapter-registry' ? 'adapter' : 'machine'}`, { name }), value: j.gpu.driverVersion ?? 'unknown' });
    }
    lines.push({ label: msg('evidence.gpu.amdWindowsVersion', { name }), value: j.gpu.windowsDriverVersion ?? 'unknown' });
  }
  return lines;
}

/** How firm a vendor's floor is, as an evidence line (AMD's is a community figure). */
export function floorStatusEvidence(floor: VendorDriverFloor | null, vendor: string): Evidence[] {
  if (floor === null) return [];
  const key: Msg = msg(`evidence.gpu.floorStatus.${floor.status}`, { vendor, minimum: floor.minimum });
  return [{ label: key, value: floor.sources[0] ?? '' }];
}
