import { describe, expect, it } from 'vitest';
import { nvidiaSmiQueryCommand, nvidiaSmiTableCommand } from '../../../../electron/host/nvidia-smi/commands.js';
import { parseNvidiaSmiCsv } from '../../../../electron/host/nvidia-smi/parse-csv.js';
import { toNvidiaGpus } from '../../../../electron/host/nvidia-smi/csv-gpus.js';

const EXE = 'C:\\Windows\\System32\\nvidia-smi.exe';

describe('nvidia-smi commands', () => {
  it('builds the table command as an argv with no arguments', () => {
    expect(nvidiaSmiTableCommand(EXE)).toEqual({
      file: EXE, args: [], encoding: 'utf-8', timeoutMs: 15_000, label: 'nvidia-smi.windows',
    });
  });

  it('builds the query command with a header kept', () => {
    const spec = nvidiaSmiQueryCommand('/usr/lib/wsl/lib/nvidia-smi');
    expect(spec.args).toEqual([
      '--query-gpu=index,name,memory.total,driver_model.current,pci.bus_id,compute_cap,driver_version',
      '--format=csv',
    ]);
    expect(spec).toMatchObject({ encoding: 'utf-8', timeoutMs: 15_000, label: 'nvidia-smi.query' });
  });

  it('asks for exactly the columns toNvidiaGpus reads', () => {
    const fields = (nvidiaSmiQueryCommand(EXE).args[0] ?? '').replace('--query-gpu=', '').split(',');
    const header = fields.join(', ');
    const row = '3, GPU, 100 MiB, WDDM, 00000000:01:00.0, 8.6, 560.94';
    const gpus = toNvidiaGpus(parseNvidiaSmiCsv(`${header}\n${row}\n`).rows);
    expect(gpus).toEqual([{ index: 3, name: 'GPU', memoryTotalMiB: 100, driverModel: 'WDDM', busId: '00000000:01:00.0', computeCapability: '8.6' }]);
  });
});
