import { describe, expect, it } from 'vitest';
import { bundleIdOf } from '../../../electron/app/support/bundle-id.js';
import { parseManifest, type BundleManifest } from '../../../electron/bundle/manifest.js';
import { BUNDLE_ID_PATTERN } from '../../../electron/contract/support.js';

const manifest: BundleManifest = {
  format: 'wsl-gpu-setup-bundle',
  version: 1,
  createdAt: '2026-12-03T10:00:00.000Z',
  app: { name: 'wsl-gpu-setup', version: '0.1.0' },
  platform: { platform: 'windows', simulated: false },
  captures: [{ probe: 'wsl.version', argv: ['wsl.exe', '--version'], exitCode: 0, stdout: 'captures/wsl.version.stdout', stderr: 'captures/wsl.version.stderr', encoding: 'utf-16le', durationMs: 12, launchError: null }],
  redactions: { user: 2, host: 1 },
};

describe('bundleIdOf', () => {
  it('is two groups of four upper-case hex digits', () => {
    expect(bundleIdOf(manifest)).toMatch(BUNDLE_ID_PATTERN);
  });

  it('is the same for the manifest as written and as read back (keys in another order, parsed by the schema)', () => {
    const reordered = JSON.parse(JSON.stringify({ redactions: manifest.redactions, captures: manifest.captures, platform: manifest.platform, app: manifest.app, createdAt: manifest.createdAt, version: 1, format: manifest.format })) as unknown;
    const parsed = parseManifest(reordered);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(bundleIdOf(parsed.value)).toBe(bundleIdOf(manifest));
    // Not only after the schema put the keys back in its order: the id never depends on key order.
    expect(bundleIdOf(reordered as BundleManifest)).toBe(bundleIdOf(manifest));
  });

  it('changes when the bundle differs: another time, another capture result, other redaction counts', () => {
    const id = bundleIdOf(manifest);
    expect(bundleIdOf({ ...manifest, createdAt: '2026-12-03T10:00:01.000Z' })).not.toBe(id);
    expect(bundleIdOf({ ...manifest, captures: [{ ...manifest.captures[0]!, exitCode: 1 }] })).not.toBe(id);
    expect(bundleIdOf({ ...manifest, redactions: { user: 3, host: 1 } })).not.toBe(id);
  });
});
