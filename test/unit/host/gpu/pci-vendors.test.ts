import { describe, expect, it } from 'vitest';
import { gpuVendor, vendorFromCompatibility, vendorFromPnpId } from '../../../../electron/host/gpu/pci-vendors.js';

describe('vendorFromPnpId', () => {
  it.each([
    ['PCI\\VEN_10DE&DEV_2786&SUBSYS_51361462&REV_A1\\4&2B6C1B7D&0&0008', 'nvidia'],
    ['pci\\ven_10de&dev_2504', 'nvidia'],
    ['PCI\\VEN_1002&DEV_744C&SUBSYS_0E3A1002&REV_C8\\6&1A2B3C4D&0&00000019', 'amd'],
    ['PCI\\VEN_1022&DEV_15BF', 'amd'],
    ['PCI\\VEN_8086&DEV_56A0&SUBSYS_10208086&REV_08\\6&2F1C5E0&0&00080008', 'intel'],
    ['PCI\\VEN_1414&DEV_008E&SUBSYS_00000000&REV_00\\1', 'microsoft'],
    ['PCI\\VEN_15AD&DEV_0405&SUBSYS_040515AD&REV_00\\3&61AAA01&0&78', 'other'],
    ['ACPI\\VEN_QCOM&DEV_0C36&SUBSYS_CLS08180&REV_0000\\0', null],
    ['ROOT\\BasicRender\\0000', null],
    ['SWD\\REMOTEDISPLAYENUM\\RDPIDDINDIRECTDISPLAY', null],
    ['PCI\\XVEN_10DE&DEV_2786', null],
    ['', null],
    [null, null],
  ])('%j → %j', (pnp, vendor) => {
    expect(vendorFromPnpId(pnp)).toBe(vendor);
  });
});

describe('vendorFromCompatibility', () => {
  it.each([
    ['NVIDIA', 'nvidia'],
    ['Advanced Micro Devices, Inc.', 'amd'],
    ['ATI Technologies Inc.', 'amd'],
    ['Intel Corporation', 'intel'],
    ['Microsoft Corporation', 'microsoft'],
    ['Qualcomm Technologies, Inc.', null],
    ['(Standard display types)', null],
    ['(標準ディスプレイの種類)', null],
    ['', null],
    [null, null],
  ])('%j → %j', (text, vendor) => {
    expect(vendorFromCompatibility(text)).toBe(vendor);
  });
});

describe('gpuVendor', () => {
  it('prefers the PCI id over the text, which is only a last resort', () => {
    // A Basic Display Adapter on an NVIDIA card: Microsoft's text, NVIDIA's hardware.
    expect(gpuVendor('PCI\\VEN_10DE&DEV_2504&SUBSYS_397D1462&REV_A1\\4&1C3D25BB&0&0019', '(Standard display types)')).toBe('nvidia');
    expect(gpuVendor('VMBUS\\{DA0A7802-E377-4AAC-8E77-0558EB1073F8}\\{5620E0C7-8062-4DCE-AEB7-520C7EF76171}', 'Microsoft Corporation')).toBe('microsoft');
    expect(gpuVendor(null, 'Intel Corporation')).toBe('intel');
    expect(gpuVendor('ACPI\\VEN_QCOM&DEV_0C36&SUBSYS_CLS08180&REV_0000\\0', 'Qualcomm Technologies, Inc.')).toBe('other');
    expect(gpuVendor(null, null)).toBe('other');
  });
});
