/**
 * Which paths a bundle may name. A hostile bundle must not make the reader look outside it:
 * entry names are relative, forward-slash, without `.`/`..` segments, drive letters or NULs.
 */

/** Upper bounds that keep a hostile bundle from exhausting memory (zip bombs included). */
export const BUNDLE_LIMITS = {
  /** Sum of declared uncompressed sizes of a zip's entries, and of the files a folder bundle reads. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** One capture stream or the manifest. */
  maxFileBytes: 64 * 1024 * 1024,
  maxManifestBytes: 16 * 1024 * 1024,
  /** A zip file on disk. */
  maxZipFileBytes: 256 * 1024 * 1024,
  maxEntries: 20_000,
} as const;

/** True for a relative path that stays inside the bundle (`captures/a.stdout`, `manifest.json`). */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 512) return false;
  if (/[\\\0:]/.test(name) || name.startsWith('/')) return false;
  const segments = name.replace(/\/$/, '').split('/');
  return segments.every((s) => s !== '' && s !== '.' && s !== '..');
}
