import type { EventChannel, EventChannels, InvokeChannel, SendChannel } from '../contract/channels.js';
import type { Result } from '../contract/errors.js';

/**
 * The Electron-free host of the contract. Electron's main process wires it to `ipcMain`
 * (after checking the sender); the test bridge wires it to a WebSocket. Both paths validate
 * arguments the same way because validation happens here, not in the transport.
 */
export interface AppHost {
  /** Validates `args` against the channel's schema, runs the handler, wraps the outcome. */
  invoke(channel: string, args: unknown[]): Promise<Result<unknown>>;
  /** Fire-and-forget channels (acks). Invalid calls are dropped and logged. */
  send(channel: string, args: unknown[]): void;
  /** Subscribes to every event the engine emits. */
  subscribe(listener: <C extends EventChannel>(channel: C, payload: EventChannels[C]) => void): () => void;
  /** Stops runs and releases processes. */
  dispose(): Promise<void>;
}

export type { EventChannel, InvokeChannel, SendChannel };
