import { describe, expect, it } from 'vitest';
import { nvidiaFactsFrom } from '../../../../electron/host/nvidia-smi/facts.js';
import { parseNvidiaSmiCsv } from '../../../../electron/host/nvidia-smi/parse-csv.js';
import { parseNvidiaSmiTable } from '../../../../electron/host/nvidia-smi/parse-table.js';
import { loadNvidiaSmiFixtures } from './load-fixtures.js';

const text = (id: string): string => loadNvidiaSmiFixtures().find((f) => f.id === id)?.text ?? '';

describe('nvidiaFactsFrom', () => {
  it('takes per-GPU fields from the CSV and versions from the table', () => {
    const table = parseNvidiaSmiTable(text('nvidia-smi-wsl/03.txt'));
    const csv = parseNvidiaSmiCsv(
      'index, name, memory.total [MiB], driver_model.current, pci.bus_id, compute_cap, driver_version\n0, NVIDIA GeForce RTX 3090, 24576 MiB, [N/A], 00000000:0A:00.0, 8.6, 516.94\n',
    );
    expect(nvidiaFactsFrom(table, csv)).toEqual({
      driverVersion: '516.94',
      cudaVersion: '11.6',
      smiVersion: '515.65.01',
      gpus: [{ index: 0, name: 'NVIDIA GeForce RTX 3090', memoryTotalMiB: 24576, driverModel: null, busId: '00000000:0A:00.0', computeCapability: '8.6' }],
      error: null,
    });
  });

  it('fills CSV nulls from the matching table GPU', () => {
    const table = parseNvidiaSmiTable(text('nvidia-smi-windows/11.txt'));
    const csv = parseNvidiaSmiCsv('pci.bus_id, name\n00000000:02:00.0, NVIDIA RTX A4000\n');
    const facts = nvidiaFactsFrom(table, csv);
    expect(facts.gpus).toEqual([{ index: 1, name: 'NVIDIA RTX A4000', memoryTotalMiB: 16376, driverModel: 'TCC', busId: '00000000:02:00.0', computeCapability: null }]);
    expect(facts.driverVersion).toBe('560.94');
  });

  it('uses the table alone, name as printed', () => {
    const facts = nvidiaFactsFrom(parseNvidiaSmiTable(text('nvidia-smi-wsl/03.txt')), null);
    expect(facts.gpus[0]?.name).toBe('NVIDIA GeForce ...');
    expect(facts.driverVersion).toBe('516.94');
  });

  it('turns a table failure into a ToolError', () => {
    const facts = nvidiaFactsFrom(parseNvidiaSmiTable(text('nvidia-smi-wsl-error/03.txt')), parseNvidiaSmiCsv(text('nvidia-smi-wsl-error/03.txt')));
    expect(facts.error).toEqual({ code: 'gpu-access-blocked', hresult: null, message: 'Failed to initialize NVML: GPU access blocked by the operating system' });
    expect(facts.gpus).toEqual([]);
  });

  it('ignores a CSV-only failure when the table showed GPUs', () => {
    const facts = nvidiaFactsFrom(parseNvidiaSmiTable(text('nvidia-smi-windows/01.txt')), parseNvidiaSmiCsv(text('nvidia-smi-query-csv/05.txt')));
    expect(facts.error).toBeNull();
    expect(facts.gpus).toHaveLength(1);
  });

  it('reports the CSV failure when there is no table', () => {
    expect(nvidiaFactsFrom(null, parseNvidiaSmiCsv(text('nvidia-smi-query-csv/05.txt'))).error?.code).toBe('invalid-query-field');
  });

  it('marks output nobody recognised', () => {
    const facts = nvidiaFactsFrom(parseNvidiaSmiTable('Segmentation fault'), null);
    expect(facts.error).toEqual({ code: 'unrecognized-output', hresult: null, message: 'Segmentation fault' });
  });

  it('is empty when neither ran', () => {
    expect(nvidiaFactsFrom(null, null)).toEqual({ driverVersion: null, cudaVersion: null, smiVersion: null, gpus: [], error: null });
  });
});
