/**
 * `wsl-gpu-setup explain [FILE|-] [--tool …] [--exit-code N] [--json] [--lang en|ja]`: the outcome
 * classifier (electron/host/outcome) for people. Exit codes: 0 explained, 4 unknown, 2 usage
 * (bad option, a file that cannot be read).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTranslator } from '../app/engine-translator.js';
import type { Msg } from '../contract/messages.js';
import { classifyOutput, type Explanation } from '../host/outcome/classify.js';
import { EXPLAIN_TOOLS, type ExplainTool } from '../host/outcome/rules.js';
import type { CliIo } from './cli-io.js';
import { EXPLAIN_SCHEMA_ID, type ExplainDocument } from './explain-document.js';
import { pickLanguage } from './translate.js';

export const EXPLAIN_EXIT = { explained: 0, usage: 2, unknown: 4 } as const;

export const EXPLAIN_USAGE = `  wsl-gpu-setup explain [FILE|-] [--tool auto|${EXPLAIN_TOOLS.join('|')}] [--exit-code N] [--json] [--lang en|ja]

Explain:
  explain      Read a tool's output (a file, or - for standard input; UTF-8 or UTF-16, pasted
               text with prompts, quotes and code fences is fine) and say what it means: outcome,
               cause, the lines it rests on, and what to do next. --json prints a
               wsl-gpu-setup/explain@1 document (docs/schemas/explain.schema.json).
  Exit codes: 0 explained, 4 not recognised (unknown), 2 usage.
`;

/** The most read from a file or stdin: the head (the command) and the tail (the failure) of anything longer. */
const READ_LIMIT = 4 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

type Parsed = { ok: true; file: string; tool: ExplainTool | 'auto'; exitCode: number | null; json: boolean; lang?: string } | { ok: false; error: string };

export function parseExplainArgs(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { tool: { type: 'string' }, 'exit-code': { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } } });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return { ok: false, error: 'explain takes one FILE (or - for standard input).' };
  const tool = values.tool ?? 'auto';
  if (tool !== 'auto' && !(EXPLAIN_TOOLS as readonly string[]).includes(tool)) return { ok: false, error: `Unknown --tool: ${tool}` };
  let exitCode: number | null = null;
  if (values['exit-code'] !== undefined) {
    if (!/^-?\d{1,10}$/u.test(values['exit-code'])) return { ok: false, error: `--exit-code must be an integer: ${values['exit-code']}` };
    exitCode = Number(values['exit-code']);
  }
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'ja') return { ok: false, error: `--lang must be en or ja: ${values.lang}` };
  return { ok: true, file: positionals[0] ?? '-', tool: tool as ExplainTool | 'auto', exitCode, json: values.json === true, ...(values.lang ? { lang: values.lang } : {}) };
}

/** Head and tail of a file, at most READ_LIMIT bytes (even offsets, so UTF-16 stays aligned). */
function readBounded(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size <= READ_LIMIT) return new Uint8Array(fs.readFileSync(fd));
    const tailBytes = READ_LIMIT - HEAD_BYTES;
    const out = Buffer.alloc(READ_LIMIT);
    fs.readSync(fd, out, 0, HEAD_BYTES, 0);
    fs.readSync(fd, out, HEAD_BYTES, tailBytes, (size - tailBytes) & ~1);
    return new Uint8Array(out);
  } finally {
    fs.closeSync(fd);
  }
}

function document(e: Explanation, input: ExplainDocument['input'], lang: 'en' | 'ja', t: (m: Msg) => string): ExplainDocument {
  const next = e.next ? { kind: e.next.kind, key: e.next.label.key, text: t(e.next.label), ...('stepId' in e.next ? { stepId: e.next.stepId } : {}), ...('url' in e.next ? { url: e.next.url } : {}) } : null;
  return { schema: EXPLAIN_SCHEMA_ID, lang, input, tool: e.tool, outcome: e.outcome, cause: e.cause, facts: e.facts, evidence: e.evidence, next, source: e.source };
}

function human(d: ExplainDocument, t: (m: Msg) => string): string {
  const lines = [t({ key: 'cli.explain.outcome', params: { outcome: t({ key: `explain.outcome.${d.outcome}` }) } })];
  if (d.cause !== null) lines.push(t({ key: 'cli.explain.cause', params: { cause: d.cause, tool: d.tool ?? '-' } }));
  const facts = Object.entries(d.facts).map(([k, v]) => `${k}=${v}`);
  if (facts.length > 0) lines.push(t({ key: 'cli.explain.facts', params: { facts: facts.join(', ') } }));
  if (d.evidence.length > 0) lines.push(t({ key: 'cli.explain.evidence' }), ...d.evidence.map((l) => `  | ${l}`));
  if (d.next) lines.push(t({ key: 'cli.explain.next', params: { text: d.next.text } }));
  return `${lines.join('\n')}\n`;
}

/** Runs `explain`; returns the exit code. */
export async function runExplain(argv: string[], io: CliIo): Promise<number> {
  const args = parseExplainArgs(argv);
  if (!args.ok) {
    io.stderr(`${args.error}\n\nUsage:\n${EXPLAIN_USAGE}`);
    return EXPLAIN_EXIT.usage;
  }
  const lang = pickLanguage(args.lang, io.env);
  const t = await createTranslator(lang);
  let bytes: Uint8Array;
  if (args.file === '-') {
    bytes = io.stdin?.readBytes ? await io.stdin.readBytes(READ_LIMIT) : new TextEncoder().encode((await io.stdin?.readAll()) ?? '');
  } else {
    try {
      bytes = readBounded(path.resolve(io.cwd ?? process.cwd(), args.file));
    } catch (e) {
      const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
      io.stderr(`${t({ key: 'cli.explain.missing', params: { file: args.file, reason } })}\n`);
      return EXPLAIN_EXIT.usage;
    }
  }
  const explanation = classifyOutput({ tool: args.tool, exitCode: args.exitCode, output: bytes });
  const doc = document(explanation, { file: args.file, tool: args.tool, exitCode: args.exitCode, bytes: bytes.length }, lang, t);
  io.stdout(args.json ? `${JSON.stringify(doc, null, 2)}\n` : human(doc, t));
  return doc.outcome === 'unknown' ? EXPLAIN_EXIT.unknown : EXPLAIN_EXIT.explained;
}
