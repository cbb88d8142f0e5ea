/**
 * What each failed capture of a bundle means, for report.md: the outcome classifier
 * (electron/host/outcome, the same code as `wsl-gpu-setup explain`) on the capture's stderr and
 * stdout, the tool taken from its program's name. A probe the plan chose not to run
 * (`not-run: …`) is a decision, not a failure, and is left out. Pure.
 */
import type { Msg } from '../contract/messages.js';
import type { Capture } from '../engine/model.js';
import { classifyOutput } from '../host/outcome/classify.js';
import type { ExplainTool } from '../host/outcome/rules.js';
import { decodeToolOutput } from '../host/text/decode.js';

/** Program names (without `.exe`, lower case) → the classifier's table; others are recognised from the text. */
const TOOL_OF_PROGRAM: Readonly<Record<string, ExplainTool>> = {
  wsl: 'wsl',
  powershell: 'powershell',
  pwsh: 'powershell',
  reg: 'reg',
  dism: 'dism',
  bcdedit: 'bcdedit',
  docker: 'docker',
  'nvidia-ctk': 'nvidia-ctk',
  'apt-get': 'apt',
  apt: 'apt',
  dpkg: 'apt',
  pip: 'pip',
  pip3: 'pip',
};

export function toolOfProgram(file: string | undefined): ExplainTool | 'auto' {
  const name = (file ?? '').split(/[\\/]/u).pop()?.toLowerCase().replace(/\.exe$/u, '') ?? '';
  return TOOL_OF_PROGRAM[name] ?? 'auto';
}

function failed(c: Capture): boolean {
  if (c.launchError !== null) return !c.launchError.startsWith('not-run:');
  return c.exitCode !== null && c.exitCode !== 0;
}

/** One Markdown list item per failed capture (empty when none failed). */
export function explainFailedCaptures(captures: Iterable<Capture>, t: (m: Msg) => string): string[] {
  const out: string[] = [];
  for (const c of captures) {
    if (!failed(c)) continue;
    const program = c.argv[0] ?? '?';
    if (c.launchError !== null) {
      out.push(`- \`${c.probe}\` (\`${program}\`): could not start — ${c.launchError.replace(/\s+/gu, ' ')}`);
      continue;
    }
    const text = [decodeToolOutput(c.stderr, c.encoding), decodeToolOutput(c.stdout, c.encoding)].filter((s) => s.trim() !== '').join('\n');
    const e = classifyOutput({ tool: toolOfProgram(program), exitCode: c.exitCode, output: text });
    const what = e.cause === null ? 'unknown (not recognised)' : `${e.outcome} — \`${e.cause}\``;
    out.push(`- \`${c.probe}\` (\`${program}\`, exit ${String(c.exitCode)}): ${what}`);
    for (const line of e.evidence.slice(0, 3)) out.push(`  - evidence: \`${line.replace(/`/gu, "'")}\``);
    if (e.next) out.push(`  - next: ${t(e.next.label).replace(/\s+/gu, ' ')}`);
  }
  return out;
}
