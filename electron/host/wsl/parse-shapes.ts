/**
 * Shapes shared by the wsl.exe parsers. wsl.exe localizes its labels and sentences, so the
 * parsers recognise values by form (a dotted version, a distro name) rather than by words.
 */

/** A dotted version as wsl.exe prints it: `2.0.14.0`, `5.15.133.1-1`, `10.0.25131.1002-220531-1700.rs-onecore-base2-hyp`. */
export const VERSION_RE = /^\d+(?:\.\d+)+(?:[-+.][0-9A-Za-z]+)*$/;

/** A registered distribution name: WSL accepts letters, digits, `.`, `_` and `-` only. */
export const DISTRO_NAME_RE = /^[A-Za-z0-9._-]{1,64}$/;

/** A date as printed by the old `wsl --status` in any regional format (`8/30/2022`, `26.10.2021`, `2021/10/26`). */
export const DATE_RE = /(?:^|\s)(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?=[\s.,;)]|$)/;

/** Parser results carry this many issues at most, each at most ISSUE_CHARS long. */
export const MAX_ISSUES = 20;
const ISSUE_CHARS = 160;

/** Appends a bounded, single-line issue note. */
export function addIssue(issues: string[], note: string): void {
  if (issues.length >= MAX_ISSUES) return;
  issues.push(note.replace(/\s+/g, ' ').slice(0, ISSUE_CHARS));
}

/** A short, single-line excerpt of a line for an issue note. */
export function excerpt(line: string): string {
  const one = line.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
