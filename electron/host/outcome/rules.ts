/**
 * The shape of a rule table and the one matcher for regex tables. A row is data: the cause it
 * stands for, the pattern that recognises it in one line of output, the source the wording was
 * taken from, and optional patterns whose named groups give facts (package, version, path…).
 */
import type { NextAction } from '../../contract/setup.js';
import type { CauseId } from './causes.js';

import type { ExplainFacts, ExplainTool } from '../../contract/explain.js';

export { EXPLAIN_TOOLS, type ExplainFacts, type ExplainTool } from '../../contract/explain.js';

export interface RegexRule {
  cause: CauseId;
  /** Tested against each cleaned line; the lines it matches are the evidence. */
  pattern: RegExp;
  /** The row does not apply when this occurs anywhere (a success line next to an error). */
  unless?: RegExp;
  /** Where the wording comes from (a real output in ../shared/fixtures/real-outputs, the tool's source). */
  source: string;
  /** Named groups (`package`, `version`, `path`, `code`, `hresult`) give facts; the first line that matches wins. */
  facts?: readonly RegExp[];
}

/** One table's verdict. */
export interface TableMatch {
  cause: CauseId;
  evidence: string[];
  /** Index of the last evidence line (the failure that ended the run comes last). */
  lastLine: number;
  facts: ExplainFacts;
  source: string;
  /** A next action more precise than the cause's (a WSL catalog entry's own fix). */
  next?: NextAction;
}

export interface RuleTable {
  tools: readonly ExplainTool[];
  /** The rows, in order of precedence: the first row that matches decides. */
  rules: readonly RegexRule[];
  /** A table that needs more than regex rows (the WSL tokens) adds its own matcher, tried first. */
  match?(lines: readonly string[], text: string): TableMatch | null;
}

/** Evidence is for people: a few lines, each cut to a readable length. */
const MAX_EVIDENCE_LINES = 5;
const MAX_EVIDENCE_CHARS = 300;

export function evidenceLine(line: string): string {
  const t = line.trim();
  return t.length > MAX_EVIDENCE_CHARS ? `${t.slice(0, MAX_EVIDENCE_CHARS)}…` : t;
}

const FACT_KEYS = ['code', 'hresult', 'package', 'version', 'path'] as const;

/** Facts from the first line each pattern matches. */
export function factsFrom(lines: readonly string[], patterns: readonly RegExp[] | undefined): ExplainFacts {
  const facts: ExplainFacts = {};
  for (const re of patterns ?? []) {
    for (const line of lines) {
      const groups = re.exec(line)?.groups;
      if (!groups) continue;
      for (const k of FACT_KEYS) if (groups[k] !== undefined && facts[k] === undefined) facts[k] = groups[k];
      break;
    }
  }
  return facts;
}

/**
 * Each pattern with the `m` flag, so one search over the joined text (fast, native) says
 * whether any line matches before the lines are walked one by one for the evidence.
 */
const WHOLE_TEXT = new WeakMap<RegExp, RegExp>();
function wholeText(re: RegExp): RegExp {
  let m = WHOLE_TEXT.get(re);
  if (!m) {
    m = new RegExp(re.source, re.flags.replace(/[gy]/gu, '').includes('m') ? re.flags.replace(/[gy]/gu, '') : `${re.flags.replace(/[gy]/gu, '')}m`);
    WHOLE_TEXT.set(re, m);
  }
  return m;
}

/** The first row (in table order) that matches a line and is not vetoed by its `unless`. */
export function matchRegexRules(rules: readonly RegexRule[], lines: readonly string[], text: string): TableMatch | null {
  for (const rule of rules) {
    if (!wholeText(rule.pattern).test(text)) continue;
    if (rule.unless?.test(text)) continue;
    const hits: number[] = [];
    lines.forEach((line, i) => {
      if (rule.pattern.test(line)) hits.push(i);
    });
    if (hits.length === 0) continue;
    return {
      cause: rule.cause,
      evidence: hits.slice(0, MAX_EVIDENCE_LINES).map((i) => evidenceLine(lines[i] as string)),
      lastLine: hits[hits.length - 1] as number,
      facts: factsFrom(lines, rule.facts),
      source: rule.source,
    };
  }
  return null;
}
