import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppApi, EventChannel } from '../contract/channels.js';
import { EVENT_CHANNELS, INVOKE_CHANNELS, SEND_CHANNELS } from '../contract/channels.js';
import { fail } from '../contract/errors.js';

// The only bridge between the page and the main process: a generic `window.app` built from the
// channel map. Nothing else is exposed (no ipcRenderer, no raw send, no event objects).
const invokable = new Set<string>(INVOKE_CHANNELS);
const sendable = new Set<string>(SEND_CHANNELS);
const events = new Set<string>(EVENT_CHANNELS);

const app: AppApi = {
  invoke: (channel, ...args) => {
    if (!invokable.has(channel)) return Promise.resolve(fail('unknown-channel', `no invoke channel ${channel}`));
    return ipcRenderer.invoke(channel, ...args);
  },
  send: (channel, ...args) => {
    if (sendable.has(channel)) ipcRenderer.send(channel, ...args);
  },
  on: (channel: EventChannel, listener: (payload: never) => void) => {
    if (!events.has(channel)) return () => {};
    // The event object stays here: handing it to the page would expose `sender` (ipcRenderer).
    const wrapped = (_e: IpcRendererEvent, ...args: unknown[]) => listener(args[0] as never);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('app', app);
