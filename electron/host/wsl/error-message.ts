/**
 * Recognises a catalog error from its message text when wsl.exe printed no code. Older inbox
 * builds print only the localized message (the kernel-update notice with its link and no
 * `Error code:` line, the launcher's virtualization notice, the store hint when no distro is
 * installed). Matching works on fragments of the known texts in every language at hand
 * (error-messages-data.ts), after normalising both sides, so console wrapping, padding,
 * full-width punctuation and case do not matter; an `aka.ms/…` link is the second,
 * language-neutral signal. Pure; never throws.
 */
import { lookupWslError, type WslErrorEntry } from './error-catalog.js';
import { WSL_ERROR_MESSAGES } from './error-messages-data.js';

/** How the entry was recognised: its text, its link, or both. */
export type WslMessageSignal = 'text' | 'link' | 'text+link';

export interface WslMessageMatch {
  entry: WslErrorEntry;
  signal: WslMessageSignal;
}

/**
 * Fragments shorter than this (after normalising) are not used: a dozen letters or CJK
 * characters of one sentence are specific, a shorter piece like "(Default)" is not.
 */
export const MIN_FRAGMENT_CHARS = 12;

/** Text beyond this is not searched; the messages are a few hundred characters. */
const MAX_TEXT_CHARS = 64 * 1024;

/**
 * NFKC (full-width letters and punctuation become ASCII), lower case, and every punctuation
 * mark, symbol and whitespace dropped: a console that wraps or pads a line inside a CJK sentence
 * inserts spaces where the language has none, so whitespace is removed rather than collapsed.
 */
export function normalizeMessage(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Turkish casing: İ lower-cases to i + U+0307, and an upper-cased ı comes back as i.
      .replace(/\u0307/gu, '')
      .replace(/ı/gu, 'i')
      .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '')
  );
}

/** `https://aka.ms/…` and other URLs: a link is its own signal, never part of a text fragment. */
const URL_RE = /\b(?:https?:\/\/)?aka\.ms\/[A-Za-z0-9_-]+|https?:\/\/\S+/giu;
const HAS_URL_RE = new RegExp(URL_RE.source, 'iu');

/**
 * Lines and sentences (Latin and CJK sentence ends). A full stop followed by a lower-case word
 * ends an abbreviation, not a sentence: Russian "Дополнительные сведения см. в <link>" is one.
 */
function sentencesOf(template: string): string[] {
  return template.split(/\n|(?<=[.!?])\s+(?![\s\p{Ll}])|(?<=[。！？])/u);
}

/**
 * The normalised fragments of a message: its lines and sentences, split again at `{}`
 * placeholders, so a message that arrives cut short or merged with other text still matches.
 * A sentence that carries a link is left out whole: in every language it is WSL's pointer
 * ("For information please visit …", "Weitere Informationen finden Sie unter …", "詳細については
 * … をご覧ください"), which ends other messages too (the kernel-update notice, `wsl --status`), so
 * it says where to read more, never which error this is.
 */
function messageFragments(template: string): string[] {
  return sentencesOf(template)
    .filter((s) => !HAS_URL_RE.test(s))
    .flatMap((s) => s.split('{}'))
    .map(normalizeMessage)
    .filter((f) => f.length >= MIN_FRAGMENT_CHARS);
}

interface Known {
  entry: WslErrorEntry;
  fragments: string[];
  /** Links that back a text match. */
  links: string[];
  /** Links that are enough on their own. */
  aloneLinks: string[];
}

function textsOf(set: (typeof WSL_ERROR_MESSAGES)[number]): string[] {
  return [...Object.values(set.texts), ...set.older.map((o) => o.text)];
}

/**
 * The message sets joined with their catalog entries, fragments computed once. Only an entry's
 * own words count: a fragment that another entry's text also contains says nothing and is left
 * out (the pointer sentences are already gone, see messageFragments).
 */
const NORMALIZED_TEXTS = new Map(WSL_ERROR_MESSAGES.map((set) => [set, textsOf(set).map((t) => normalizeMessage(t.replace(URL_RE, '\n')))]));
const KNOWN: readonly Known[] = WSL_ERROR_MESSAGES.flatMap((set) => {
  const entry = lookupWslError(set.symbol);
  if (!entry) return [];
  const others = WSL_ERROR_MESSAGES.filter((o) => o !== set).flatMap((o) => NORMALIZED_TEXTS.get(o) ?? []);
  const fragments = [...new Set(textsOf(set).flatMap(messageFragments))].filter((f) => !others.some((o) => o.includes(f)));
  const links = set.links.map((l) => l.href.toLowerCase());
  const aloneLinks = set.links.filter((l) => l.alone).map((l) => l.href.toLowerCase());
  return [{ entry, fragments, links, aloneLinks }];
});

/** The fragments that recognise a catalog entry (empty for an entry without known texts). */
export function fragmentsOf(symbol: string): readonly string[] {
  return KNOWN.find((k) => k.entry.symbol === symbol)?.fragments ?? [];
}

/** The `aka.ms/name` links in text, lower-cased. */
function akaMsLinks(text: string): string[] {
  return [...text.matchAll(/aka\.ms\/([A-Za-z0-9_-]+)/gu)].map((m) => `aka.ms/${(m[1] as string).toLowerCase()}`);
}

/**
 * The catalog entry whose message the text carries, or null. Meant for the output of a command
 * that failed. Text wins: the entry with the most matched characters of its fragments. With no
 * text match, a link counts only when it is enough alone and exactly one entry owns it.
 */
export function matchWslErrorMessage(text: string | null | undefined): WslMessageMatch | null {
  if (typeof text !== 'string' || text === '') return null;
  const bounded = text.slice(0, MAX_TEXT_CHARS);
  const norm = normalizeMessage(bounded);
  const links = new Set(akaMsLinks(bounded));
  let best: { known: Known; score: number } | null = null;
  for (const known of KNOWN) {
    let score = 0;
    for (const f of known.fragments) if (norm.includes(f)) score += f.length;
    if (score > 0 && (best === null || score > best.score)) best = { known, score };
  }
  if (best !== null) {
    const linked = best.known.links.some((l) => links.has(l));
    return { entry: best.known.entry, signal: linked ? 'text+link' : 'text' };
  }
  const byLink = KNOWN.filter((k) => k.aloneLinks.some((l) => links.has(l)));
  return byLink.length === 1 ? { entry: (byLink[0] as Known).entry, signal: 'link' } : null;
}
