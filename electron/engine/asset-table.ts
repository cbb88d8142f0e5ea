import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { findAssetFile } from './find-asset-file.js';

/**
 * A JSON data file shipped under assets/data (the PyTorch wheel table, the GPU vendor table),
 * read once at the edge and validated with its zod schema. Never throws: a missing or malformed
 * file gives a null table and the reason, so callers fall back to what cannot make a check pass.
 */

export type TableParse<T> = { ok: true; table: T } | { ok: false; error: string };
export interface TableLoad<T> {
  table: T | null;
  error: string | null;
}

/** Parses and validates `text`; the error names up to three issues with their paths. */
export function parseTable<T>(schema: z.ZodType<T>, text: string): TableParse<T> {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (!parsed.success) return { ok: false, error: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    return { ok: true, table: parsed.data };
  } catch (error) {
    return { ok: false, error: String((error as Error).message ?? error) };
  }
}

/** A reader of the shipped file `relative` (`assets/data/x.json`), found upward from `fromDir`; null when absent. */
export function shippedText(relative: string, fromDir: string): () => string | null {
  return () => {
    const file = findAssetFile(relative, fromDir);
    return file === null ? null : fs.readFileSync(file, 'utf8');
  };
}

/** Reads through `readText` and validates; the reason when it cannot. */
export function loadTable<T>(schema: z.ZodType<T>, relative: string, readText: () => string | null): TableLoad<T> {
  try {
    const text = readText();
    if (text === null) return { table: null, error: `${relative} not found` };
    const r = parseTable(schema, text);
    return r.ok ? { table: r.table, error: null } : { table: null, error: r.error };
  } catch (error) {
    return { table: null, error: String((error as Error).message ?? error) };
  }
}

/** `assets/data/<name>` in the platform's separators. */
export function dataFile(name: string): string {
  return path.join('assets', 'data', name);
}
