import type {
  AppApi,
  EventChannel,
  EventChannels,
  InvokeChannel,
  InvokeChannels,
  SendChannel,
  SendChannels,
} from '../../electron/contract/channels.js';
import { fail, type Result } from '../../electron/contract/errors.js';

/**
 * The only module that touches `window.app` (the preload in Electron, the WebSocket bridge in
 * browser tests). Everything else calls these functions and gets `Result`s, never exceptions.
 */

function api(): AppApi | null {
  return (globalThis as { app?: AppApi }).app ?? null;
}

/** Calls an invoke channel; a missing API or a transport failure becomes an `internal` error. */
export async function invoke<C extends InvokeChannel>(
  channel: C,
  ...args: InvokeChannels[C]['args']
): Promise<Result<InvokeChannels[C]['result']>> {
  const app = api();
  if (!app) return fail('internal', 'window.app is not available');
  try {
    return await app.invoke(channel, ...args);
  } catch (e) {
    return fail('internal', e instanceof Error ? e.message : String(e));
  }
}

/** Fire-and-forget send (acks). */
export function send<C extends SendChannel>(channel: C, ...args: SendChannels[C]['args']): void {
  api()?.send(channel, ...args);
}

/** Subscribes to an engine event; returns the unsubscribe function. */
export function on<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void {
  const app = api();
  if (!app) return () => {};
  return app.on(channel, listener);
}
