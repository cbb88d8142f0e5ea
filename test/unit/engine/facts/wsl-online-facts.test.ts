import { describe, expect, it } from 'vitest';
import { wslFactsFrom } from '../../../../electron/engine/facts/wsl-facts.js';
import type { Capture } from '../../../../electron/engine/model.js';

// The error's shape is wsl.exe's own (the real paste ../shared/fixtures/real-outputs/wsl-distro-install/04.txt,
// "A connection with the server could not be established / Error code: Wsl/…/WININET_E_CANNOT_CONNECT").
const capture = (probe: string, exitCode: number, text: string): Capture => ({
  probe,
  argv: ['wsl.exe'],
  exitCode,
  stdout: Buffer.from(text, 'utf16le'),
  stderr: Buffer.alloc(0),
  encoding: 'utf-16le',
  durationMs: 1,
  launchError: null,
});

describe('facts.wsl: `wsl --list --online` stays apart from the local answers', () => {
  it('a download error of --list --online is onlineError, never error', () => {
    const online = capture('wsl.list-online', -1, 'A connection with the server could not be established\r\nError code: Wsl/WININET_E_CANNOT_CONNECT\r\n');
    const facts = wslFactsFrom(new Map([['wsl.list-online', online]]));
    expect(facts?.error).toBeNull();
    expect(facts?.onlineError?.code).toBe('Wsl/WININET_E_CANNOT_CONNECT');
  });

  it('an online failure without a recognised token records nothing', () => {
    const online = capture('wsl.list-online', 1, 'something went wrong\r\n');
    const facts = wslFactsFrom(new Map([['wsl.list-online', online]]));
    expect(facts?.onlineError).toBeNull();
  });
});
