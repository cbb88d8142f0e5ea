import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { EventChannel, EventChannels } from '../../contract/channels.js';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../contract/channels.js';
import { fail } from '../../contract/errors.js';
import type { AppHost } from '../../app/app-host.js';
import { followWebContents, type PageEvents } from './follow-web-contents.js';
import { isTrustedSender } from './sender-guard.js';
import { ViewSubscription } from './view-subscription.js';

/** The window's web contents as the router uses them (Electron's WebContents; a fake in tests). */
export interface RouterContents extends PageEvents {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** The parts of ipcMain the router uses. */
export type RouterIpc = Pick<IpcMain, 'handle' | 'on' | 'removeHandler' | 'removeAllListeners'>;

/**
 * Wires the contract host to Electron IPC. Channels are registered from the map by name only;
 * every message passes the sender guard, then the host validates its arguments. Events go to
 * the page currently loaded in `contents`, subscribed per page load (see ViewSubscription), so
 * a reload or a closed window never leaves a run paused for acknowledgements that cannot come.
 */
export function registerIpc(ipcMain: RouterIpc, host: AppHost, contents: RouterContents, rendererUrl: URL): () => void {
  const trusted = (e: IpcMainInvokeEvent | IpcMainEvent) => isTrustedSender(e, contents.isDestroyed() ? null : contents.id, rendererUrl);
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (e, ...args: unknown[]) =>
      trusted(e) ? host.invoke(channel, args) : Promise.resolve(fail('forbidden-sender', 'IPC from an untrusted frame')),
    );
  }
  for (const channel of SEND_CHANNELS) {
    ipcMain.on(channel, (e, ...args: unknown[]) => {
      if (trusted(e)) host.send(channel, args);
    });
  }
  const view = new ViewSubscription(host, <C extends EventChannel>(channel: C, payload: EventChannels[C]) => {
    if (!contents.isDestroyed()) contents.send(channel, payload);
  });
  const stopFollowing = followWebContents(contents, view);
  return () => {
    stopFollowing();
    for (const c of INVOKE_CHANNELS) ipcMain.removeHandler(c);
    for (const c of SEND_CHANNELS) ipcMain.removeAllListeners(c);
  };
}
