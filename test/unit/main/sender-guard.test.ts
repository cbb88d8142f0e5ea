import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/main/ipc/sender-guard.js';
import { secureWindowOptions } from '../../../electron/main/window-options.js';

const fileUrl = new URL('file:///opt/app/resources/app.asar/dist/renderer/index.html');
const ev = (id: number, url: string | null, parent: unknown = null) => ({ sender: { id }, senderFrame: url === null ? null : { url, parent } });

describe('isTrustedSender', () => {
  it('accepts only the main frame of our window at our renderer URL', () => {
    expect(isTrustedSender(ev(7, fileUrl.href), 7, fileUrl)).toBe(true);
    expect(isTrustedSender(ev(8, fileUrl.href), 7, fileUrl)).toBe(false); // another window
    expect(isTrustedSender(ev(7, fileUrl.href, {}), 7, fileUrl)).toBe(false); // a subframe
    expect(isTrustedSender(ev(7, null), 7, fileUrl)).toBe(false); // frame gone
    expect(isTrustedSender(ev(7, 'file:///tmp/evil.html'), 7, fileUrl)).toBe(false); // another file
    expect(isTrustedSender(ev(7, 'https://example.com/'), 7, fileUrl)).toBe(false); // another origin
    expect(isTrustedSender(ev(7, 'not a url'), 7, fileUrl)).toBe(false);
    expect(isTrustedSender(ev(7, fileUrl.href), null, fileUrl)).toBe(false); // no window yet
  });

  it('compares origins for a dev-server URL', () => {
    const dev = new URL('http://localhost:5173/');
    expect(isTrustedSender(ev(1, 'http://localhost:5173/index.html'), 1, dev)).toBe(true);
    expect(isTrustedSender(ev(1, 'http://localhost:5174/'), 1, dev)).toBe(false);
  });
});

describe('secureWindowOptions', () => {
  it('hardens every window', () => {
    const wp = secureWindowOptions('/p/preload.cjs').webPreferences;
    expect(wp).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/p/preload.cjs' });
  });
});
