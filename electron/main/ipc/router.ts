import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventChannel, EventChannels } from '../../contract/channels.js';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../contract/channels.js';
import { fail } from '../../contract/errors.js';
import type { AppHost } from '../../app/app-host.js';
import { isTrustedSender } from './sender-guard.js';

/**
 * Wires the contract host to Electron IPC. Channels are registered from the map by name only;
 * every message passes the sender guard, then the host validates its arguments.
 */
export function registerIpc(ipcMain: IpcMain, host: AppHost, target: () => WebContents | null, rendererUrl: URL): () => void {
  const trusted = (e: IpcMainInvokeEvent | IpcMainEvent) => isTrustedSender(e, target()?.id ?? null, rendererUrl);
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
  const unsubscribe = host.subscribe(<C extends EventChannel>(channel: C, payload: EventChannels[C]) => {
    const wc = target();
    if (wc && !wc.isDestroyed()) wc.send(channel, payload);
  });
  return () => {
    unsubscribe();
    for (const c of INVOKE_CHANNELS) ipcMain.removeHandler(c);
    for (const c of SEND_CHANNELS) ipcMain.removeAllListeners(c);
  };
}
