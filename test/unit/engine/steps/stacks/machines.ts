import fs from 'node:fs';
import path from 'node:path';
import type { Facts } from '../../../../../electron/contract/facts.js';
import { gpusFactsFrom } from '../../../../../electron/engine/facts/gpus-facts.js';
import { csvDriverVersion, toNvidiaGpus } from '../../../../../electron/host/nvidia-smi/csv-gpus.js';
import { parseNvidiaSmiCsv } from '../../../../../electron/host/nvidia-smi/parse-csv.js';
import type { HostInfo } from '../../../../../electron/contract/platform.js';
import type { StepContext } from '../../../../../electron/engine/steps/model.js';
import { factsFor } from '../../checks/facts-for.js';
import { inventoryFixture } from '../../../host/powershell/load-fixtures.js';

/**
 * Machines for the stack tests, built from the recorded fixtures through the real parsers:
 * nvidia-smi query outputs (test/fixtures/scenarios/nvidia-smi, the same the simulated PCs use)
 * and the PowerShell inventories (test/fixtures/host/powershell/inventory) for the other vendors.
 * The rest of the machine is facts-for's healthy Windows 11 24H2 host (user `alice`).
 */

/** The NVIDIA card of a recorded query; the healthy host's other (Intel iGPU) adapter stays. */
function nvidiaFromQuery(file: string): Pick<Facts, 'nvidia' | 'gpus'> {
  const text = fs.readFileSync(path.join('test/fixtures/scenarios/nvidia-smi', file), 'utf8');
  const rows = parseNvidiaSmiCsv(text).rows;
  const driver = csvDriverVersion(rows);
  const gpus = toNvidiaGpus(rows);
  return {
    nvidia: { driverVersion: driver, cudaVersion: null, smiVersion: driver, gpus, error: null },
    gpus: [
      ...gpus.map((g) => ({ name: g.name, vendor: 'nvidia' as const, driverVersion: driver, windowsDriverVersion: null, memoryMiB: g.memoryTotalMiB })),
      ...(factsFor().gpus ?? []).filter((g) => g.vendor !== 'nvidia'),
    ],
  };
}

export const machines = {
  /** RTX 4070 (8.9) on driver 581.80: CUDA 13 everything. */
  rtx4070: (): Facts => ({ ...factsFor(), ...nvidiaFromQuery('rtx4070-581.query.utf-8.txt') }),
  /** The same card on driver 566.36: below the CUDA 13 floor (580), above CUDA 12's (528.33). */
  rtx4070Driver566: (): Facts => ({ ...factsFor(), ...nvidiaFromQuery('rtx4070-566.query.utf-8.txt') }),
  /** RTX 3060 on driver 472 (too old to know compute_cap, so the retry query without it): below even the CUDA 12 floor. */
  rtx3060Driver472: (): Facts => ({ ...factsFor(), ...nvidiaFromQuery('rtx3060-472.query-retry.utf-8.txt') }),
  /** Radeon RX 7900 XTX (+ the Ryzen iGPU), Windows 11. */
  amd: (): Facts => ({ ...factsFor(), nvidia: null, gpus: gpusFactsFrom(inventoryFixture('amd-radeon')) }),
  /** The same AMD machine on Windows 10 22H2. */
  amdWindows10: (): Facts => {
    const f = factsFor({ windows: { version: '10.0.19045', build: 19045, displayVersion: '22H2' } });
    return { ...f, nvidia: null, gpus: gpusFactsFrom(inventoryFixture('amd-radeon')) };
  },
  /** Intel Arc A770 + UHD 770. */
  intelArc: (): Facts => ({ ...factsFor(), nvidia: null, gpus: gpusFactsFrom(inventoryFixture('intel-arc')) }),
  /** A laptop with only Intel UHD 620 (virt-off-firmware inventory). */
  intelUhd: (): Facts => ({ ...factsFor(), nvidia: null, gpus: gpusFactsFrom(inventoryFixture('virt-off-firmware')) }),
  /**
   * Two discrete cards: the Radeon RX 7900 XTX (24 GiB) of the AMD machine and the RTX 4070
   * (12 GiB) with its nvidia-smi answers. The compute GPU is the card with more memory.
   */
  amdAndRtx4070: (): Facts => {
    const nvidia = machines.rtx4070();
    return { ...nvidia, gpus: [...(gpusFactsFrom(inventoryFixture('amd-radeon')) ?? []), ...(nvidia.gpus ?? [])] };
  },
  /** No GPU at all (a VM with the basic display adapter only). */
  noGpu: (): Facts => ({ ...factsFor(), nvidia: null, gpus: [] }),
};

export type MachineName = keyof typeof machines;

const host: HostInfo = { platform: 'windows', simulated: false };

/** A step context whose wsl.exe is `W` (so argv reads like the design's catalogue). */
export function ctxFor(facts: Facts): StepContext {
  return { host, env: {}, tool: (name) => (name === 'wsl.exe' ? 'W' : name), facts };
}
