import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeBundleFs, type BundleFs } from '../../../electron/bundle/bundle-fs.js';
import { writeBundle } from '../../../electron/bundle/write-bundle.js';
import { createRedactor } from '../../../electron/redact/redactor.js';
import { CANARY_IDENTITY } from '../../unit/redact/canaries.js';
import { canaryCaptures, canaryReport, HOST, translate } from './bundle-helpers.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-faults-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const enospc = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

function run(out: string, bfs: BundleFs) {
  const captures = canaryCaptures();
  const { report, reportJson } = canaryReport(captures);
  return writeBundle({ out, captures, report, reportJson, app: { name: 'a', version: '1' }, platform: HOST, translate, redactor: createRedactor(CANARY_IDENTITY), fs: bfs });
}

describe('writeBundle on a full disk', () => {
  it('folder: a write failing half-way leaves neither the bundle nor its temp folder', async () => {
    let writes = 0;
    const bfs: BundleFs = {
      ...nodeBundleFs,
      writeFile: async (file, data) => {
        if (++writes === 4) {
          fs.writeFileSync(file, data.subarray(0, 3)); // the disk took a few bytes, then filled up
          throw enospc();
        }
        await nodeBundleFs.writeFile(file, data);
      },
    };
    const r = await run(path.join(dir, 'bundle'), bfs);
    expect(r.ok ? null : r.error.code).toBe('no-space');
    if (!r.ok) expect(r.error.fix).toMatch(/--out/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('zip: a failing atomic write leaves no file', async () => {
    const bfs: BundleFs = {
      ...nodeBundleFs,
      writeFileAtomic: () => Promise.reject(enospc()),
    };
    const r = await run(path.join(dir, 'b.zip'), bfs);
    expect(r.ok ? null : r.error.code).toBe('no-space');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('stops before writing anything when the free space is already too small', async () => {
    let wrote = false;
    const bfs: BundleFs = {
      ...nodeBundleFs,
      freeBytes: () => Promise.resolve(1000),
      writeFile: () => {
        wrote = true;
        return Promise.resolve();
      },
      writeFileAtomic: () => {
        wrote = true;
        return Promise.resolve();
      },
    };
    for (const name of ['b.zip', 'folder']) {
      const r = await run(path.join(dir, name), bfs);
      expect(r.ok ? null : r.error.message).toMatch(/Not enough disk space/);
    }
    expect(wrote).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('writeBundle rename faults', () => {
  it('retries a rename held briefly by another process', async () => {
    let fails = 2;
    const bfs: BundleFs = {
      ...nodeBundleFs,
      rename: async (from, to) => {
        if (fails-- > 0) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
        await nodeBundleFs.rename(from, to);
      },
    };
    const r = await run(path.join(dir, 'bundle'), bfs);
    expect(r.ok).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['bundle']);
  });

  it('gives up after bounded retries and cleans up', async () => {
    const bfs: BundleFs = { ...nodeBundleFs, rename: () => Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' })) };
    const r = await run(path.join(dir, 'bundle'), bfs);
    expect(r.ok ? null : r.error.code).toBe('write-failed');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('real write-file-atomic into a missing folder fails cleanly', async () => {
    const r = await run(path.join(dir, 'missing', 'b.zip'), nodeBundleFs);
    expect(r.ok ? null : r.error.code).toBe('write-failed');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
