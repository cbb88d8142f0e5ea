/**
 * Errors printed without a code: the message text (in all 22 languages of the WSL resources,
 * plus older wordings from real outputs) and its aka.ms link find the catalog entry. The
 * localized variants are generated from the data file; the mangled ones are reconstructed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { lookupWslError } from '../../../../electron/host/wsl/error-catalog.js';
import { fragmentsOf, matchWslErrorMessage, normalizeMessage } from '../../../../electron/host/wsl/error-message.js';
import { WSL_ERROR_MESSAGES } from '../../../../electron/host/wsl/error-messages-data.js';
import { FC_PARAMS, FUZZ_TIMEOUT_MS } from '../text/fuzz-support.js';
import { entriesFor, FIXTURE_DIR, fixtureText, label } from './fixture-support.js';

type Strings = Record<string, string>;
const data = JSON.parse(readFileSync(`${FIXTURE_DIR}localized/wsl-localized-strings.json`, 'utf8')) as { locales: Record<string, Strings> };
const LOCALES = Object.entries(data.locales);

/** The resources that are error messages, and the catalog entry each means. */
const MAPPED: Record<string, string> = { MessageEnableVirtualization: 'HCS_E_HYPERV_NOT_INSTALLED', MessageNoDefaultDistro: 'WSL_E_DEFAULT_DISTRO_NOT_FOUND' };

/** What wsl.exe writes on a pipe: CRLF line ends, UTF-16LE without BOM. */
function asPipe(text: string): string {
  return decodeToolOutput(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le'), 'auto');
}

/** A console 80 columns wide copied as one line: each row padded with spaces, rows glued. */
function consoleRows(text: string, width = 80): string {
  const rows = text.split('\n').flatMap((line) => (line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? ['']).map((r) => r.padEnd(width, ' ')));
  return rows.join('');
}

/** Full-width punctuation (as some consoles and copy-pastes give it) and every other mark dropped. */
function manglePunctuation(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/gu, (c) => (c === '.' || c === ':' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c === '"' || c === "'" ? '' : c));
}

describe('the message data', () => {
  it('holds, for every mapped resource, the 22 languages of the data file verbatim', () => {
    for (const [resource, symbol] of Object.entries(MAPPED)) {
      const set = WSL_ERROR_MESSAGES.find((s) => s.resource === resource);
      expect(set?.symbol, resource).toBe(symbol);
      expect(Object.keys(set?.texts ?? {}).sort()).toEqual(LOCALES.map(([code]) => code).sort());
      for (const [code, strings] of LOCALES) expect(set?.texts[code], `${resource} ${code}`).toBe(strings[resource]);
    }
  });

  it('names catalog entries only, and cites a source for every older wording', () => {
    for (const set of WSL_ERROR_MESSAGES) {
      expect(lookupWslError(set.symbol)?.symbol, set.symbol).toBe(set.symbol);
      for (const o of set.older) expect(o.source, set.symbol).toMatch(/^https:\/\/github\.com\//u);
    }
  });

  it('has no fragment that another message of the data file (any key, any language) contains', () => {
    for (const set of WSL_ERROR_MESSAGES) {
      const fragments = fragmentsOf(set.symbol);
      expect(fragments.length, set.symbol).toBeGreaterThan(0);
      for (const [code, strings] of LOCALES) {
        for (const [key, text] of Object.entries(strings)) {
          if (key === set.resource) continue;
          const other = normalizeMessage(text);
          for (const f of fragments) expect(other.includes(f), `${set.symbol} fragment "${f}" in ${code} ${key}`).toBe(false);
        }
      }
    }
  });
});

describe.each(LOCALES)('%s: errors printed without a code', (code, s) => {
  for (const [resource, symbol] of Object.entries(MAPPED)) {
    const message = s[resource] as string;

    it(`${resource} → ${symbol}, as printed and mangled`, () => {
      const variants = {
        pipe: asPipe(message),
        console: consoleRows(message),
        punctuation: manglePunctuation(message),
        upper: message.toLocaleUpperCase(code),
        tabs: message.replace(/ /gu, ' \t  ').replace(/\n/gu, '\r\n\r\n'),
        firstLineOnly: message.split('\n')[0] as string,
        inContext: `PS C:\\> wsl --list --verbose\r\n${asPipe(message)}\r\nPS C:\\> `,
      };
      for (const [name, text] of Object.entries(variants)) {
        expect(matchWslErrorMessage(text)?.entry.symbol, `${code} ${name}`).toBe(symbol);
      }
    });
  }

  it('the aka.ms link carries the virtualization message when its text is garbled', () => {
    // Mojibake as a code-page mix-up leaves it: every letter a '?', only the link intact.
    const [before, after] = (s['MessageEnableVirtualization'] as string).split('https://aka.ms/enablevirtualization');
    const garble = (t: string | undefined) => (t ?? '').replace(/[^\s]/gu, '?');
    expect(matchWslErrorMessage(`${garble(before)}https://aka.ms/enablevirtualization${garble(after)}`)).toMatchObject({ entry: { symbol: 'HCS_E_HYPERV_NOT_INSTALLED' }, signal: 'link' });
  });
});

describe('older wordings', () => {
  it('recognises each, with whitespace and punctuation mangled', () => {
    for (const set of WSL_ERROR_MESSAGES) {
      for (const o of set.older) {
        for (const text of [o.text, consoleRows(o.text, 60), manglePunctuation(o.text), o.text.replace(/\s+/gu, '\n  ')]) {
          expect(matchWslErrorMessage(text)?.entry.symbol, `${set.symbol} ${o.locale}: ${text}`).toBe(set.symbol);
        }
      }
    }
  });

  it('uses the link as the second signal: text and link, text alone, link alone only where it is enough', () => {
    expect(matchWslErrorMessage('WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel')?.signal).toBe('text+link');
    expect(matchWslErrorMessage('WSL 2 requires an update to its kernel component.')).toMatchObject({ entry: { symbol: 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED' }, signal: 'text' });
    // wsl2kernel also ends the automatic-updates notice of `wsl --status`: alone it proves nothing.
    expect(matchWslErrorMessage('???? ??? ?????? https://aka.ms/wsl2kernel ????')).toBeNull();
    expect(matchWslErrorMessage('???? ??? ?????? https://aka.ms/wslstore')).toMatchObject({ entry: { symbol: 'WSL_E_DEFAULT_DISTRO_NOT_FOUND' }, signal: 'link' });
  });
});

/**
 * Each language's pointer sentence ("For information please visit …"), from the data file: the
 * line of the virtualization message that carries its link, the link cut out.
 */
const VIRT_LINK = 'https://aka.ms/enablevirtualization';
const POINTERS: Record<string, string> = Object.fromEntries(
  LOCALES.map(([code, s]) => [code, ((s['MessageEnableVirtualization'] as string).split('\n').find((l) => l.includes(VIRT_LINK)) as string).replace(VIRT_LINK, '{link}')]),
);
const KERNEL = 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED';

describe('the pointer boilerplate ("for more information, visit …") is no evidence', () => {
  it('finds a pointer sentence with the link in every language of the data file', () => {
    expect(Object.keys(POINTERS)).toHaveLength(22);
    for (const [code, p] of Object.entries(POINTERS)) expect(p, code).toContain('{link}');
  });

  it('leaves no fragment that is mostly a pointer sentence, in any language', () => {
    for (const set of WSL_ERROR_MESSAGES) {
      for (const f of fragmentsOf(set.symbol)) {
        for (const [code, p] of Object.entries(POINTERS)) {
          const pieces = p.split('{link}').map(normalizeMessage).filter((x) => x.length >= 4);
          const rest = pieces.reduce((acc, x) => acc.replaceAll(x, ''), f);
          expect(rest.length, `${set.symbol} fragment "${f}" is ${code}'s pointer`).toBeGreaterThanOrEqual(12);
        }
      }
    }
  });

  // The data file holds no kernel-update resource (no string of it carries aka.ms/wsl2kernel), so
  // the notice an old inbox wsl.exe prints is composed (reconstructed) from the language's pointer
  // sentence and the wsl2kernel link, e.g. "… Weitere Informationen finden Sie unter
  // https://aka.ms/wsl2kernel". Its first sentence is not known in these languages: it is left out
  // or stood in for by any text.
  describe.each(['de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'sv-SE'])('%s: the kernel-update notice', (code) => {
    const pointer = (POINTERS[code] as string).replace('{link}', 'https://aka.ms/wsl2kernel');

    it('maps to nothing as printed, never to the virtualization entry', () => {
      for (const text of [pointer, asPipe(pointer), consoleRows(pointer), `PS C:\\> wsl --set-version Ubuntu 2\r\n${asPipe(pointer)}\r\nPS C:\\> `]) {
        expect(matchWslErrorMessage(text), `${code}: ${text}`).toBeNull();
      }
    });

    it('after any first sentence maps to nothing or to the kernel entry', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constantFrom(' ', '\n', '\r\n'), (first, sep) => {
          const symbol = matchWslErrorMessage(`${first}${sep}${pointer}`)?.entry.symbol;
          expect(symbol === undefined || symbol === KERNEL, `${code}: ${first}`).toBe(true);
        }),
        FC_PARAMS,
      );
    });

    it('with the English kernel sentence before it maps to the kernel entry', () => {
      expect(matchWslErrorMessage(`WSL 2 requires an update to its kernel component. ${pointer}`)?.entry.symbol).toBe(KERNEL);
    });
  });

  it("every language's pointer sentence with the kernel-update link maps to nothing", () => {
    for (const [code, p] of Object.entries(POINTERS)) expect(matchWslErrorMessage(p.replace('{link}', 'https://aka.ms/wsl2kernel')), code).toBeNull();
  });

  it("property: any language's pointer sentence with any aka.ms link but the entry's own maps to nothing (an alone link only by its link)", () => {
    const own = new Set(WSL_ERROR_MESSAGES.find((s) => s.symbol === 'HCS_E_HYPERV_NOT_INSTALLED')?.links.map((l) => l.href));
    const alone = new Map(WSL_ERROR_MESSAGES.flatMap((s) => s.links.filter((l) => l.alone).map((l) => [l.href, s.symbol] as const)));
    const name = fc.oneof(fc.constantFrom('wsl2kernel', 'wsl2', 'wslstore', 'wslinstall', 'wsldocs'), fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/u));
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(POINTERS)), name, fc.constantFrom('https://', ''), (pointer, n, scheme) => {
        const href = `aka.ms/${n.toLowerCase()}`;
        fc.pre(!own.has(href));
        const match = matchWslErrorMessage(pointer.replace('{link}', `${scheme}aka.ms/${n}`));
        if (alone.has(href)) expect(match).toMatchObject({ entry: { symbol: alone.get(href) }, signal: 'link' });
        else expect(match, `${pointer} ${href}`).toBeNull();
      }),
      FC_PARAMS,
    );
  });
});

describe('real outputs that carry only the message (index.json)', () => {
  const messageOnly = entriesFor('error').filter((e) => e.expected['error_code'] === null && e.expected['hresult'] === null && typeof e.expected['category'] === 'string');

  it('includes the old launcher, the old no-distribution and the Japanese kernel-update outputs', () => {
    expect(messageOnly.map((e) => e.fixture)).toEqual(expect.arrayContaining(['error/10-en.utf-8.txt', 'error/38-en.utf-8.txt', 'error/39-ja.utf-8.txt']));
  });

  for (const e of messageOnly) {
    it(`${label(e)} maps to its category`, () => {
      expect(matchWslErrorMessage(fixtureText(e.fixture))?.entry.category).toBe(e.expected['category']);
    });
  }

  it('leaves the garbled Japanese kernel-update output (its link alone) to the HRESULT it printed', () => {
    expect(matchWslErrorMessage(fixtureText('error/06-ja.utf-8.txt'))).toBeNull();
  });

  it('finds nothing in successful outputs that mention aka.ms (status and update notices, set-default-version)', () => {
    for (const f of ['status/02-en-GB.utf-8.txt', 'update/05-zh-CN.utf-8.txt', ...entriesFor('set-default-version').map((x) => x.fixture)]) {
      expect(matchWslErrorMessage(fixtureText(f)), f).toBeNull();
    }
  });
});

describe('unrelated text', () => {
  const otherMessages = LOCALES.flatMap(([, strings]) => Object.entries(strings).filter(([key]) => !(key in MAPPED)).map(([, text]) => text.replaceAll('{}', '2.6.1.0')));

  it('maps to nothing: random text mixed with the non-error messages of every language', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(...otherMessages)), { maxLength: 8 }), (parts) => {
        expect(matchWslErrorMessage(parts.join('\n'))).toBeNull();
      }),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);

  it('never throws and returns null for empty or non-text input', () => {
    expect(matchWslErrorMessage('')).toBeNull();
    expect(matchWslErrorMessage(null)).toBeNull();
    expect(matchWslErrorMessage(undefined)).toBeNull();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 1000 }), (t) => void matchWslErrorMessage(t)), FC_PARAMS);
  });
});
