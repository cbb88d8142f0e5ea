import type { WindowsGpu } from '../../../contract/facts.js';
import { GPU_VENDORS, type GpuVendorTable } from '../../vendor-data/gpu-vendor-table.js';

/**
 * The AMD and Intel cards the WSL stacks support, matched on the name Windows reports
 * (Win32_VideoController.Name, which AMD and Intel do not localize). The lists are data with
 * their sources (assets/data/gpu-vendors.json): AMD's from the librocdxg README matrix (ROCm
 * ≥ 7.2 on WSL, domain.md §4.2), Intel's the Arc family (PyTorch XPU, domain.md §4.3). The Ryzen
 * AI APUs of AMD's list report a generic "AMD Radeon(TM) … Graphics" name that does not identify
 * the chip, so they are listed there but not matched (the plan says the card is not recognised).
 * Without the table no card is recognised.
 */

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** `RX 7900 XT` as a whole-word pattern with any spacing: it does not match `RX 7900 XTX`. */
function cardPattern(card: string): RegExp {
  return new RegExp(`(?:^|[^A-Za-z0-9])${card.trim().split(/\s+/u).map(escape).join('\\s*')}(?![A-Za-z0-9])`, 'iu');
}

/** The listed card a name is, the longest listed name it contains; null when none. */
export function listedCard(name: string | null, cards: readonly string[]): string | null {
  if (typeof name !== 'string' || name === '') return null;
  const hits = cards.filter((c) => cardPattern(c).test(name.slice(0, 256)));
  return hits.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The first AMD card ROCm on WSL supports, by name, or null. */
export function rocmCardOf(gpus: readonly WindowsGpu[], table: GpuVendorTable | null = GPU_VENDORS): string | null {
  const cards = table?.vendors.amd.cards.names ?? [];
  return gpus.find((g) => listedCard(g.name, cards) !== null)?.name ?? null;
}

/** The first Intel Arc GPU, by name, or null. */
export function xpuCardOf(gpus: readonly WindowsGpu[], table: GpuVendorTable | null = GPU_VENDORS): string | null {
  const cards = table?.vendors.intel.cards.names ?? [];
  return gpus.find((g) => listedCard(g.name, cards) !== null)?.name ?? null;
}
