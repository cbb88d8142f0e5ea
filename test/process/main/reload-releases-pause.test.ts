import { EventEmitter } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppHost } from '../../../electron/app/create-app-host.js';
import { HIGH_WATERMARK_CHARS } from '../../../electron/contract/flow.js';
import type { RunExitEvent, RunOutputEvent } from '../../../electron/contract/run.js';
import { registerIpc } from '../../../electron/main/ipc/router.js';
import { floodShellArgs } from '../../bench/flood-source.js';
import { healthyScenario } from '../../browser/scenarios.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';
import { floodCharsThroughPty } from '../runner/flood-check.js';

// The Electron router with a real app host: a user-level pty step (`wsl --set-default-version 2`,
// flow-controlled by the view's acks) floods far more than the flow window, the first page never
// acks, the window reloads, and the run must still finish for the page that loaded next.
const FLOOD_BYTES = 3_000_000;
const RENDERER_URL = new URL('file:///app/index.html');
const fakes = makeFakeSystemRoot({
  'wsl.exe': [...(healthyScenario()['wsl.exe'] ?? []), { args: ['--set-default-version', '2'], program: { file: '/bin/sh', args: floodShellArgs(FLOOD_BYTES) }, exitCode: 0 }],
});
const host = createAppHost({ env: { ...process.env, ...fakes.env } });
afterAll(async () => {
  await host.dispose();
  fakes.dispose();
});

type Page = (channel: string, payload: unknown) => void;

/** Electron's WebContents as the router sees it: page events, and `send` into the page loaded now. */
class FakeContents extends EventEmitter {
  readonly id = 7;
  page: Page = () => {};
  isDestroyed(): boolean {
    return false;
  }
  send(channel: string, payload: unknown): void {
    this.page(channel, payload);
  }
}

/** ipcMain's handlers and send listeners, called the way Electron calls them. */
function fakeIpcMain() {
  const handlers = new Map<string, (e: unknown, ...args: unknown[]) => Promise<unknown>>();
  const listeners = new Map<string, (e: unknown, ...args: unknown[]) => void>();
  const ours = { sender: { id: 7 }, senderFrame: { url: RENDERER_URL.href, parent: null } };
  return {
    ipc: {
      handle: (c: string, h: (e: unknown, ...a: unknown[]) => Promise<unknown>) => void handlers.set(c, h),
      on: (c: string, l: (e: unknown, ...a: unknown[]) => void) => void listeners.set(c, l),
      removeHandler: (c: string) => void handlers.delete(c),
      removeAllListeners: (c: string) => void listeners.delete(c),
    },
    invoke: (channel: string, ...args: unknown[]) => handlers.get(channel)?.(ours, ...args),
    send: (channel: string, ...args: unknown[]) => listeners.get(channel)?.(ours, ...args),
  };
}

describe('the router releases a paused run when its page goes', () => {
  it('a reload while flow control holds the pty: the run finishes for the next page', async () => {
    const contents = new FakeContents();
    const ipc = fakeIpcMain();
    const dispose = registerIpc(ipc.ipc as never, host, contents, RENDERER_URL);
    try {
      // Page 1 loads, starts the step, and never acknowledges anything (it is about to reload).
      let firstPageChars = 0;
      const held = new Promise<void>((resolve) => {
        contents.page = (channel, payload) => {
          if (channel !== 'run:output') return;
          firstPageChars += (payload as RunOutputEvent).data.length;
          // More than the window unacknowledged: the runner has paused the pty.
          if (firstPageChars > HIGH_WATERMARK_CHARS) resolve();
        };
      });
      contents.emit('dom-ready');
      const started = (await ipc.invoke('step:start', { stepId: 'wsl.default-version' })) as { ok: boolean; value: { runId: string } };
      expect(started.ok).toBe(true);
      await held;

      // The reload: the main frame starts a new document, then the new page is ready. Page 2 acks
      // every batch the way the terminal does once xterm drew it.
      let secondPageChars = 0;
      const exited = new Promise<RunExitEvent>((resolve) => {
        contents.page = (channel, payload) => {
          if (channel === 'run:exit') resolve(payload as RunExitEvent);
          if (channel !== 'run:output') return;
          const { runId, data } = payload as RunOutputEvent;
          secondPageChars += data.length;
          ipc.send('run:ack', { runId, chars: data.length });
        };
      });
      contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
      contents.emit('dom-ready');
      const exit = await exited;

      expect(exit).toMatchObject({ runId: started.value.runId, stepId: 'wsl.default-version', exitCode: 0 });
      // Page 1 really was held short of the flood, and the two pages together saw all of it.
      expect(firstPageChars).toBeLessThan(floodCharsThroughPty(FLOOD_BYTES));
      expect(firstPageChars + secondPageChars).toBe(floodCharsThroughPty(FLOOD_BYTES));
    } finally {
      dispose();
    }
  }, 60_000);
});
