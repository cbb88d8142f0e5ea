import type { Facts } from '../../../contract/facts.js';

/** One registered distro, from wsl.exe's list or, failing that, this user's Lxss registry key. */
export interface KnownDistro {
  name: string;
  version: number | null;
}

/** The registered distros: `wsl -l -v` when it listed any, else the registry (which needs no wsl.exe). */
export function knownDistros(facts: Facts): KnownDistro[] {
  const listed = facts.wsl?.distros ?? [];
  if (listed.length > 0) return listed.map((d) => ({ name: d.name, version: d.version }));
  return (facts.windowsHost?.lxss?.distros ?? []).flatMap((d) => (d.name ? [{ name: d.name, version: d.version }] : []));
}
