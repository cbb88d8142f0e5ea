import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../electron/bundle/manifest.js';

const valid = {
  format: 'wsl-gpu-setup-bundle',
  version: 1,
  createdAt: '2025-01-02T03:04:05.000Z',
  app: { name: 'wsl-gpu-setup', version: '0.1.0' },
  platform: { platform: 'windows', simulated: true },
  captures: [
    { probe: 'wsl.version', argv: ['wsl.exe', '--version'], exitCode: 0, stdout: 'captures/wsl.version.stdout', stderr: 'captures/wsl.version.stderr', encoding: 'utf-16le', durationMs: 12, launchError: null },
  ],
  redactions: { user: 2 },
};

describe('parseManifest', () => {
  it('accepts a valid manifest', () => {
    const r = parseManifest(valid);
    expect(r.ok && r.value.captures[0]?.probe).toBe('wsl.version');
  });

  it('names a newer version and says to update', () => {
    const r = parseManifest({ ...valid, version: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('unsupported-version');
      expect(r.error.message).toContain('version 2');
      expect(r.error.fix).toMatch(/Update/);
    }
  });

  it.each([
    ['not an object', [], 'bad-manifest'],
    ['another format', { ...valid, format: 'zip' }, 'wrong-format'],
    ['parent path', { ...valid, captures: [{ ...valid.captures[0], stdout: 'captures/../../etc/passwd' }] }, 'bad-manifest'],
    ['absolute path', { ...valid, captures: [{ ...valid.captures[0], stdout: '/etc/passwd' }] }, 'bad-manifest'],
    ['dot-dot file', { ...valid, captures: [{ ...valid.captures[0], stderr: 'captures/..' }] }, 'bad-manifest'],
    ['backslash path', { ...valid, captures: [{ ...valid.captures[0], stderr: 'captures\\..\\x' }] }, 'bad-manifest'],
    ['bad encoding', { ...valid, captures: [{ ...valid.captures[0], encoding: 'latin1' }] }, 'bad-manifest'],
    ['duplicate probe', { ...valid, captures: [valid.captures[0], valid.captures[0]] }, 'bad-manifest'],
  ])('rejects %s', (_name, raw, code) => {
    const r = parseManifest(raw);
    expect(r.ok ? null : r.error.code).toBe(code);
    if (!r.ok) expect(r.error.fix.length).toBeGreaterThan(0);
  });
});
