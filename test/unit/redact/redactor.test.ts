import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../electron/redact/redactor.js';
import { CANARY, CANARY_IDENTITY, canaryText, findCanaries } from './canaries.js';

const r = createRedactor(CANARY_IDENTITY);

describe('redactText', () => {
  it.each([
    ['C:\\Users\\canaryuser7\\AppData', 'C:\\Users\\<user>\\AppData', 'user'],
    ['{"p":"C:\\\\Users\\\\canaryuser7\\\\x"}', '{"p":"C:\\\\Users\\\\<user>\\\\x"}', 'user'],
    ['/home/canaryuser7/.bashrc', '/home/<user>/.bashrc', 'user'],
    ['/mnt/c/Users/canaryuser7/Downloads', '/mnt/c/Users/<user>/Downloads', 'user'],
    ['\\\\wsl$\\Ubuntu\\home\\ubuntuuser\\x', '\\\\wsl$\\Ubuntu\\home\\<user>\\x', 'user'],
    ['\\\\wsl.localhost\\Ubuntu\\home\\ubuntuuser', '\\\\wsl.localhost\\Ubuntu\\home\\<user>', 'user'],
    ['C%3A%5CUsers%5Ccanaryuser7%5Cx', 'C%3A%5CUsers%5C<user>%5Cx', 'user'],
    ['C:\\Users\\CANARY~1\\AppData', 'C:\\Users\\<user>\\AppData', 'user'],
    ['run by CanaryUser7.', 'run by <user>.', 'user'],
    ['on canary-host-9.corp.example.com', 'on <host>.corp.example.com', 'host'],
    [`owner ${CANARY.sid}`, 'owner <sid>', 'sid'],
    ['mail canary.mail@example.com now', 'mail <email> now', 'email'],
    ['mail canary.mail%40example.com', 'mail <email>', 'email'],
    [`t=${CANARY.ghToken}`, 't=<token>', 'token'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', '<token>', 'token'],
    [`jwt ${CANARY.jwt}`, 'jwt <token>', 'token'],
    ['Authorization: Bearer abcdefghijk.lmnop', 'Authorization: Bearer <token>', 'token'],
    ['id AKIAABCDEFGHIJKLMNOP', 'id <token>', 'token'],
    ['slack xoxb-1234567890-abcdefghij', 'slack <token>', 'token'],
    ['url?key=0123456789abcdef0123456789abcdef', 'url?key=<token>', 'token'],
    ['http://canaryu:canaryp@proxy:8080/', 'http://<credential>@proxy:8080/', 'credential'],
    ['http%3A%2F%2Fcanaryu%3Acanaryp%40proxy%3A8080', 'http%3A%2F%2F<credential>%40proxy%3A8080', 'credential'],
    ['API_KEY=canarysecret1234567890abcdef', 'API_KEY=<secret>', 'env-secret'],
    ['export GITHUB_TOKEN="two words"', 'export GITHUB_TOKEN="<secret>"', 'env-secret'],
    ['$env:MY_PASSWORD = hunter2', '$env:MY_PASSWORD = <secret>', 'env-secret'],
    ['{"db_password": "hunter2"}', '{"db_password": "<secret>"}', 'env-secret'],
    ['a=1&SESSION_ID=abc&b=2', 'a=1&SESSION_ID=<secret>&b=2', 'env-secret'],
  ] as const)('%s', (input, expected, kind) => {
    const out = r.redactText(input);
    expect(out.text).toBe(expected);
    expect(out.counts[kind]).toBeGreaterThan(0);
    expect(r.redactText(out.text).text).toBe(out.text);
  });

  it('keeps shared profiles, plain words and unrelated URLs', () => {
    const text = 'C:\\Users\\Public\\Desktop /home/ ok http://proxy:8080/path wsl.localhost PATH=/usr/bin';
    expect(r.redactText(text).text).toBe(text);
  });

  it('removes every canary from the sample and is idempotent', () => {
    const once = r.redactText(canaryText());
    expect(findCanaries(Buffer.from(once.text))).toEqual([]);
    const twice = r.redactText(once.text);
    expect(twice.text).toBe(once.text);
    expect(Object.values(twice.counts).every((n) => n === 0)).toBe(true);
  });

  it('does not redact a marker again when a name equals a marker word', () => {
    const odd = createRedactor({ userNames: ['token'], hostNames: ['host'] });
    const once = odd.redactText('user token host x');
    expect(once.text).toBe('user <user> <host> x');
    expect(odd.redactText(once.text).text).toBe(once.text);
  });

  it('leaves generic account words alone: they identify no one and the captured data is made of them', () => {
    const generic = createRedactor({ userNames: ['user', 'root', 'Administrator', 'admin'], hostNames: [] });
    const text = '{"user": {"name": "user", "uid": 1000}} wsl.exe -u root; Run as Administrator (admin)';
    expect(generic.redactText(text).text).toBe(text);
    // A real name beside them is still redacted.
    const mixed = createRedactor({ userNames: ['user', 'tyamada'], hostNames: [] });
    expect(mixed.redactText('"user": "tyamada"').text).toBe('"user": "<user>"');
  });

  it('redacts non-ASCII names in text and in UTF-8 and UTF-16LE bytes', () => {
    const jp = createRedactor({ userNames: ['山田太郎'], hostNames: [] });
    expect(jp.redactText('ユーザー: 山田太郎 です').text).toBe('ユーザー: <user> です');
    const u8 = jp.redactBytes(Buffer.from('C:\\Users\\山田太郎\\x 山田太郎さん', 'utf8'), 'utf-8');
    expect(u8.bytes.toString('utf8')).toBe('C:\\Users\\<user>\\x <user>さん');
    const u16 = jp.redactBytes(Buffer.from('名前 山田太郎\r\n', 'utf16le'), 'utf-16le');
    expect(u16.bytes.toString('utf16le')).toBe('名前 <user>\r\n');
  });

  it('skips names that are too short to match as words', () => {
    const short = createRedactor({ userNames: ['a', ' '], hostNames: ['localhost'] });
    expect(short.redactText('a b wsl.localhost').text).toBe('a b wsl.localhost');
  });

  it('removes extra literal secrets', () => {
    const extra = createRedactor({ userNames: [], hostNames: [], extraSecrets: ['s3cr3t-value', 'ab'] });
    const out = extra.redactText('x S3CR3T-VALUE y ab');
    expect(out.text).toBe('x <secret> y ab');
    expect(out.counts.secret).toBe(1);
  });
});

describe('redactBytes', () => {
  const text = canaryText();

  it.each([
    ['utf-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['utf-16le without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['utf-16le with BOM, auto', Buffer.from(`\uFEFF${text}`, 'utf16le'), 'auto'],
    ['utf-16le declared utf-8', Buffer.from(text, 'utf16le'), 'utf-8'],
    ['utf-16le after an odd UTF-8 prefix', Buffer.concat([Buffer.from('abc\n'), Buffer.from(`x${text}`, 'utf16le').subarray(1)]), 'auto'],
    ['mixed UTF-16LE then UTF-8', Buffer.concat([Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf8')]), 'auto'],
  ] as const)('%s: no canary survives, the encoding is kept, a second pass changes nothing', (_name, bytes, enc) => {
    const once = r.redactBytes(bytes, enc);
    expect(findCanaries(once.bytes)).toEqual([]);
    expect(once.counts.user).toBeGreaterThan(0);
    const twice = r.redactBytes(once.bytes, enc);
    expect(twice.bytes.equals(once.bytes)).toBe(true);
  });

  it('re-encodes UTF-16LE in place, BOM included', () => {
    const out = r.redactBytes(Buffer.from(`\uFEFFhello ${CANARY.user}\r\n`, 'utf16le'), 'auto');
    expect(out.bytes.equals(Buffer.from('\uFEFFhello <user>\r\n', 'utf16le'))).toBe(true);
  });

  it('returns bytes unchanged when there is nothing to redact, even invalid UTF-8 and lone surrogates', () => {
    const odd = Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00, 0xc3, 0x28, 0x80, 0x00, 0x0a]);
    expect(r.redactBytes(odd, 'auto').bytes.equals(odd)).toBe(true);
    const u8 = Buffer.from([0xc3, 0x28, 0x61, 0x62, 0xf0, 0x9f]);
    expect(r.redactBytes(u8, 'utf-8').bytes.equals(u8)).toBe(true);
  });
});

describe('redactJsonValue', () => {
  it('redacts strings and keys at any depth and keeps other values', () => {
    const value = { [`C:\\Users\\${CANARY.user}`]: [1, true, null, { mail: CANARY.email, n: 2.5 }], host: CANARY.host };
    const out = r.redactJsonValue(value);
    expect(out.value).toEqual({ 'C:\\Users\\<user>': [1, true, null, { mail: '<email>', n: 2.5 }], host: '<host>' });
    expect(findCanaries(Buffer.from(JSON.stringify(out.value)))).toEqual([]);
    expect(out.counts).toMatchObject({ user: 1, email: 1, host: 1 });
  });

  it('does not let a __proto__ key change the prototype', () => {
    const out = r.redactJsonValue(JSON.parse('{"__proto__": {"polluted": "yes"}}'));
    expect(Object.getPrototypeOf(out.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('linear time', () => {
  it.each([
    ['eyJ', 'eyJ'.repeat(350_000)],
    ['email local part', 'a'.repeat(1_000_000) + '@'],
    ['github_pat_', 'github_pat_'.repeat(90_000)],
    ['scheme', 'http://'.repeat(150_000)],
    ['secret names', 'API_KEY_TOKEN'.repeat(80_000)],
    ['separators', '\\Users'.repeat(170_000)],
    ['sids', 'S-1-5-21-1-'.repeat(100_000)],
    ['percent escapes', '%5C'.repeat(330_000)],
  ])('%s: 1 MB adversarial input in well under a second', (_name, input) => {
    const start = performance.now();
    r.redactText(input);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
