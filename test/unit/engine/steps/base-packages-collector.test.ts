import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagesBaseStep, BASE_PACKAGES } from '../../../../electron/engine/steps/packages/base.js';
import { probeAssetsDir } from '../../../../electron/host/distro/probe-script.js';

// One list of base packages: the collector (assets/probe/lib_setup.py) asks dpkg about exactly
// the packages the `packages.base` step installs, so `distro.base-packages` verifies that step.

/** The string literals of `BASE_PACKAGES = (…)` in the collector's source. */
function collectorList(): string[] {
  const source = fs.readFileSync(path.join(probeAssetsDir(), 'lib_setup.py'), 'utf8');
  const tuple = /^BASE_PACKAGES = \(([^)]*)\)/mu.exec(source)?.[1];
  if (tuple === undefined) throw new Error('BASE_PACKAGES not found in lib_setup.py');
  return [...tuple.matchAll(/"([^"]+)"/gu)].map((m) => m[1]!);
}

describe('the base packages', () => {
  it('the collector asks about the same packages, in the same order, that packages.base installs', () => {
    expect(collectorList()).toEqual([...BASE_PACKAGES]);
  });

  it('packages.base is verified (and fixes) by distro.base-packages', () => {
    expect(packagesBaseStep.verify).toEqual(['distro.base-packages']);
    expect(packagesBaseStep.fixes).toEqual(['distro.base-packages']);
  });
});
