/**
 * The message catalogs (English and Japanese), merged from one file per area. The CLI and the
 * renderer both resolve `Msg` keys through these. Every key exists in both languages (a unit
 * test enforces it).
 */
import { common } from './common.js';
import { distroStart } from './distro-start.js';
import { distroTarget } from './distro-target.js';
import { explain } from './explain.js';
import { gpuChain } from './gpu-chain.js';
import { gpuPerf } from './gpu-perf.js';
import { gpuVendorChains } from './gpu-vendor-chains.js';
import { gpuVendors } from './gpu-vendors.js';
import { preflight } from './preflight.js';
import { repair } from './repair.js';
import { setupEngine } from './setup-engine.js';
import { setupStacks } from './setup-stacks.js';
import { setupUndo } from './setup-undo.js';
import { setupWindows } from './setup-windows.js';
import { support } from './support.js';
import { torchWheels } from './torch-wheels.js';
import { wsl } from './wsl.js';
import { wslErrors } from './wsl-errors.js';

export type Catalog = Record<string, string>;
export type Language = 'en' | 'ja';
export const LANGUAGES: readonly Language[] = ['en', 'ja'];

const areas: { en: Catalog; ja: Catalog }[] = [common, wsl, preflight, wslErrors, gpuChain, gpuPerf, torchWheels, distroTarget, setupWindows, setupStacks, setupEngine, repair, setupUndo, support, distroStart, gpuVendors, gpuVendorChains, explain];

/** All messages per language. */
export const catalogs: Record<Language, Catalog> = {
  en: Object.assign({}, ...areas.map((a) => a.en)) as Catalog,
  ja: Object.assign({}, ...areas.map((a) => a.ja)) as Catalog,
};
