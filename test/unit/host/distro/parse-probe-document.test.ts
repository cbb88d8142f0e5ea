import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_CHARS, objectEnd, parseProbeDocument } from '../../../../electron/host/distro/parse-probe-document.js';
import { loadProbeFixtures } from './load-probe-fixtures.js';

const fixtures = loadProbeFixtures();
const byName = (name: string): string => fixtures.find((f) => f.name === name)?.text ?? '';

describe('parseProbeDocument on stored documents', () => {
  it('has the fixtures', () => {
    expect(fixtures.map((f) => f.name)).toEqual(['ci-machine-no-gpu.json', 'ci-machine-no-python.json', 'wsl-rtx3070-reconstructed.json']);
  });

  it('reads the CI machine (no GPU) document', () => {
    const r = parseProbeDocument(byName('ci-machine-no-gpu.json'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.skippedChars).toBe(0);
    expect(r.doc).toMatchObject({ probeVersion: 1, target: 'linux', bench: null, errors: [], cuda: { status: 'no-library', library: null } });
    expect(r.doc.commands['nvidia-smi']?.error).toBe('not found: nvidia-smi (searched PATH, /usr/lib/wsl/lib/nvidia-smi, /usr/bin/nvidia-smi)');
    expect(r.doc.commands['dev-dxg']?.stderr).toContain("cannot access '/dev/dxg'");
    expect(r.doc.frameworks.torch?.status).toBe('not-installed');
  });

  it('reads the python3-missing document', () => {
    const r = parseProbeDocument(byName('ci-machine-no-python.json'));
    expect(r).toMatchObject({ ok: true, doc: { python: null, commands: {}, args: { bench: true }, errors: [{ code: 'python3-missing' }] } });
  });

  it('reads a WSL-shaped document with its real nvidia-smi table and a warning-free ldconfig -p', () => {
    const r = parseProbeDocument(byName('wsl-rtx3070-reconstructed.json'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc.target).toBe('wsl');
    expect(r.doc.cuda).toMatchObject({ status: 'ok', library: '/usr/lib/wsl/lib/libcuda.so.1', driverVersionText: '12.1' });
    expect(r.doc.cuda.devices?.[0]).toMatchObject({ name: 'NVIDIA GeForce RTX 3070', computeCapability: '8.6', smCount: 46 });
    expect(r.doc.commands['nvidia-smi']?.stdout).toContain('Driver Version: 531.68');
    // ldconfig warns "is not a symbolic link" only while rebuilding its cache, never with -p.
    expect(r.doc.commands['ldconfig-p']?.stderr).toBe('');
    expect(r.doc.commands['ldconfig-p']?.stdout).toContain('libcuda.so.1 (libc6,x86-64) => /usr/lib/wsl/lib/libcuda.so.1');
  });
});

describe('parseProbeDocument on damaged output', () => {
  const good = byName('ci-machine-no-gpu.json');

  it('skips noise before and after the document', () => {
    const noisy = `Welcome to Ubuntu 24.04 LTS\r\n{"not": "it"}\n${good.trim()}\nlogout {}\n`;
    const r = parseProbeDocument(noisy);
    expect(r).toMatchObject({ ok: true, skippedChars: noisy.indexOf('{"probeVersion"') });
  });

  it('says truncated when the output stops inside the document', () => {
    expect(parseProbeDocument(good.slice(0, Math.floor(good.length / 2)))).toMatchObject({ ok: false, error: { code: 'truncated' } });
  });

  it('says empty, no-document, bad-json, unsupported-version and bad-shape', () => {
    expect(parseProbeDocument('')).toMatchObject({ ok: false, error: { code: 'empty', excerpt: null } });
    expect(parseProbeDocument(' \r\n')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseProbeDocument('<3>WSL (8) ERROR: CreateProcessParseCommon:863: Failed to translate')).toMatchObject({ ok: false, error: { code: 'no-document' } });
    expect(parseProbeDocument('{"probeVersion": 1, "target": linux}')).toMatchObject({ ok: false, error: { code: 'bad-json' } });
    expect(parseProbeDocument(good.replace('"probeVersion": 1', '"probeVersion": 4'))).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
    const r = parseProbeDocument(good.replace('"target": "linux"', '"target": "mac"'));
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-shape' } });
    if (!r.ok) expect(r.error.message).toContain('target');
  });

  it('refuses input past the size cap without scanning it', () => {
    const huge = ' '.repeat(MAX_DOCUMENT_CHARS + 1);
    expect(parseProbeDocument(`${huge}x`)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('keeps excerpts short', () => {
    const r = parseProbeDocument(`{"probeVersion": 1, "x": "${'a'.repeat(10_000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.excerpt?.length).toBeLessThanOrEqual(300);
  });
});

describe('objectEnd', () => {
  it('follows strings and escapes', () => {
    const s = '{"a": "}\\"{", "b": [1, {"c": "]"}]} tail';
    expect(s.slice(0, objectEnd(s, 0))).toBe('{"a": "}\\"{", "b": [1, {"c": "]"}]}');
    expect(objectEnd('{"a": "', 0)).toBe(-1);
  });
});
