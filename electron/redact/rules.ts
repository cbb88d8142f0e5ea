/**
 * The redaction rules, applied in order. Every pattern is anchored on a literal or bounded by
 * explicit repetition limits, so each costs at most a constant amount of work per input
 * character (no nested unbounded quantifiers). Separators accept their URL-encoded forms
 * (`%40` for `@`, `%3D` for `=`, `%5C` for `\`) so URL-encoded secrets are found too.
 */
import { MARKERS, type RedactionKind } from './kinds.js';
import { escapeRegExp, nameFragments, type LiteralMapper } from './name-forms.js';

/** One rule: a global pattern and what each match becomes (`null`: leave it as is). */
export interface RedactionRule {
  kind: RedactionKind;
  pattern: RegExp;
  replace(match: string, groups: readonly (string | undefined)[], offset: number, input: string): string | null;
}

/** Identity to remove, as plain names and literals. */
export interface RuleIdentity {
  userNames: readonly string[];
  hostNames: readonly string[];
  extraSecrets: readonly string[];
}

const SEP = String.raw`(?:[\\/]|%5C|%2F)`;
/** A word edge: not after a word character, or right after a `%XX` escape or a JSON `\n`-style escape. */
const WORD_START = String.raw`(?:(?<![A-Za-z0-9_])|(?<=%[0-9A-Fa-f]{2})|(?<=\\[nrtbf]))`;
const WORD_END = String.raw`(?![A-Za-z0-9_])`;
/** Not preceded by a character of `cls`, unless that character ends a `%XX` escape (URL-encoded text). */
const after = (cls: string): string => String.raw`(?:(?<![${cls}])|(?<=%[0-9A-Fa-f]{2}))`;
const SECRET_NAME = String.raw`[A-Za-z0-9_]{0,64}?(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|COOKIE|SESSION)[A-Za-z0-9_]{0,64}`;
/** Profile folders that belong to no one in particular. */
const SHARED_PROFILES = new Set(['public', 'default', 'default user', 'all users', 'defaultuser0', 'shared']);

const marker = (kind: RedactionKind) => (): string => MARKERS[kind];

/** A match that is exactly a marker (`<user>`) must survive a second pass unchanged. */
function insideMarker(match: string, offset: number, input: string): boolean {
  return input[offset - 1] === '<' && input[offset + match.length] === '>';
}

function quoted(value: string, kind: RedactionKind): string | null {
  const q = value[0] === '"' || value[0] === "'" ? value[0] : '';
  const closed = q !== '' && value.length > 1 && value.endsWith(q);
  const inner = value.slice(q.length, closed ? -1 : undefined).trim();
  if (inner === MARKERS[kind]) return null;
  return `${q}${MARKERS[kind]}${closed ? q : ''}`;
}

function fixedRules(): RedactionRule[] {
  return [
    {
      // scheme://user:pass@host → scheme://<credential>@host (also a bare user: it names someone).
      // Anchored on `://` rather than the scheme, so only those few positions start a scan.
      kind: 'credential',
      pattern: /((?::|%3A)(?:\/|%2F){2})([^\s/@'"<>]{1,256})(@|%40)/gi,
      replace: (_m, g) => `${g[0]}${MARKERS.credential}${g[2]}`,
    },
    {
      kind: 'env-secret',
      pattern: new RegExp(String.raw`("${SECRET_NAME}"[ \t]*:[ \t]*")((?:[^"\\\r\n]|\\.){1,4096})(")`, 'gi'),
      replace: (_m, g) => (g[1] === MARKERS['env-secret'] ? null : `${g[0]}${MARKERS['env-secret']}${g[2]}`),
    },
    {
      kind: 'env-secret',
      pattern: new RegExp(String.raw`${WORD_START}(${SECRET_NAME})([ \t]*(?:=|%3D)[ \t]*)("[^"\r\n]{0,4096}"?|'[^'\r\n]{0,4096}'?|[^\r\n&;"']{1,4096})`, 'gi'),
      replace: (_m, g) => {
        const value = quoted(g[2] ?? '', 'env-secret');
        return value === null ? null : `${g[0]}${g[1]}${value}`;
      },
    },
    { kind: 'token', pattern: /(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,255}/g, replace: marker('token') },
    { kind: 'token', pattern: /github_pat_[A-Za-z0-9_]{20,255}/g, replace: marker('token') },
    { kind: 'token', pattern: new RegExp(String.raw`${after('A-Za-z0-9_-')}eyJ[A-Za-z0-9_-]{4,8192}\.[A-Za-z0-9_-]{4,8192}\.[A-Za-z0-9_-]{0,8192}`, 'g'), replace: marker('token') },
    { kind: 'token', pattern: /\b(Bearer[ \t]+)[A-Za-z0-9._~+/=-]{8,4096}/gi, replace: (_m, g) => `${g[0]}${MARKERS.token}` },
    { kind: 'token', pattern: new RegExp(String.raw`${after('A-Za-z0-9')}(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])`, 'g'), replace: marker('token') },
    { kind: 'token', pattern: /xox[abposr]-[A-Za-z0-9-]{10,255}/g, replace: marker('token') },
    {
      kind: 'token',
      pattern: /((?:token|key|secret|password|passwd|pwd|sig|signature)["']?[ \t]*(?:=|:|%3D|%3A)[ \t]*["']?)([A-Za-z0-9+/_.~=-]{32,4096})/gi,
      replace: (_m, g) => `${g[0]}${MARKERS.token}`,
    },
    { kind: 'sid', pattern: new RegExp(String.raw`${after('A-Za-z0-9-')}S-1-(?:5-21|12-1)(?:-\d{1,10}){1,8}(?![0-9])`, 'gi'), replace: marker('sid') },
    {
      // Starts only where a run of local-part characters starts, so each run is scanned once.
      kind: 'email',
      pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,4096}(?:@|%40)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
      replace: marker('email'),
    },
    {
      // C:\Users\<u>, C:\\Users\\<u>, /mnt/c/Users/<u>, /home/<u>, \\wsl$\distro\home\<u>, C%3A%5CUsers%5C<u>:
      // the folder after Users/home is a user name even when it is not the current user's.
      kind: 'user',
      pattern: new RegExp(String.raw`(${SEP}(?:Users|home)${SEP}{1,4})([^\\/\s"'<>|:*?%&;,=]{1,128})`, 'gi'),
      replace: (_m, g) => (SHARED_PROFILES.has((g[1] ?? '').toLowerCase()) ? null : `${g[0]}${MARKERS.user}`),
    },
  ];
}

function wordRule(kind: RedactionKind, fragments: readonly string[]): RedactionRule[] {
  if (fragments.length === 0) return [];
  return [
    {
      kind,
      pattern: new RegExp(`${WORD_START}(?:${fragments.join('|')})${WORD_END}`, 'gi'),
      replace: (m, _g, offset, input) => (insideMarker(m, offset, input) ? null : MARKERS[kind]),
    },
  ];
}

/** Builds the ordered rule list; `map` says how literals appear in the searched view. */
export function buildRules(identity: RuleIdentity, map: LiteralMapper): RedactionRule[] {
  const secrets = identity.extraSecrets.filter((s) => s.length >= 4).map((s) => escapeRegExp(map(s)));
  const secretRules: RedactionRule[] =
    secrets.length === 0 ? [] : [{ kind: 'secret', pattern: new RegExp(secrets.join('|'), 'gi'), replace: marker('secret') }];
  return [
    ...secretRules,
    ...fixedRules(),
    ...wordRule('user', nameFragments(identity.userNames, map)),
    ...wordRule('host', nameFragments(identity.hostNames, map)),
  ];
}
