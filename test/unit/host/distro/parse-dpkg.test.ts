import { describe, expect, it } from 'vitest';
import { classifyNvidiaPackage, parseDpkgQuery } from '../../../../electron/host/distro/parse-dpkg.js';

describe('parseDpkgQuery and classifyNvidiaPackage', () => {
  it('reads installed and removed packages', () => {
    const text = 'nvidia-driver-550\t550.120-0ubuntu1\tinstall ok installed\nlibnvidia-compute-550\t550.120\tdeinstall ok config-files\ncuda-toolkit-13-0\t13.0.2-1\tinstall ok installed\nnot a line\n';
    expect(parseDpkgQuery(text)).toEqual([
      { name: 'nvidia-driver-550', version: '550.120-0ubuntu1', installed: true },
      { name: 'libnvidia-compute-550', version: '550.120', installed: false },
      { name: 'cuda-toolkit-13-0', version: '13.0.2-1', installed: true },
    ]);
  });

  it.each([
    ['nvidia-driver-550', 'linux-driver'],
    ['nvidia-utils-535', 'linux-driver'],
    ['libnvidia-compute-580', 'linux-driver'],
    ['libcuda1', 'linux-driver'],
    ['cuda', 'cuda-meta'],
    ['cuda-13-0', 'cuda-meta'],
    ['cuda-drivers', 'linux-driver'],
    ['cuda-drivers-580', 'linux-driver'],
    ['cuda-toolkit-12-9', 'toolkit'],
    ['cuda-toolkit', 'toolkit'],
    ['nvidia-container-toolkit', 'container-toolkit'],
    ['cuda-keyring', 'other'],
    ['cuda-nvcc-13-0', 'other'],
  ] as const)('%s is %s', (name, kind) => {
    expect(classifyNvidiaPackage(name)).toBe(kind);
  });
});
