/**
 * Undoes what pasting does to tool output: markdown code fences, `> ` quote markers, prompt
 * lines (`PS C:\>`, `C:\x>`, `$ `, `user@host:~$`, `❯`), CRLF, ANSI escapes, NULs (via
 * normalizeText). Prompt lines are kept apart: the command they show tells which tool ran.
 * Pure and bounded: a huge paste keeps its head (the command) and its tail (the failure).
 */
import { normalizeText } from '../text/normalize.js';

/** Above this, the middle of a paste is dropped (the command leads it, the failure ends it). */
export const MAX_PASTE_CHARS = 1024 * 1024;
const HEAD_CHARS = 64 * 1024;
/** A line longer than this is cut: no message the tables read is near it. */
const MAX_LINE_CHARS = 4096;

export interface CleanPaste {
  /** The output lines, markers removed, prompt lines left out. */
  lines: string[];
  /** The commands the prompt lines (or a bare first command line) show. */
  commands: string[];
}

const FENCE_RE = /^\s*(?:```|~~~)/u;
const QUOTE_RE = /^\s{0,3}(?:>\s?)+/u;
/** `PS C:\x> cmd`, `C:\x>cmd`, `user@host:~/x$ cmd`, `$ cmd`, `❯ cmd`. */
const PROMPT_RE = /^\s*(?:PS [A-Za-z]:\\[^>]{0,200}>|[A-Za-z]:\\[^>]{0,200}>|[\w.-]{1,64}@[\w.-]{1,64}:[^$#\s]{0,200}[$#]|\$|❯|>>?)\s*(\S.*)$/u;
/** A command line pasted without its prompt (`wsl --install`, `sudo apt-get install …`). */
const BARE_COMMAND_RE = /^\s*(?:sudo\s+)?(?:wsl(?:\.exe)?|apt(?:-get)?|dpkg|pip3?|python3?\s+-m\s+pip|docker(?:-compose)?|nvidia-ctk|bcdedit(?:\.exe)?|dism(?:\.exe)?|reg(?:\.exe)?)\s+-{0,2}[\w-]+/iu;

function bounded(text: string): string {
  if (text.length <= MAX_PASTE_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(text.length - (MAX_PASTE_CHARS - HEAD_CHARS))}`;
}

/** Cleans a decoded paste. Never throws. */
export function cleanPaste(text: string): CleanPaste {
  const raw = normalizeText(bounded(text)).split('\n');
  const nonBlank = raw.filter((l) => l.trim() !== '');
  // Quote markers are removed only when most lines carry them: `>` alone can be output.
  const quoted = nonBlank.length > 0 && nonBlank.filter((l) => QUOTE_RE.test(l)).length * 2 >= nonBlank.length;
  const lines: string[] = [];
  const commands: string[] = [];
  let seenOutput = false;
  for (const line0 of raw) {
    if (FENCE_RE.test(line0)) continue;
    const unquoted = quoted ? line0.replace(QUOTE_RE, '') : line0;
    const line = unquoted.length > MAX_LINE_CHARS ? unquoted.slice(0, MAX_LINE_CHARS) : unquoted;
    const prompt = PROMPT_RE.exec(line);
    if (prompt) {
      commands.push((prompt[1] as string).trim());
      continue;
    }
    if (!seenOutput && BARE_COMMAND_RE.test(line)) {
      commands.push(line.trim());
      continue;
    }
    lines.push(line);
    if (line.trim() !== '') seenOutput = true;
  }
  return { lines, commands };
}
