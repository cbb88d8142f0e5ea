import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { followWebContents } from '../../../electron/main/ipc/follow-web-contents.js';
import { ViewSubscription } from '../../../electron/main/ipc/view-subscription.js';

/** A host that counts live subscriptions (the engine flow-controls only while one exists). */
function countingHost() {
  const live = new Set<object>();
  return {
    live,
    subscribe: () => {
      const token = {};
      live.add(token);
      return () => void live.delete(token);
    },
  };
}

function setup() {
  const host = countingHost();
  const contents = new EventEmitter();
  const view = new ViewSubscription(host, () => {});
  const stop = followWebContents(contents, view);
  contents.emit('dom-ready');
  return { host, contents, view, stop };
}

describe('a page that goes away releases its subscription', () => {
  it.each([
    ['the window closes', 'destroyed', []],
    ['the renderer process dies', 'render-process-gone', [{}, { reason: 'crashed' }]],
    ['the page reloads or navigates', 'did-start-navigation', [{ isMainFrame: true, isSameDocument: false }]],
  ] as const)('%s', (_what, event, args) => {
    const { host, contents, view } = setup();
    expect(host.live.size).toBe(1);
    contents.emit(event, ...args);
    expect(host.live.size).toBe(0);
    expect(view.attached).toBe(false);
  });

  it('in-page and subframe navigations keep the page subscribed', () => {
    const { host, contents } = setup();
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    expect(host.live.size).toBe(1);
  });

  it('each loaded page holds exactly one subscription, and stopping releases it', () => {
    const { host, contents, stop } = setup();
    // A second dom-ready is a new document: it replaces the old subscription, never adds one.
    contents.emit('dom-ready');
    expect(host.live.size).toBe(1);
    stop();
    expect(host.live.size).toBe(0);
    expect(contents.listenerCount('dom-ready')).toBe(0);
  });
});
