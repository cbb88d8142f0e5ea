import { describe, expect, it } from 'vitest';
import { adapterKind, pciDeviceIdOf } from '../../../../electron/host/gpu/adapter-kind.js';

describe('pciDeviceIdOf', () => {
  it('reads the device id of a PCI instance path, upper-case', () => {
    expect(pciDeviceIdOf('PCI\\VEN_8086&DEV_56a0&SUBSYS_10208086&REV_08\\6&2F1C5E0&0&00080008')).toBe('56A0');
    expect(pciDeviceIdOf('ROOT\\BasicRender\\0000')).toBeNull();
    expect(pciDeviceIdOf(null)).toBeNull();
  });
});

describe('adapterKind', () => {
  it('tells Intel discrete cards from integrated GPUs by device id, not by the "Arc" in the name', () => {
    expect(adapterKind('intel', '56A0', 16_384)).toBe('discrete'); // Arc A770 (DG2)
    expect(adapterKind('intel', 'E20B', 12_288)).toBe('discrete'); // Arc B580 (BMG)
    expect(adapterKind('intel', '4680', 128)).toBe('integrated'); // UHD 770
    expect(adapterKind('intel', '7D55', 128)).toBe('integrated'); // Core Ultra "Intel(R) Arc(TM) Graphics" (MTL)
    expect(adapterKind('intel', null, 128)).toBeNull();
  });

  it('tells an AMD APU by device id, else by a small carve-out; NVIDIA is discrete', () => {
    expect(adapterKind('amd', '164E', 512)).toBe('integrated'); // Raphael
    expect(adapterKind('amd', '1586', 98_304)).toBe('integrated'); // Strix Halo with a large carve-out
    expect(adapterKind('amd', '744C', 24_576)).toBe('discrete'); // RX 7900 XTX
    expect(adapterKind('amd', 'FFFF', 512)).toBe('integrated');
    expect(adapterKind('amd', 'FFFF', null)).toBeNull();
    expect(adapterKind('nvidia', '2786', 12_288)).toBe('discrete');
    expect(adapterKind('other', '0C36', 512)).toBeNull();
  });
});
