import type { RocmGpuAgent } from '../../contract/distro-facts.js';

/**
 * `rocminfo` output: the HSA agents, each a block after an `Agent N` banner with
 * `Label:   value` lines. GPU agents are told apart by `Device Type: GPU` (the CPU is an agent
 * too, and its `Name` may be any text); their `Name` is the ISA (`gfx1100`). rocminfo prints
 * these labels in English whatever the locale (it has no translations), and the collector runs
 * it with LC_ALL=C. Under WSL the runtime prints `WSL environment detected.` first.
 */

export interface RocminfoResult {
  wslDetected: boolean;
  gpuAgents: RocmGpuAgent[];
  /** Agents of any type seen (CPU included). */
  agentCount: number;
}

const MAX_AGENTS = 32;
const AGENT = /^\s*Agent\s+\d+\s*$/u;
// Agent fields are indented by two spaces; deeper lines (pools, ISA info) belong to sub-blocks.
const FIELD = /^ {2}([A-Za-z][A-Za-z .]*?):\s+(.*?)\s*$/u;

function numberOf(v: string | undefined): number | null {
  const m = /^(\d+)/u.exec(v ?? '');
  return m ? Number(m[1]) : null;
}

/** Parses rocminfo's stdout. Total: never throws, linear, bounded. */
export function parseRocminfo(stdout: string): RocminfoResult {
  const text = typeof stdout === 'string' ? stdout : '';
  const agents: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of text.split(/\r?\n/u)) {
    if (AGENT.test(line)) {
      if (agents.length >= MAX_AGENTS) break;
      current = {};
      agents.push(current);
      continue;
    }
    const m = current ? FIELD.exec(line) : null;
    // The first value of a label wins: ISA sub-blocks repeat `Name:` deeper, never at two spaces.
    if (m && current && current[m[1] ?? ''] === undefined) current[m[1] ?? ''] = (m[2] ?? '').slice(0, 200);
  }
  const gpuAgents = agents
    .filter((a) => (a['Device Type'] ?? '').toUpperCase() === 'GPU' && /^gfx[0-9a-f]+/iu.test(a.Name ?? ''))
    .map((a) => ({ name: a.Name ?? '', marketingName: a['Marketing Name'] || null, computeUnits: numberOf(a['Compute Unit']) }));
  return { wslDetected: /^\s*WSL environment detected/mu.test(text), gpuAgents, agentCount: agents.length };
}
