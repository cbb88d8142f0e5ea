import { describe, expect, it } from 'vitest';
import { lsEntryPath, lsTimeToIso, parseLsLong } from '../../../../electron/host/distro/parse-ls.js';

const REF = new Date('2026-11-24T08:00:00Z');

describe('parseLsLong', () => {
  it('reads a device node, files, links and dates', () => {
    const text = 'total 8\ndr-xr-xr-x 1 root root 512 Nov 18 09:12 .\n-r--r--r-- 2 root root 160736 Nov 18 09:10 libcuda.so.1\nlrwxrwxrwx 1 root root 12 Jan  3  2024 libx.so -> libx.so.1\ncrw-rw-rw- 1 root root 10, 125 Nov 24 07:58 /dev/dxg\n';
    const r = parseLsLong(text, '', REF);
    expect(r.entries.map((e) => [e.name, e.type, e.target, e.size, e.modified])).toEqual([
      ['libcuda.so.1', 'file', null, 160736, '2026-11-18T09:10:00Z'],
      ['libx.so', 'link', 'libx.so.1', 12, '2024-01-03T00:00:00Z'],
      ['/dev/dxg', 'char', null, null, '2026-11-24T07:58:00Z'],
    ]);
  });

  it('gives recent dates from late last year the previous year', () => {
    expect(lsTimeToIso('Dec', '30', '10:00', new Date('2026-01-05T00:00:00Z'))).toBe('2025-12-30T10:00:00Z');
    expect(lsTimeToIso('Foo', '1', '10:00', REF)).toBeNull();
  });

  it('keeps folder headers and reads missing operands from stderr', () => {
    const r = parseLsLong('/etc/cdi:\ntotal 4\n-rw-r--r-- 1 root root 3105 Nov 20 10:00 nvidia.yaml\n', "/usr/bin/ls: cannot access '/var/run/cdi': No such file or directory\n", REF);
    expect(r.entries.map(lsEntryPath)).toEqual(['/etc/cdi/nvidia.yaml']);
    expect(r.missing).toEqual(['/var/run/cdi']);
  });
});
