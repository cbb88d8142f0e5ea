import type { z } from 'zod';
import {
  computerSchema,
  cpuSchema,
  diskSchema,
  featuresSchema,
  gpusSchema,
  hypervisorLaunchSchema,
  identitySchema,
  lxssSchema,
  osSchema,
  pendingRebootSchema,
  servicesSchema,
  wslconfigSchema,
  wslPackageSchema,
} from './inventory-schemas.js';
import { extractJsonObject, excerptOf, type JsonFailure } from './json-text.js';
import { formatHresult, isRecord, psString } from './ps-values.js';

/**
 * Parses the inventory script's output (inventory-script.ts) into typed sections. Total: each
 * section is parsed on its own, and a section that is missing, reported an error, or is not
 * the expected shape becomes null plus an issue; the rest still come through.
 */

const SECTIONS = {
  os: osSchema,
  cpu: cpuSchema,
  computer: computerSchema,
  disk: diskSchema,
  identity: identitySchema,
  features: featuresSchema,
  services: servicesSchema,
  pendingReboot: pendingRebootSchema,
  wslPackage: wslPackageSchema,
  lxss: lxssSchema,
  wslconfig: wslconfigSchema,
  gpus: gpusSchema,
  hypervisorLaunchType: hypervisorLaunchSchema,
} as const;

/** A section name of the inventory. */
export type InventorySection = keyof typeof SECTIONS;

/** The section names, in the order the script prints them. */
export const INVENTORY_SECTIONS = Object.keys(SECTIONS) as InventorySection[];

/**
 * Why a section (or the whole output) is missing. `section-error` carries the script's catch;
 * `not-run` means PowerShell could not be started at all.
 */
export type InventoryIssueCode = JsonFailure | 'not-run' | 'missing' | 'section-error' | 'invalid';

/** One problem found while parsing; `section` is null for the output as a whole. */
export interface InventoryIssue {
  section: InventorySection | null;
  code: InventoryIssueCode;
  /** `0x` + 8 hex digits when the script reported an exception HResult. */
  hresult: string | null;
  /** Bounded text: the exception message or an excerpt of the output. */
  message: string;
}

/** PowerShell's language modes (about_Language_Modes); AppLocker and WDAC impose ConstrainedLanguage. */
export const LANGUAGE_MODES = ['FullLanguage', 'ConstrainedLanguage', 'RestrictedLanguage', 'NoLanguage'] as const;
export type LanguageMode = (typeof LANGUAGE_MODES)[number];

/** The parsed inventory: every section, null when unreadable, plus the issues. */
export type WindowsInventory = { [K in InventorySection]: z.output<(typeof SECTIONS)[K]> | null } & {
  /** The language mode the script ran in; null when no inventory (or one from before the field). */
  languageMode: LanguageMode | null;
  issues: InventoryIssue[];
};

const MAX_MESSAGE_CHARS = 300;

/** An inventory in which nothing is known. */
export function emptyInventory(issues: InventoryIssue[] = []): WindowsInventory {
  const empty = Object.fromEntries(INVENTORY_SECTIONS.map((k) => [k, null])) as { [K in InventorySection]: null };
  return { ...empty, languageMode: null, issues };
}

/** The language mode as the script printed it (`[string]` of the enum), or null. */
export function parseLanguageMode(v: unknown): LanguageMode | null {
  return LANGUAGE_MODES.find((m) => m === v) ?? null;
}

function sectionError(v: unknown): { hresult: string | null; message: string } | null {
  if (!isRecord(v) || !isRecord(v.error)) return null;
  return { hresult: formatHresult(v.error.hresult), message: psString(v.error.message, MAX_MESSAGE_CHARS) ?? '' };
}

function parseSection<K extends InventorySection>(key: K, raw: unknown, issues: InventoryIssue[]): z.output<(typeof SECTIONS)[K]> | null {
  if (raw === undefined || raw === null) {
    issues.push({ section: key, code: 'missing', hresult: null, message: '' });
    return null;
  }
  const failed = sectionError(raw);
  if (failed !== null) {
    issues.push({ section: key, code: 'section-error', ...failed });
    return null;
  }
  // The union of all section schemas is too wide for TypeScript to index generically.
  const schema = SECTIONS[key] as unknown as z.ZodType<z.output<(typeof SECTIONS)[K]>>;
  const result = schema.safeParse(raw);
  if (!result.success) {
    issues.push({ section: key, code: 'invalid', hresult: null, message: excerptOf(JSON.stringify(raw) ?? '') });
    return null;
  }
  return result.data;
}

/**
 * The typed inventory from the script's stdout. Accepts a BOM, text before the JSON, numbers
 * as strings, single objects where lists were meant and 5.1 date forms. Never throws.
 */
export function parseInventory(text: string): WindowsInventory {
  if (typeof text !== 'string') return emptyInventory([{ section: null, code: 'no-json', hresult: null, message: '' }]);
  const json = extractJsonObject(text);
  if (!json.ok) return emptyInventory([{ section: null, code: json.reason, hresult: null, message: json.excerpt }]);
  const issues: InventoryIssue[] = [];
  const out = emptyInventory(issues) as Record<InventorySection, unknown> & { issues: InventoryIssue[] };
  for (const key of INVENTORY_SECTIONS) out[key] = parseSection(key, json.value[key], issues);
  return { ...(out as WindowsInventory), languageMode: parseLanguageMode(json.value.languageMode) };
}
