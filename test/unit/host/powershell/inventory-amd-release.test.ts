import { describe, expect, it } from 'vitest';
import { INVENTORY_SCRIPT } from '../../../../electron/host/powershell/inventory-script.js';
import { parseInventory } from '../../../../electron/host/powershell/parse-inventory.js';

describe('the inventory reads AMD\'s Adrenalin release', () => {
  it('per display-class entry and from AMD\'s machine-wide key, through the CLM-safe registry reader', () => {
    expect(INVENTORY_SCRIPT).toMatch(/RadeonSoftwareVersion = Get-RegValue \$_\.PSPath 'RadeonSoftwareVersion'/u);
    expect(INVENTORY_SCRIPT).toMatch(/Get-RegValue 'HKLM:\\SOFTWARE\\AMD\\CN' 'RadeonSoftwareVersion'/u);
    expect(INVENTORY_SCRIPT).toMatch(/AmdRadeonSoftwareVersion = \$amdRelease/u);
  });

  it('keeps both values through the schema, and null where an older inventory has neither', () => {
    const gpus = parseInventory(JSON.stringify({ gpus: { Controllers: [], DisplayClass: [{ Key: '0000', RadeonSoftwareVersion: '26.7.1' }], AmdRadeonSoftwareVersion: '26.7.1' } })).gpus;
    expect(gpus?.displayClass[0]?.radeonSoftwareVersion).toBe('26.7.1');
    expect(gpus?.amdRadeonSoftwareVersion).toBe('26.7.1');
    const old = parseInventory(JSON.stringify({ gpus: { Controllers: [], DisplayClass: [{ Key: '0000' }] } })).gpus;
    expect(old?.displayClass[0]?.radeonSoftwareVersion).toBeNull();
    expect(old?.amdRadeonSoftwareVersion).toBeNull();
  });
});
