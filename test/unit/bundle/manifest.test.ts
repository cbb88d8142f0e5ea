import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../electron/bundle/manifest.js';
import { checkedInValidator } from '../../tools/checked-in-schema.js';

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

/** Manifests the reader refuses, with the code it answers. */
const invalid: [string, unknown, string][] = [
  ['not an object', [], 'bad-manifest'],
  ['another format', { ...valid, format: 'zip' }, 'wrong-format'],
  ['parent path', { ...valid, captures: [{ ...valid.captures[0], stdout: 'captures/../../etc/passwd' }] }, 'bad-manifest'],
  ['absolute path', { ...valid, captures: [{ ...valid.captures[0], stdout: '/etc/passwd' }] }, 'bad-manifest'],
  ['dot-dot file', { ...valid, captures: [{ ...valid.captures[0], stderr: 'captures/..' }] }, 'bad-manifest'],
  ['backslash path', { ...valid, captures: [{ ...valid.captures[0], stderr: 'captures\\..\\x' }] }, 'bad-manifest'],
  ['bad encoding', { ...valid, captures: [{ ...valid.captures[0], encoding: 'latin1' }] }, 'bad-manifest'],
  ['duplicate probe', { ...valid, captures: [valid.captures[0], valid.captures[0]] }, 'bad-manifest'],
];

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

  it.each(invalid)('rejects %s', (_name, raw, code) => {
    const r = parseManifest(raw);
    expect(r.ok ? null : r.error.code).toBe(code);
    if (!r.ok) expect(r.error.fix.length).toBeGreaterThan(0);
  });
});

describe('docs/schemas/bundle-manifest.schema.json agrees with the reader', () => {
  const validate = checkedInValidator('docs/schemas/bundle-manifest.schema.json');

  it('accepts a valid manifest, and one with fields a newer writer might add (the reader ignores them)', () => {
    expect(validate(valid)).toEqual([]);
    const extended = { ...valid, bundleId: 'x', captures: [{ ...valid.captures[0], truncated: false }] };
    expect(validate(extended)).toEqual([]);
    expect(parseManifest(extended).ok).toBe(true);
  });

  it.each(invalid.filter(([name]) => name !== 'duplicate probe'))('rejects %s, as the reader does', (_name, raw) => {
    expect(validate(raw)).not.toEqual([]);
  });

  it('cannot state that probe ids are unique: only the reader refuses a duplicate (docs/bundle-format.md says so)', () => {
    const [, duplicate] = invalid.find(([name]) => name === 'duplicate probe')!;
    expect(validate(duplicate)).toEqual([]);
    expect(parseManifest(duplicate).ok).toBe(false);
  });

  it.each([
    ['a missing field', { ...valid, redactions: undefined }],
    ['a negative count', { ...valid, redactions: { user: -1 } }],
    ['a fractional exit code', { ...valid, captures: [{ ...valid.captures[0], exitCode: 1.5 }] }],
    ['an unknown platform', { ...valid, platform: { platform: 'darwin', simulated: false } }],
  ])('rejects %s, as the reader does', (_name, raw) => {
    const json = JSON.parse(JSON.stringify(raw)) as unknown;
    expect(validate(json)).not.toEqual([]);
    expect(parseManifest(json).ok).toBe(false);
  });
});
