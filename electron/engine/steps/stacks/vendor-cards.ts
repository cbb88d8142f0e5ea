import type { WindowsGpu } from '../../../contract/facts.js';

/**
 * The AMD and Intel cards the WSL stacks support, matched on the name Windows reports
 * (Win32_VideoController.Name, which AMD and Intel do not localize).
 *
 * AMD: librocdxg 1.1.0 README (github.com/ROCm/librocdxg), the ROCm ≥ 7.2 path on WSL (domain.md
 * §4.2): RX 9070 / 9070 XT / 9070 GRE / 9060 / 9060 XT, Radeon AI PRO R9700, RX 7900 XTX/XT/GRE,
 * RX 7800 XT, Radeon PRO W7900 / W7800 / W7700. RDNA2 (RX 6000) is in no WSL list. The Ryzen AI
 * APUs of the list report a generic "AMD Radeon(TM) … Graphics" name that does not identify the
 * chip, so they are not matched (the plan says the card is not recognised).
 *
 * Intel: PyTorch XPU wheels target Arc discrete cards and Core Ultra's Arc graphics (domain.md §4.3);
 * UHD and Iris Xe are not XPU targets.
 */
const ROCM_WSL_CARDS = /\bRadeon\b.*\b(?:RX\s?(?:9070(?:\s?XT|\s?GRE)?|9060(?:\s?XT)?|7900\s?(?:XTX|XT|GRE)|7800\s?XT)|AI\s?PRO\s?R9700|PRO\s?W7(?:900|800|700))\b/iu;
const XPU_CARDS = /\bArc\b/iu;

/** The first AMD card ROCm on WSL supports, by name, or null. */
export function rocmCardOf(gpus: readonly WindowsGpu[]): string | null {
  return gpus.find((g) => ROCM_WSL_CARDS.test(g.name ?? ''))?.name ?? null;
}

/** The first Intel Arc GPU, by name, or null. */
export function xpuCardOf(gpus: readonly WindowsGpu[]): string | null {
  return gpus.find((g) => XPU_CARDS.test(g.name ?? ''))?.name ?? null;
}
