import type { WindowsGpu } from './distro-link.js';
import type { SimState } from './state.js';
import { fixtureText } from './texts.js';

/**
 * The GPUs a distro sees through WSL, from the inventory's display adapters: only adapters whose
 * vendor driver is installed are projected (a Microsoft Basic Display Adapter is not). NVIDIA's
 * compute capability comes from the machine's recorded nvidia-smi query.
 */

const VENDORS: Record<string, { vendor: string; driverBy: RegExp }> = {
  '10DE': { vendor: 'NVIDIA', driverBy: /nvidia/iu },
  '1002': { vendor: 'AMD', driverBy: /advanced micro devices|amd/iu },
  '8086': { vendor: 'Intel', driverBy: /intel/iu },
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function computeCap(state: SimState): string | undefined {
  if (state.nvidiaSmi === null) return undefined;
  const [header, row] = fixtureText(`scenarios/nvidia-smi/${state.nvidiaSmi}.query.utf-8.txt`).split(/\r?\n/u);
  const i = (header ?? '').split(',').findIndex((h) => h.trim() === 'compute_cap');
  const v = i >= 0 ? row?.split(',')[i]?.trim() : undefined;
  return v && /^\d+\.\d+$/u.test(v) ? v : undefined;
}

export function windowsGpus(state: SimState): WindowsGpu[] {
  const controllers = (state.hardware.gpus as { Controllers?: Record<string, unknown>[] } | undefined)?.Controllers ?? [];
  const gpus: WindowsGpu[] = [];
  for (const c of controllers) {
    const ven = /VEN_([0-9A-F]{4})/iu.exec(str(c.PNPDeviceID))?.[1]?.toUpperCase() ?? '';
    const known = VENDORS[ven];
    if (!known || !known.driverBy.test(str(c.AdapterCompatibility))) continue;
    const cap = known.vendor === 'NVIDIA' ? computeCap(state) : undefined;
    gpus.push({ vendor: known.vendor, name: str(c.Name), driverVersion: str(c.DriverVersion), ...(cap ? { computeCap: cap } : {}) });
  }
  // A discrete NVIDIA card first, as WSL's GPU list puts the adapter CUDA uses.
  return gpus.sort((a, b) => Number(b.vendor === 'NVIDIA') - Number(a.vendor === 'NVIDIA'));
}
