/**
 * Recognises the usage text an older wsl.exe prints when it does not know an option (for
 * example `--version` on the inbox wsl.exe), in any language, by its shape.
 */
import { splitLabelValue, splitLines } from '../text/lines.js';

/** `Usage: wsl.exe [Argument] …` / `用法: wsl.exe [参数] …` / `Verwendung: wsl.exe [Option] ...`. */
const SYNOPSIS_RE = /\bwsl(?:\.exe)?\s+\[/i;

/** An option line of the help text: `--exec, -e <CommandLine>`, `-d, --distribution <Name>`, `--help`. */
const OPTION_LINE_RE = /^\s*(?:--?[A-Za-z][\w-]*|--)(?:,\s*--?[A-Za-z][\w-]*)?(?:\s+(?:<[^>]*>|&lt;.*?&gt;|\[[^\]]*\]))*\s*$/;

/** At least this many option lines make a help text even without the synopsis line. */
const MIN_OPTION_LINES = 3;

/** True when the text is (or contains) wsl.exe's usage/help text. */
export function isUsageText(text: string): boolean {
  let options = 0;
  for (const line of splitLines(text)) {
    if (SYNOPSIS_RE.test(line)) return true;
    if (OPTION_LINE_RE.test(line) && ++options >= MIN_OPTION_LINES) return true;
  }
  return false;
}

/** `--list: unrecognized option: online` (the option parser's own format). */
const SUBOPTION_RE = /^\s*(--[A-Za-z][\w-]*)\s*[:：]\s*[^:：]{1,80}[:：]\s*([A-Za-z][\w-]*)\s*$/;

/**
 * The option wsl.exe rejected, from its localized "invalid command line option: --x" line or
 * its "--list: unrecognized option: x" line; null when there is none.
 */
export function findInvalidOption(text: string): string | null {
  for (const line of splitLines(text)) {
    const sub = SUBOPTION_RE.exec(line);
    if (sub) return `--${sub[2]}`;
    const lv = splitLabelValue(line);
    if (!lv || lv.label.includes('>') || lv.label.length > 80) continue;
    if (/^--?[A-Za-z][\w-]*$/.test(lv.value) && !/^-/.test(lv.label)) return lv.value;
  }
  return null;
}
