import { describe, expect, it } from 'vitest';
import { parseFoundPaths, parseLstatLines } from '../../../../electron/host/distro/parse-lstat.js';

describe('parseLstatLines and parseFoundPaths', () => {
  it('reads path, kind and link target', () => {
    expect(parseLstatLines('/usr/lib/wsl/lib/libcuda.so.1\tfile\n/usr/lib/x/libcuda.so.1\tlink\tlibcuda.so.1.1\n')).toEqual([
      { path: '/usr/lib/wsl/lib/libcuda.so.1', kind: 'file', target: null },
      { path: '/usr/lib/x/libcuda.so.1', kind: 'link', target: 'libcuda.so.1.1' },
    ]);
  });

  it('skips lines of another shape (relative path, unknown kind, an error text)', () => {
    expect(parseLstatLines('libcuda.so.1\tfile\n/a\tsocket\n/usr/lib/wsl/lib/libcuda.so.1: FileNotFoundError\n')).toEqual([]);
  });

  it('keeps absolute paths in search order', () => {
    expect(parseFoundPaths('/usr/bin/nvidia-container-runtime-hook\n/usr/local/bin/nvidia-container-runtime-hook\nnot found\n')).toEqual(['/usr/bin/nvidia-container-runtime-hook', '/usr/local/bin/nvidia-container-runtime-hook']);
    expect(parseFoundPaths('')).toEqual([]);
  });
});
