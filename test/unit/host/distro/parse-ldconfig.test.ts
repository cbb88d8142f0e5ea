import { describe, expect, it } from 'vitest';
import { parseLdconfig } from '../../../../electron/host/distro/parse-ldconfig.js';
import { readDistroFixture } from './load-distro-fixtures.js';

const WSL_CACHE = "3 libs found in cache `/etc/ld.so.cache'\n\tlibcuda.so.1 (libc6,x86-64) => /usr/lib/wsl/lib/libcuda.so.1\n\tlibcuda.so (libc6,x86-64) => /usr/lib/wsl/lib/libcuda.so\n\tlibc.so.6 (libc6,x86-64, OS ABI: Linux 3.2.0) => /lib/x86_64-linux-gnu/libc.so.6\n";

describe('parseLdconfig', () => {
  it('reads the WSL cache listing (ldconfig -p prints no warning)', () => {
    const r = parseLdconfig(WSL_CACHE, '');
    expect(r.notSymlink).toEqual([]);
    expect(r.otherMessages).toEqual([]);
    expect(r.libcudaResolved).toBe('/usr/lib/wsl/lib/libcuda.so.1');
  });

  it('reads the real "ldconfig:" warning of a cache rebuild as harmless, not as an error', () => {
    const r = parseLdconfig('', readDistroFixture('ldconfig/01.txt'));
    expect(r.notSymlink).toEqual(['/usr/lib/wsl/lib/libcuda.so.1']);
    expect(r.otherMessages).toEqual([]);
    expect(r.libcudaResolved).toBeNull();
  });

  it('reads the "/sbin/ldconfig.real:" prefix the same way', () => {
    const r = parseLdconfig('', readDistroFixture('ldconfig/02-reconstructed.txt'));
    expect(r.notSymlink).toEqual(['/usr/lib/wsl/lib/libcuda.so.1']);
    expect(r.otherMessages).toEqual([]);
    expect(r.libcudaResolved).toBeNull();
  });

  it('picks the first 64-bit libcuda.so.1, so a Linux copy listed first shadows WSL', () => {
    const shadowed = WSL_CACHE.replace('\tlibcuda.so.1', '\tlibcuda.so.1 (libc6) => /usr/lib/i386-linux-gnu/libcuda.so.1\n\tlibcuda.so.1 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libcuda.so.1\n\tlibcuda.so.1');
    const r = parseLdconfig(shadowed, '');
    expect(r.libcudaResolved).toBe('/usr/lib/x86_64-linux-gnu/libcuda.so.1');
    expect(r.entries.map((e) => e.path)).toContain('/usr/lib/wsl/lib/libcuda.so.1');
  });

  it('keeps other stderr lines as messages', () => {
    expect(parseLdconfig('', 'ldconfig: Can\'t stat /usr/local/lib/x: No such file or directory\n').otherMessages).toHaveLength(1);
  });
});
