import { splitLines } from '../nvidia-smi/text.js';

/**
 * The collector's `power-source` record: `path<TAB>value` lines read from
 * `/sys/class/power_supply/*\/{type,online,status}`. WSL 2 mirrors the host's AC adapter and
 * battery there. On an Optimus laptop on battery the GPU can drop out of WSL and benchmarks run
 * low (prior-art.md §0 fact 9), so the checks report it.
 */

/** `ac`, `battery`, or null when no supply says (a desktop, or nothing readable). */
export type PowerSource = 'ac' | 'battery' | null;

interface Supply {
  type?: string;
  online?: string;
  status?: string;
}

/** Parses the lines. Total: never throws, linear, at most 64 supplies considered. */
export function parsePowerSource(text: string): PowerSource {
  const supplies = new Map<string, Supply>();
  for (const line of splitLines(typeof text === 'string' ? text : '').lines) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const path = line.slice(0, tab);
    const slash = path.lastIndexOf('/');
    if (slash <= 0) continue;
    const key = path.slice(slash + 1);
    const supply = path.slice(0, slash);
    if (!supplies.has(supply) && supplies.size >= 64) continue;
    const s = supplies.get(supply) ?? {};
    const value = line.slice(tab + 1).trim();
    if (key === 'type') s.type = value;
    else if (key === 'online') s.online = value;
    else if (key === 'status') s.status = value;
    supplies.set(supply, s);
  }
  const all = [...supplies.values()];
  const mains = all.filter((s) => s.type === 'Mains' || s.type === 'USB');
  const batteries = all.filter((s) => s.type === 'Battery');
  if (mains.some((s) => s.online === '1')) return 'ac';
  if (batteries.some((s) => s.status === 'Discharging')) return 'battery';
  if (batteries.length > 0 && mains.length > 0 && mains.every((s) => s.online === '0')) return 'battery';
  if (batteries.some((s) => s.status === 'Charging' || s.status === 'Full')) return 'ac';
  return null;
}
