/**
 * Reads a bundle (folder or `.zip`) back into a manifest and a `CaptureMap`, so `diagnose
 * --replay` gives the same facts and verdicts as the run that made it. Every failure is a
 * typed value that says what is wrong and what to do.
 */
import fs from 'node:fs/promises';
import type { Capture, CaptureMap } from '../engine/model.js';
import { BUNDLE_LIMITS } from './bundle-paths.js';
import { BundleFailure, bundleFail, describeError, errnoCode, type BundleResult } from './errors.js';
import { parseManifest, type BundleManifest } from './manifest.js';
import { openFolder } from './read-folder.js';
import { readZipEntries } from './read-zip.js';

/** A bundle read back for replay. */
export interface ReadBundle {
  manifest: BundleManifest;
  captures: CaptureMap;
}

const REMAKE = 'Create the bundle again with `wsl-gpu-setup bundle`.';

/** Reads one file of the bundle; null when absent. */
type FileSource = (rel: string, maxBytes: number) => Promise<Uint8Array | null>;

async function zipSource(file: string): Promise<BundleResult<FileSource>> {
  const st = await fs.stat(file);
  if (st.size > BUNDLE_LIMITS.maxZipFileBytes) {
    return bundleFail('too-large', `${file} is larger than ${BUNDLE_LIMITS.maxZipFileBytes / 1024 / 1024} MiB; no bundle is that big.`, REMAKE);
  }
  const data = await fs.readFile(file);
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    return bundleFail('not-a-bundle', `${file} is neither a folder nor a zip file.`, 'Pass the folder or .zip made by `wsl-gpu-setup bundle`.');
  }
  const entries = readZipEntries(data, (name) => name === 'manifest.json' || name.startsWith('captures/'));
  if (!entries.ok) return entries;
  return { ok: true, value: (rel) => Promise.resolve(entries.value.get(rel) ?? null) };
}

async function folderSource(dir: string): Promise<FileSource> {
  const reader = await openFolder(dir, BUNDLE_LIMITS.maxTotalBytes);
  return (rel, maxBytes) => reader.read(rel, maxBytes);
}

async function readWith(source: FileSource): Promise<BundleResult<ReadBundle>> {
  const raw = await source('manifest.json', BUNDLE_LIMITS.maxManifestBytes);
  if (raw === null) return bundleFail('missing-manifest', 'The bundle has no manifest.json.', 'Pass the folder or .zip made by `wsl-gpu-setup bundle`, not a folder inside it.');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return bundleFail('bad-json', `manifest.json is not valid JSON: ${describeError(e)}.`, REMAKE);
  }
  const manifest = parseManifest(json);
  if (!manifest.ok) return manifest;
  const captures = new Map<string, Capture>();
  for (const c of manifest.value.captures) {
    const stdout = await source(c.stdout, BUNDLE_LIMITS.maxFileBytes);
    const stderr = await source(c.stderr, BUNDLE_LIMITS.maxFileBytes);
    const missing = stdout === null ? c.stdout : stderr === null ? c.stderr : null;
    if (missing !== null || stdout === null || stderr === null) {
      return bundleFail('missing-file', `The bundle is missing ${missing ?? c.stdout}, named in manifest.json for probe ${c.probe}.`, REMAKE);
    }
    captures.set(c.probe, {
      probe: c.probe,
      argv: [...c.argv],
      exitCode: c.exitCode,
      stdout: Buffer.from(stdout),
      stderr: Buffer.from(stderr),
      encoding: c.encoding,
      durationMs: c.durationMs,
      launchError: c.launchError,
    });
  }
  return { ok: true, value: { manifest: manifest.value, captures } };
}

/** Reads a bundle folder or zip. Never throws: failures come back as a `BundleError`. */
export async function readBundle(target: string): Promise<BundleResult<ReadBundle>> {
  try {
    let st;
    try {
      st = await fs.stat(target);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT' || errnoCode(e) === 'ENOTDIR') {
        return bundleFail('not-found', `${target} does not exist.`, 'Check the path given to --replay.');
      }
      throw e;
    }
    if (st.isDirectory()) return await readWith(await folderSource(target));
    if (!st.isFile()) return bundleFail('not-a-bundle', `${target} is neither a folder nor a zip file.`, 'Pass the folder or .zip made by `wsl-gpu-setup bundle`.');
    const source = await zipSource(target);
    return source.ok ? await readWith(source.value) : source;
  } catch (e) {
    if (e instanceof BundleFailure) return { ok: false, error: e.error };
    return bundleFail('not-a-bundle', `Could not read the bundle at ${target}: ${describeError(e)}.`, 'Check the path and its permissions.', describeError(e));
  }
}
