import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GPU_VENDORS, GPU_VENDORS_ERROR, loadGpuVendorTable, parseGpuVendorTable } from '../../../../electron/engine/vendor-data/gpu-vendor-table.js';

const FILE = path.resolve(import.meta.dirname, '../../../../assets/data/gpu-vendors.json');

describe('assets/data/gpu-vendors.json', () => {
  it('loads, with a date and sources for every floor and card list', () => {
    expect(GPU_VENDORS_ERROR).toBeNull();
    expect(GPU_VENDORS?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    for (const v of [GPU_VENDORS?.vendors.amd, GPU_VENDORS?.vendors.intel]) {
      expect(v?.driverFloor.sources.length).toBeGreaterThan(0);
      expect(v?.cards.source).toMatch(/https:\/\//u);
    }
  });

  it('says the AMD floor is a community figure (AMD names none) and lists the librocdxg cards', () => {
    expect(GPU_VENDORS?.vendors.amd.driverFloor).toMatchObject({ form: 'adrenalin', status: 'community' });
    expect(GPU_VENDORS?.vendors.amd.cards.source).toContain('github.com/ROCm/librocdxg');
    expect(GPU_VENDORS?.vendors.amd.cards.names).toEqual(expect.arrayContaining(['RX 7900 XTX', 'RX 9070 XT', 'AI PRO R9700']));
    expect(GPU_VENDORS?.vendors.amd.cards.names.some((n) => /RX 6\d{3}/u.test(n))).toBe(false);
  });

  it('rejects a floor in the wrong form and a file that is missing or not JSON', () => {
    const doc = JSON.parse(fs.readFileSync(FILE, 'utf8')) as { vendors: { amd: { driverFloor: { form: string } } } };
    doc.vendors.amd.driverFloor.form = 'intel-build';
    const wrong = parseGpuVendorTable(JSON.stringify(doc));
    expect(wrong.ok ? null : wrong.error).toContain('Adrenalin');
    const missing = loadGpuVendorTable(() => null);
    expect(missing.table).toBeNull();
    expect(missing.error).toContain('not found');
    expect(loadGpuVendorTable(() => '{')).toMatchObject({ table: null });
  });
});
