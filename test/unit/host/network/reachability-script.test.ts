import { describe, expect, it } from 'vitest';
import { REACHABILITY_LABEL, REACHABILITY_TIMEOUT_MS, reachabilityCommand } from '../../../../electron/host/network/commands.js';
import { endpointsFor, NETWORK_ENDPOINTS } from '../../../../electron/host/network/endpoints.js';
import { REACHABILITY_DEADLINE_MS, REACHABILITY_SCRIPT, reachabilityScript } from '../../../../electron/host/network/reachability-script.js';
import { compactScript, MAX_ENCODED_COMMAND_CHARS } from '../../../../electron/host/powershell/commands.js';

const PS = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const script = compactScript(REACHABILITY_SCRIPT);
const lines = script.split('\n');

/**
 * Whether (), {} and [] pair up outside PowerShell's quoted strings ('…' with '' as a quote,
 * "…" with no escapes used here). A syntax check of the delimiters only, not of PowerShell.
 */
function unbalanced(text: string): string | null {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', '}': '{', ']': '[' };
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== null) {
      if (c === quote && text[i + 1] === quote) i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '{' || c === '[') stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return `unexpected ${c} at ${i}`;
  }
  if (quote !== null) return 'unterminated string';
  return stack.length ? `unclosed ${stack.join('')}` : null;
}

describe('reachabilityCommand', () => {
  it('runs powershell.exe non-interactively with the compacted script, short enough for a command line', () => {
    const spec = reachabilityCommand(PS);
    expect(spec.file).toBe(PS);
    expect(spec.args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    expect(Buffer.from(spec.args[5] ?? '', 'base64').toString('utf16le')).toBe(script);
    expect(spec).toMatchObject({ encoding: 'utf-8', timeoutMs: REACHABILITY_TIMEOUT_MS, label: REACHABILITY_LABEL });
    expect([spec.file, ...spec.args].join(' ').length).toBeLessThan(MAX_ENCODED_COMMAND_CHARS);
  });

  it('gives the process more time than the requests: the deadline is a few seconds, the process limit above it', () => {
    expect(REACHABILITY_DEADLINE_MS).toBeLessThanOrEqual(5000);
    expect(REACHABILITY_TIMEOUT_MS).toBeGreaterThan(REACHABILITY_DEADLINE_MS + 5000);
  });
});

describe('REACHABILITY_SCRIPT', () => {
  it('checks the language mode with plain PowerShell before any .NET call, and stops there unless FullLanguage', () => {
    expect(lines[0]).toBe('$mode = [string]$ExecutionContext.SessionState.LanguageMode');
    expect(lines[1]).toBe("if ($mode -ne 'FullLanguage') {");
    expect(lines[2]).toBe('Write-Output (ConvertTo-Json -InputObject @{ schema = 1; languageMode = $mode; endpoints = @() } -Compress)');
    expect(lines[3]).toBe('exit 0');
    expect(lines.slice(0, 4).join('\n')).not.toMatch(/::/u);
  });

  it('lists every endpoint once, with its URL', () => {
    for (const e of NETWORK_ENDPOINTS) expect(script.split(`@{ Id = '${e.id}'; Url = '${e.url}' }`)).toHaveLength(2);
  });

  it('only reads: one GET per endpoint for one byte, headers only, through the system proxy with Windows credentials', () => {
    expect(script).toContain('[Net.Http.HttpMethod]::Get');
    expect(script).not.toMatch(/HttpMethod\]::(Post|Put|Delete|Patch)|Invoke-WebRequest|Invoke-RestMethod|OutFile|Set-Content|Out-File/u);
    expect(script).toContain('[Net.Http.Headers.RangeHeaderValue]::new(0, 0)');
    expect(script).toContain('[Net.Http.HttpCompletionOption]::ResponseHeadersRead');
    expect(script).toContain('$proxy = [Net.WebRequest]::GetSystemWebProxy()');
    expect(script).toContain('$proxy.Credentials = [Net.CredentialCache]::DefaultCredentials');
  });

  it('runs the requests together under one deadline, so the whole probe takes seconds', () => {
    expect(script).toContain(`$client.Timeout = [TimeSpan]::FromMilliseconds(${REACHABILITY_DEADLINE_MS})`);
    expect(script).toContain('[Threading.Tasks.Task]::WaitAny($tasks, $left)');
    // Every request is started (SendAsync) before the first wait.
    expect(script.indexOf('$client.SendAsync(')).toBeLessThan(script.indexOf('WaitAny'));
    expect(script.match(/SendAsync\(/gu)).toHaveLength(1);
  });

  it('never prints a full URL or a proxy with credentials: hosts and scheme://host:port only', () => {
    expect(script).toContain("$via = $p.Scheme + '://' + $p.Authority");
    expect(script).toContain("$e['FinalHost'] = $response.RequestMessage.RequestUri.Host");
    expect(script).not.toMatch(/AbsoluteUri|OriginalString|UserInfo/u);
  });

  it('prints one JSON object at the end (plus the language-mode answer)', () => {
    expect(lines.at(-1)).toBe('[Console]::Out.WriteLine((ConvertTo-Json -InputObject $r -Depth 5 -Compress))');
    expect(script.match(/ConvertTo-Json/gu)).toHaveLength(2);
  });

  it('keeps PowerShell 5.1 syntax that survives compaction, with balanced delimiters', () => {
    expect(script).not.toMatch(/@["']\s*$/mu);
    expect(script).not.toContain('`');
    expect(script).not.toMatch(/\s\?\?\s|\?\.|\s&&\s|\s\|\|\s/u);
    for (const line of lines) expect(line.startsWith('#')).toBe(false);
    expect(unbalanced(script)).toBeNull();
    // The checker itself notices a dropped parenthesis.
    expect(unbalanced(script.replace('WaitAny($tasks, $left)', 'WaitAny($tasks, $left'))).not.toBeNull();
  });

  it('refuses an endpoint whose id or URL could break out of its quotes', () => {
    expect(() => reachabilityScript([{ id: 'x', url: "https://example.com/'; Remove-Item C:\\ -Recurse; '", arch: 'any' }])).toThrow(RangeError);
    expect(() => reachabilityScript([{ id: "x'", url: 'https://example.com/', arch: 'any' }])).toThrow(RangeError);
  });
});

describe('NETWORK_ENDPOINTS', () => {
  it('has unique ids, HTTPS everywhere but the apt archives (apt fetches them over plain HTTP), and host names as redirect targets', () => {
    const ids = NETWORK_ENDPOINTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of NETWORK_ENDPOINTS) {
      const scheme = new URL(e.url).protocol;
      expect(scheme, e.id).toBe(e.id.startsWith('ubuntu.') && !e.id.startsWith('ubuntu.image') ? 'http:' : 'https:');
      for (const h of e.redirectHosts ?? []) expect(h).toMatch(/^[a-z0-9.-]+$/u);
    }
  });

  it('gives each architecture its own Ubuntu hosts', () => {
    const hosts = (arch: 'x64' | 'arm64') => endpointsFor(arch).map((e) => new URL(e.url).hostname);
    expect(hosts('x64')).toEqual(expect.arrayContaining(['archive.ubuntu.com', 'security.ubuntu.com', 'releases.ubuntu.com']));
    expect(hosts('x64')).not.toContain('ports.ubuntu.com');
    expect(hosts('arm64')).toEqual(expect.arrayContaining(['ports.ubuntu.com', 'cdimages.ubuntu.com']));
    expect(hosts('arm64')).not.toContain('archive.ubuntu.com');
    expect(endpointsFor(null)).toHaveLength(NETWORK_ENDPOINTS.length);
  });
});
