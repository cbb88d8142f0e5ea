import { emptyCounts, type RedactionCounts } from './kinds.js';
import type { RedactionRule } from './rules.js';

/** Text after redaction and how many replacements of each kind were made. */
export interface RedactedText {
  text: string;
  counts: RedactionCounts;
}

/** Runs every rule over the text in order. Never throws: a failing rule leaves the text it got. */
export function applyRules(text: string, rules: readonly RedactionRule[]): RedactedText {
  const counts = emptyCounts();
  let out = typeof text === 'string' ? text : '';
  for (const rule of rules) {
    try {
      rule.pattern.lastIndex = 0;
      out = out.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
        // replace() passes the groups, then the offset, the whole input and (with named groups) an object.
        const inputAt = rest.findIndex((v) => typeof v === 'number');
        const groups = rest.slice(0, inputAt) as (string | undefined)[];
        const offset = rest[inputAt] as number;
        const input = rest[inputAt + 1] as string;
        const next = rule.replace(match, groups, offset, input);
        if (next === null || next === match) return match;
        counts[rule.kind] += 1;
        return next;
      });
    } catch {
      // A pattern cannot fail on valid input; this guards the total-function promise only.
    }
  }
  return { text: out, counts };
}
