import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundle } from '../../../electron/bundle/read-bundle.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-hostile-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const manifest = (over: Record<string, unknown> = {}, capture: Record<string, unknown> = {}) => ({
  format: 'wsl-gpu-setup-bundle',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  app: { name: 'wsl-gpu-setup', version: '0.1.0' },
  platform: { platform: 'windows', simulated: false },
  captures: [{ probe: 'p', argv: ['x'], exitCode: 0, stdout: 'captures/p.stdout', stderr: 'captures/p.stderr', encoding: 'utf-8', durationMs: 1, launchError: null, ...capture }],
  redactions: {},
  ...over,
});

function folder(files: Record<string, string>): string {
  const root = path.join(dir, 'b');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

async function code(target: string): Promise<string> {
  const r = await readBundle(target);
  if (r.ok) return 'ok';
  expect(r.error.message.length).toBeGreaterThan(10);
  expect(r.error.fix.length).toBeGreaterThan(10);
  return r.error.code;
}

describe('readBundle refuses malformed and hostile bundles', () => {
  it('reads a minimal valid folder', async () => {
    const root = folder({ 'manifest.json': JSON.stringify(manifest()), 'captures/p.stdout': 'out', 'captures/p.stderr': '' });
    const r = await readBundle(root);
    expect(r.ok && r.value.captures.get('p')?.stdout.toString()).toBe('out');
  });

  it.each([
    ['missing manifest', {}, 'missing-manifest'],
    ['bad JSON', { 'manifest.json': '{"format":' }, 'bad-json'],
    ['wrong format', { 'manifest.json': JSON.stringify(manifest({ format: 'other' })) }, 'wrong-format'],
    ['newer version', { 'manifest.json': JSON.stringify(manifest({ version: 7 })) }, 'unsupported-version'],
    ['missing capture file', { 'manifest.json': JSON.stringify(manifest()), 'captures/p.stdout': 'x' }, 'missing-file'],
    ['path with ..', { 'manifest.json': JSON.stringify(manifest({}, { stdout: 'captures/../../../etc/passwd' })) }, 'bad-manifest'],
    ['absolute path', { 'manifest.json': JSON.stringify(manifest({}, { stdout: '/etc/passwd' })) }, 'bad-manifest'],
  ])('%s', async (_name, files, expected) => {
    fs.mkdirSync(path.join(dir, 'b'), { recursive: true });
    expect(await code(folder(files))).toBe(expected);
  });

  it('does not follow a capture file linked outside the bundle', async () => {
    const outside = path.join(dir, 'secret.txt');
    fs.writeFileSync(outside, 'outside');
    const root = folder({ 'manifest.json': JSON.stringify(manifest()), 'captures/p.stderr': '' });
    fs.symlinkSync(outside, path.join(root, 'captures/p.stdout'));
    expect(await code(root)).toBe('unsafe-path');
  });

  it('does not follow a captures folder linked outside the bundle', async () => {
    const outside = path.join(dir, 'elsewhere');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'p.stdout'), 'outside');
    fs.writeFileSync(path.join(outside, 'p.stderr'), '');
    const root = folder({ 'manifest.json': JSON.stringify(manifest()) });
    fs.symlinkSync(outside, path.join(root, 'captures'));
    expect(await code(root)).toBe('unsafe-path');
  });

  it('does not follow a linked manifest', async () => {
    const outside = path.join(dir, 'm.json');
    fs.writeFileSync(outside, JSON.stringify(manifest()));
    const root = folder({ 'captures/p.stdout': '', 'captures/p.stderr': '' });
    fs.symlinkSync(outside, path.join(root, 'manifest.json'));
    expect(await code(root)).toBe('unsafe-path');
  });

  it('refuses zip entries that climb out (zip slip)', async () => {
    const zip = path.join(dir, 'slip.zip');
    fs.writeFileSync(zip, zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest())), '../../evil.txt': Buffer.from('x') }));
    expect(await code(zip)).toBe('unsafe-path');
    expect(fs.existsSync(path.join(dir, '..', 'evil.txt'))).toBe(false);
  });

  it('refuses a zip declaring more than 256 MiB uncompressed (zip bomb) before inflating it', async () => {
    const data = Buffer.from(zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest())), 'captures/p.stdout': Buffer.alloc(1000), 'captures/p.stderr': Buffer.alloc(0) }));
    // Central directory headers (PK\x01\x02) carry the uncompressed size at offset 24.
    for (let i = data.indexOf('PK\x01\x02'); i >= 0; i = data.indexOf('PK\x01\x02', i + 4)) data.writeUInt32LE(0xf0000000, i + 24);
    const zip = path.join(dir, 'bomb.zip');
    fs.writeFileSync(zip, data);
    expect(await code(zip)).toBe('too-large');
  });

  it.each([
    ['a truncated zip', (b: Buffer) => b.subarray(0, b.length - 30), 'bad-zip'],
    ['a file that is not a zip', () => Buffer.from('hello world'), 'not-a-bundle'],
  ])('reports %s', async (_name, mangle, expected) => {
    const good = Buffer.from(zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest())) }));
    const zip = path.join(dir, 'x.zip');
    fs.writeFileSync(zip, mangle(good));
    expect(await code(zip)).toBe(expected);
  });

  it('reports a path that does not exist', async () => {
    expect(await code(path.join(dir, 'nope'))).toBe('not-found');
  });
});
