import { describe, expect, it } from 'vitest';
import { cleanValue, csvColumnKey, parseNvidiaSmiCsv } from '../../../../electron/host/nvidia-smi/parse-csv.js';
import { csvDriverVersion, toNvidiaGpus } from '../../../../electron/host/nvidia-smi/csv-gpus.js';

describe('parseNvidiaSmiCsv', () => {
  it('takes any column set from the header, with units stripped from names and values', () => {
    const r = parseNvidiaSmiCsv('temperature.gpu, power.draw [W], fan.speed [%]\n45, 12.34 W, 30 %\n');
    expect(r.kind).toBe('csv');
    expect(r.columns).toEqual(['temperature.gpu', 'power.draw', 'fan.speed']);
    expect(r.units).toEqual([null, 'W', '%']);
    expect(r.rows).toEqual([{ 'temperature.gpu': '45', 'power.draw': '12.34', 'fan.speed': '30' }]);
  });

  it('maps bracketed and N/A values to null', () => {
    expect(cleanValue('[N/A]', null)).toBeNull();
    expect(cleanValue('[Not Supported]', 'MiB')).toBeNull();
    expect(cleanValue('[Insufficient Permissions]', null)).toBeNull();
    expect(cleanValue('N/A', null)).toBeNull();
    expect(cleanValue('', null)).toBeNull();
    expect(cleanValue('5934 MiB', 'MiB')).toBe('5934');
    expect(cleanValue('NVIDIA GeForce RTX 4070', null)).toBe('NVIDIA GeForce RTX 4070');
  });

  it('normalises query aliases so a caller list matches a header', () => {
    expect(csvColumnKey('gpu_name')).toBe('name');
    expect(csvColumnKey(' GPU_BUS_ID ')).toBe('pci.bus_id');
    const r = parseNvidiaSmiCsv('RTX, 00000000:01:00.0\n', { columns: ['gpu_name', 'gpu_bus_id'] });
    expect(r.rows).toEqual([{ name: 'RTX', 'pci.bus_id': '00000000:01:00.0' }]);
  });

  it('uses the header when it is present even if the caller passed columns', () => {
    const r = parseNvidiaSmiCsv('name, index\nA, 0\n', { columns: ['index', 'name'] });
    expect(r.columns).toEqual(['name', 'index']);
    expect(r.rows[0]).toEqual({ name: 'A', index: '0' });
    expect(r.issues.some((i) => i.includes('header differs'))).toBe(true);
  });

  it('skips a prompt line before the header', () => {
    const r = parseNvidiaSmiCsv('C:\\> nvidia-smi --query-gpu=name --format=csv\r\nname\r\nNVIDIA GeForce RTX 4070\r\n');
    expect(r.rows).toEqual([{ name: 'NVIDIA GeForce RTX 4070' }]);
  });

  it('treats a header with no rows as an answer with no GPUs', () => {
    expect(parseNvidiaSmiCsv('index, name\n')).toMatchObject({ kind: 'csv', rows: [] });
  });

  it('reports NVML failures instead of rows', () => {
    const r = parseNvidiaSmiCsv('Failed to initialize NVML: Driver/library version mismatch\n', { columns: ['name'] });
    expect(r.kind).toBe('error');
    expect(r.rows).toEqual([]);
    expect(r.error?.code).toBe('driver-library-mismatch');
  });

  it('without a header or columns it cannot name rows', () => {
    const r = parseNvidiaSmiCsv('NVIDIA GeForce RTX 4070, 581.80\n');
    expect(r.kind).toBe('unknown');
    expect(r.rows).toEqual([]);
  });

  it('keeps rows with a wrong field count, noting an issue', () => {
    const r = parseNvidiaSmiCsv('index, name, driver_version\n0, A\n');
    expect(r.rows).toEqual([{ index: '0', name: 'A', driver_version: null }]);
    expect(r.issues.some((i) => i.includes('2 fields for 3 columns'))).toBe(true);
  });

  it('does not let a column named __proto__ reach the prototype', () => {
    const r = parseNvidiaSmiCsv('__proto__, name\nx, y\n');
    expect(Object.getPrototypeOf(r.rows[0])).toBeNull();
    expect(r.rows[0]?.['__proto__']).toBe('x');
  });
});

describe('toNvidiaGpus', () => {
  it('maps the well-known columns and leaves unreadable values null', () => {
    const rows = parseNvidiaSmiCsv(
      'index, name, memory.total [MiB], driver_model.current, pci.bus_id, compute_cap, driver_version\n0, NVIDIA GeForce RTX 4070, 12282 MiB, WDDM, 00000000:01:00.0, 8.9, 581.80\nx, B, lots, [N/A], [N/A], 8.9.1, bad\n',
    ).rows;
    expect(toNvidiaGpus(rows)).toEqual([
      { index: 0, name: 'NVIDIA GeForce RTX 4070', memoryTotalMiB: 12282, driverModel: 'WDDM', busId: '00000000:01:00.0', computeCapability: '8.9' },
      { index: null, name: 'B', memoryTotalMiB: null, driverModel: null, busId: null, computeCapability: null },
    ]);
    expect(csvDriverVersion(rows)).toBe('581.80');
  });
});
