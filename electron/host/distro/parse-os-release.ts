import { splitLines } from '../nvidia-smi/text.js';

/** The distro's display name from `/etc/os-release`: `PRETTY_NAME`, else `NAME`, else null. */
export function parseOsReleaseName(text: string): string | null {
  const values = new Map<string, string>();
  for (const line of splitLines(typeof text === 'string' ? text : '').lines) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) value = value.slice(1, -1);
    if (!values.has(key)) values.set(key, value.slice(0, 200));
  }
  return values.get('PRETTY_NAME') || values.get('NAME') || null;
}
