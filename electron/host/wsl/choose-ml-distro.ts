import { isValidDistroName } from '../distro/distro-name.js';
import type { WslListedDistro } from './parse-list.js';

/**
 * Which WSL distro the GPU chain is probed in, when the user named none. Pure.
 *
 * Docker Desktop, Rancher Desktop and Podman register their own distros, and their installers
 * can leave one of them as WSL's default (`wsl -l -v` marks it with `*`). Those are minimal
 * appliance systems, not where anyone installs PyTorch: probing one reports a GPU chain nobody
 * uses. So a utility default is replaced by the user's own distro, chosen in this order:
 *
 * 1. WSL 2 before WSL 1 (WSL 1 has no GPU at all; if only WSL 1 distros exist, the chain's
 *    `distro.wsl2` check says so about the user's own distro, which is the useful answer);
 * 2. an Ubuntu (`Ubuntu`, `Ubuntu-24.04`, …) before other distros: NVIDIA's CUDA-on-WSL packages
 *    and this app's install steps target Ubuntu, so it is the likeliest ML distro;
 * 3. the order `wsl -l -v` lists them in.
 *
 * A list where nothing is marked default (WSL 2.4.4 printed such tables) but a utility distro is
 * present is treated the same way, since the unmarked default may be the utility one. A list that
 * could not be read leaves the choice to WSL (no `-d`), as before: the collector's own run then
 * says what is wrong. An explicit `--distro` never comes here.
 */

/** Distros that belong to container tools (names compared case-insensitively, as WSL does). */
const UTILITY_DISTRO = /^(?:docker-desktop|docker-desktop-data|rancher-desktop.*|podman-machine.*)$/iu;

/** True for Docker Desktop's, Rancher Desktop's and Podman's own WSL distros. */
export function isUtilityDistro(name: string): boolean {
  return UTILITY_DISTRO.test(name);
}

/** The outcome: WSL's own default, a user distro instead of a utility default, or none at all. */
export type MlDistroChoice =
  /** Run without `-d`: the default is the user's own (named when the list marked it), or unknown. */
  | { kind: 'wsl-default'; name: string | null }
  /** Run with `-d name`: the default (`replaced`, null when unmarked) is a utility distro. */
  | { kind: 'instead-of-utility'; name: string; replaced: string | null }
  /** Only utility distros are registered: there is no ML distro to probe. */
  | { kind: 'none'; utilities: string[] };

function rank(d: WslListedDistro): number {
  return (d.version === 2 ? 0 : 2) + (/^ubuntu\b/iu.test(d.name) ? 0 : 1);
}

/** Chooses the distro to probe from the rows of `wsl -l -v` (null: the list could not be read). */
export function chooseMlDistro(distros: readonly WslListedDistro[] | null): MlDistroChoice {
  if (distros === null || distros.length === 0) return { kind: 'wsl-default', name: null };
  const marked = distros.find((d) => d.isDefault) ?? null;
  const utilities = distros.filter((d) => isUtilityDistro(d.name));
  if (marked !== null && !isUtilityDistro(marked.name)) return { kind: 'wsl-default', name: marked.name };
  if (marked === null && utilities.length === 0) return { kind: 'wsl-default', name: null };
  // A name the allow-list refuses could never be passed to `-d`.
  const own = distros.filter((d) => !isUtilityDistro(d.name) && isValidDistroName(d.name));
  // A stable sort keeps the listed order among equals.
  const best = [...own].sort((a, b) => rank(a) - rank(b))[0];
  if (best === undefined) return { kind: 'none', utilities: utilities.map((d) => d.name) };
  return { kind: 'instead-of-utility', name: best.name, replaced: marked?.name ?? null };
}
