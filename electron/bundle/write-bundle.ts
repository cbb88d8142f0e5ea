/**
 * Writes a diagnostics bundle as a `.zip` (when `out` ends in `.zip`) or a folder. Crash-safe:
 * a zip is one atomic file write; a folder is written under a temporary name beside the
 * target and renamed into place. On any failure nothing is left behind under either name.
 */
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { buildBundleFiles, type BundleContent, type BundleLog } from './bundle-files.js';
import { nodeBundleFs, renameWithRetry, type BundleFs } from './bundle-fs.js';
import { bundleFail, describeError, errnoCode, type BundleResult } from './errors.js';
import type { BundleManifest } from './manifest.js';

export type { BundleLog };

/** Arguments of `writeBundle`. */
export interface WriteBundleOptions extends Omit<BundleContent, 'createdAt' | 'logs'> {
  /** Target path; `.zip` → a zip file, anything else → a folder. */
  out: string;
  logs?: readonly BundleLog[];
  /** Defaults to now. */
  createdAt?: Date;
  /** Defaults to the real file system. */
  fs?: BundleFs;
}

/** What was written. */
export interface WrittenBundle {
  path: string;
  kind: 'zip' | 'folder';
  /** Bytes written (the zip size, or the sum of the folder's files). */
  bytes: number;
  manifest: BundleManifest;
  /** Relative paths of the files in the bundle. */
  files: string[];
}

/** Zip timestamps cover 1980–2099 only; fflate throws outside it. */
function zipTime(d: Date | undefined): Date {
  const y = d?.getFullYear() ?? NaN;
  return d && y >= 1980 && y <= 2099 ? d : new Date(1980, 0, 1);
}

/** Space kept free beyond the bundle itself. */
const SPACE_MARGIN = 1024 * 1024;

function writeError(e: unknown, target: string, bytes: number): BundleResult<never> {
  const code = errnoCode(e);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return bundleFail(
      'no-space',
      `Not enough disk space to write the bundle to ${target} (it needs about ${Math.ceil(bytes / 1024)} KiB). Nothing was written.`,
      'Free some space on that drive, or pass --out with a path on another drive.',
      describeError(e),
    );
  }
  return bundleFail('write-failed', `Could not write the bundle to ${target}: ${describeError(e)}. Nothing was written.`, 'Check that the folder exists and is writable, or pass --out with another path.', describeError(e));
}

async function checkSpace(bfs: BundleFs, dir: string, bytes: number, target: string): Promise<BundleResult<true>> {
  const free = await bfs.freeBytes(dir).catch(() => null);
  if (free !== null && free < bytes + SPACE_MARGIN) {
    const err = Object.assign(new Error(`${free} bytes free`), { code: 'ENOSPC' });
    return writeError(err, target, bytes);
  }
  return { ok: true, value: true };
}

async function writeFolder(bfs: BundleFs, out: string, files: Map<string, Uint8Array>, bytes: number): Promise<BundleResult<true>> {
  if (await bfs.exists(out)) {
    return bundleFail('exists', `${out} already exists; a bundle folder is never written over.`, 'Pass --out with a new folder name, or delete the old one first.');
  }
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.partial-${process.pid}-${Date.now().toString(36)}`);
  try {
    await bfs.mkdir(temp);
    const dirs = new Set([...files.keys()].map((f) => path.posix.dirname(f)).filter((d) => d !== '.'));
    for (const d of dirs) await bfs.mkdir(path.join(temp, ...d.split('/')));
    for (const [rel, data] of files) await bfs.writeFile(path.join(temp, ...rel.split('/')), data);
    await renameWithRetry(bfs, temp, out);
    return { ok: true, value: true };
  } catch (e) {
    await bfs.remove(temp).catch(() => undefined);
    return writeError(e, out, bytes);
  }
}

/** Writes the bundle. Never throws for I/O failures: they come back as a `BundleError` with a fix. */
export async function writeBundle(options: WriteBundleOptions): Promise<BundleResult<WrittenBundle>> {
  const bfs = options.fs ?? nodeBundleFs;
  const out = path.resolve(options.out);
  const { manifest, files } = buildBundleFiles({ ...options, logs: options.logs ?? [], createdAt: options.createdAt ?? new Date() });
  const isZip = /\.zip$/i.test(out);
  let data: Uint8Array | null = null;
  if (isZip) {
    const tree: Zippable = {};
    for (const [rel, bytes] of files) tree[rel] = bytes;
    data = zipSync(tree, { level: 6, mtime: zipTime(options.createdAt) });
  }
  const bytes = data ? data.length : [...files.values()].reduce((n, f) => n + f.length, 0);
  const space = await checkSpace(bfs, path.dirname(out), bytes, out);
  if (!space.ok) return space;
  if (data) {
    try {
      await bfs.writeFileAtomic(out, data);
    } catch (e) {
      // write-file-atomic removes its own temp file; the target is either old or absent.
      return writeError(e, out, bytes);
    }
  } else {
    const written = await writeFolder(bfs, out, files, bytes);
    if (!written.ok) return written;
  }
  return { ok: true, value: { path: out, kind: isZip ? 'zip' : 'folder', bytes, manifest, files: [...files.keys()] } };
}
