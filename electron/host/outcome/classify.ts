/**
 * The outcome classifier: one answer for any output the app (or a person following a guide)
 * gets from wsl.exe, Windows tools, apt, pip, Docker or nvidia-ctk — done, already done, reboot
 * needed, try again, stop with a fix, blocked, or unknown. Input: the tool (or `auto`), the exit
 * code when known, and the raw bytes or text. Rules are data (tables/*.ts, causes.ts); the
 * installer's steps call this too (electron/engine/steps/packages/output-cause.ts), so there is
 * one table per tool and no second one anywhere. Pure and total: never throws, bounded input.
 */
import type { ExplainResult } from '../../contract/explain.js';
import type { NextAction } from '../../contract/setup.js';
import { msg } from '../../contract/messages.js';
import { decodeToolOutput } from '../text/decode.js';
import { CAUSES, type CauseId } from './causes.js';
import { cleanPaste } from './paste.js';
import { matchRegexRules, type ExplainTool, type RuleTable, type TableMatch } from './rules.js';
import { APT_TABLE } from './tables/apt.js';
import { DOCKER_TABLE, NVIDIA_CTK_TABLE } from './tables/docker.js';
import { PIP_TABLE } from './tables/pip.js';
import { WINDOWS_TABLE } from './tables/windows.js';
import { WSL_TABLE } from './tables/wsl.js';
import { EXIT_CODE_CAUSES } from './tables/windows-exit-codes.js';
import { normalizeExitCode } from './exit-code.js';

export type { ExplainOutcome, CauseId } from './causes.js';
export type { ExplainFacts, ExplainTool } from './rules.js';

/** Every table, in the order `auto` tries them when two match at the same line. */
export const TABLES: readonly RuleTable[] = [DOCKER_TABLE, NVIDIA_CTK_TABLE, PIP_TABLE, APT_TABLE, WSL_TABLE, WINDOWS_TABLE];

export interface ExplainInput {
  tool: ExplainTool | 'auto';
  exitCode?: number | null;
  /** Raw bytes (UTF-16LE with or without BOM, UTF-8) or already decoded text. */
  output: Uint8Array | string;
}

/** An explained output (contract/explain.ts), its cause one of the documented list. */
export interface Explanation extends ExplainResult {
  cause: CauseId | null;
}

/** The command a prompt line shows → its tool. */
const COMMAND_TOOLS: readonly [RegExp, ExplainTool][] = [
  [/^(?:sudo\s+)?(?:docker(?:-compose)?)\b/iu, 'docker'],
  [/^(?:sudo\s+)?nvidia-ctk\b/iu, 'nvidia-ctk'],
  [/^(?:sudo\s+)?(?:pip3?|python3?\s+-m\s+pip)\b/iu, 'pip'],
  [/^(?:sudo\s+)?(?:apt(?:-get)?|dpkg)\b/iu, 'apt'],
  [/^wsl(?:\.exe)?\b/iu, 'wsl'],
  [/^bcdedit(?:\.exe)?\b/iu, 'bcdedit'],
  [/^dism(?:\.exe)?\b/iu, 'dism'],
  [/^reg(?:\.exe)?\b/iu, 'reg'],
];

/** The tool of the last command whose tool is known. */
export function toolOfCommands(commands: readonly string[]): ExplainTool | null {
  for (let i = commands.length - 1; i >= 0; i--) {
    const found = COMMAND_TOOLS.find(([re]) => re.test(commands[i] as string));
    if (found) return found[1];
  }
  return null;
}

function tableOf(tool: ExplainTool): RuleTable {
  return TABLES.find((t) => t.tools.includes(tool)) as RuleTable;
}

function run(table: RuleTable, lines: readonly string[], text: string): TableMatch | null {
  return table.match ? table.match(lines, text) : matchRegexRules(table.rules, lines, text);
}

const UNKNOWN_EVIDENCE_LINES = 5;

function unknown(lines: readonly string[], tool: ExplainTool | null): Explanation {
  return {
    tool,
    outcome: 'unknown',
    cause: null,
    facts: {},
    evidence: lines.filter((l) => l.trim() !== '').slice(-UNKNOWN_EVIDENCE_LINES).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l.trim())),
    next: { kind: 'support', label: msg('explain.next.unknown') },
    source: null,
  };
}

function explanationOf(tool: ExplainTool | null, m: TableMatch): Explanation {
  const info = CAUSES[m.cause];
  const next = m.next ?? (info.next ? ({ kind: info.next.kind, label: msg(info.next.key) } as NextAction) : null);
  return { tool, outcome: info.outcome, cause: m.cause, facts: m.facts, evidence: m.evidence, next, source: m.source };
}

/** Bytes beyond this are read as a head (the command) and a tail (the failure), each decoded alone. */
const MAX_BYTES = 2 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Valid UTF-8 without a NUL or a UTF-16 BOM is read directly (what people paste; fast);
 * anything else is decoded as the host layer does (UTF-16LE with or without BOM, mixed), which
 * reads only the first MAX_DECODE_BYTES, hence the head and the tail of a long input.
 */
function textOf(output: Uint8Array | string): string {
  if (typeof output === 'string') return output;
  const utf16Bom = output[0] === 0xff && output[1] === 0xfe;
  if (!utf16Bom && output.indexOf(0) < 0) {
    try {
      return STRICT_UTF8.decode(output);
    } catch {
      // Not UTF-8: the host decoder below.
    }
  }
  if (output.length <= MAX_BYTES) return decodeToolOutput(output, 'auto');
  // Even offsets keep UTF-16 text aligned.
  const tailStart = (output.length - (MAX_BYTES - HEAD_BYTES)) & ~1;
  return `${decodeToolOutput(output.subarray(0, HEAD_BYTES), 'auto')}\n${decodeToolOutput(output.subarray(tailStart), 'auto')}`;
}

/** Explains one output. Never throws: anything unexpected is `unknown`. */
export function classifyOutput(input: ExplainInput): Explanation {
  try {
    const { lines, commands } = cleanPaste(textOf(input.output));
    const text = lines.join('\n');
    const named = input.tool === 'auto' ? toolOfCommands(commands) : input.tool;
    // A table shared by several tools (the Windows system messages) names none of them when no command did.
    let best: { tool: ExplainTool | null; m: TableMatch } | null = null;
    if (named !== null) {
      const m = run(tableOf(named), lines, text);
      if (m) best = { tool: named, m };
    }
    if (best === null && input.tool === 'auto') {
      // No command to go by: the table whose evidence comes last (the failure that ended the run).
      for (const table of TABLES) {
        const m = run(table, lines, text);
        if (m && (best === null || m.lastLine > best.m.lastLine)) best = { tool: table.tools.length === 1 ? (table.tools[0] as ExplainTool) : null, m };
      }
    }
    if (best !== null) return explanationOf(best.tool, best.m);
    const code = input.exitCode;
    // The code alone, when no line decided: only codes of the one Windows table that say what happened (0, 3010, 1641).
    const cause = typeof code === 'number' ? EXIT_CODE_CAUSES[normalizeExitCode(code)] : undefined;
    if (cause !== undefined) {
      return explanationOf(named, { cause, evidence: [], lastLine: -1, facts: { code: String(code) }, source: 'exit code' });
    }
    return unknown(lines, named);
  } catch {
    return unknown([], null);
  }
}
