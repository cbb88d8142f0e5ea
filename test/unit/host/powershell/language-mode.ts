/**
 * A static reading of a PowerShell script for Constrained Language Mode: which code runs when
 * `$full` (the script's `LanguageMode -eq 'FullLanguage'`) is false. No PowerShell runs here
 * (docs/stack.md §12), so this follows the script's own guard shapes on the compacted text:
 * a block opened by `if ($full)`, the `else`/`elseif` arms of an `if` whose condition holds
 * `-not $full`, and what follows an `if (-not $full) { … return … }` in the same block are
 * FullLanguage-only. Quoted strings are skipped (their braces are not blocks).
 */

interface Frame {
  fullOnly: boolean;
  /** Condition of the `if` that started the current if/elseif/else chain in this block. */
  chainHead: string;
  /** An `if (-not $full) { … return … }` closed here: the rest of the block is FullLanguage-only. */
  restFullOnly: boolean;
  header: string;
  sawReturn: boolean;
}

const FULL_IF = /\bif\s*\(\s*\$full\s*\)\s*$/iu;
const NOT_FULL = /-not\s+\$full\b/iu;

function isFull(f: Frame): boolean {
  return f.fullOnly || f.restFullOnly;
}

/**
 * The code (strings blanked) that runs outside FullLanguage, one line per script line. Throws
 * on a `}` without its `{`, a `{` never closed, or a string left open at the end of its line
 * (the scripts keep every string on one line, so compaction cannot change one).
 */
export function constrainedReachableCode(script: string): string {
  const out: string[] = [];
  const stack: Frame[] = [{ fullOnly: false, chainHead: '', restFullOnly: false, header: '', sawReturn: false }];
  for (const line of script.split('\n')) {
    let kept = '';
    let lineText = '';
    let quote: "'" | '"' | null = null;
    for (let i = 0; i < line.length; i++) {
      const c = line[i] as string;
      const top = stack[stack.length - 1] as Frame;
      if (quote !== null) {
        if (c === quote) {
          if (line[i + 1] === quote) i++;
          else quote = null;
        }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = c;
        if (!isFull(top)) kept += "''";
        lineText += "''";
        continue;
      }
      if (c === '{') {
        const header = lineText.slice(lineText.lastIndexOf('}') + 1).trim();
        const isElse = /^(?:else\b|elseif\b)/iu.test(header);
        if (!isElse && /^if\b/iu.test(header)) top.chainHead = header;
        const fullOnly = isFull(top) || FULL_IF.test(header) || (isElse && NOT_FULL.test(top.chainHead));
        stack.push({ fullOnly, chainHead: '', restFullOnly: false, header, sawReturn: false });
        lineText += c;
        continue;
      }
      if (c === '}') {
        if (stack.length === 1) throw new Error(`'}' without '{': ${line}`);
        const closed = stack.pop() as Frame;
        const parent = stack[stack.length - 1] as Frame;
        if (/^if\b/iu.test(closed.header) && NOT_FULL.test(closed.header) && closed.sawReturn) parent.restFullOnly = true;
        lineText += c;
        continue;
      }
      if (!isFull(top)) kept += c;
      lineText += c;
      if (/\breturn$/iu.test(lineText)) top.sawReturn = true;
    }
    if (quote !== null) throw new Error(`string left open: ${line}`);
    out.push(kept);
  }
  if (stack.length !== 1) throw new Error(`${stack.length - 1} block(s) never closed`);
  return out.join('\n');
}

/**
 * Types a ConstrainedLanguage session may name (about_Language_Modes, PowerShell 5.1 docs), in
 * the spellings this project's scripts use, lower-cased.
 */
export const CONSTRAINED_ALLOWED_TYPES = new Set(['array', 'bool', 'byte', 'char', 'cultureinfo', 'globalization.cultureinfo', 'datetime', 'double', 'guid', 'hashtable', 'int', 'int32', 'int64', 'long', 'ordered', 'pscustomobject', 'regex', 'string', 'uint32', 'uint64', 'version', 'void']);

/** Methods of allowed types the scripts may call in ConstrainedLanguage (string and DateTime). */
export const CONSTRAINED_ALLOWED_METHODS = new Set(['ToString', 'ToCharArray', 'Substring']);

/** Type literals (`[Console]`, `[string]`) in code. */
export function typeLiterals(code: string): string[] {
  return [...code.matchAll(/(?<![\w$\]])\[([A-Za-z][\w.]*)(?:\[\])?\]/gu)].map((m) => (m[1] as string).toLowerCase());
}

/** Names of methods called on values or types (`.GetValue(`, `::new(`). */
export function methodCalls(code: string): string[] {
  return [...code.matchAll(/(?:\.|::)(\w+)\(/gu)].map((m) => m[1] as string);
}
