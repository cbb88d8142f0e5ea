import type net from 'node:net';
import type { z } from 'zod';
import { encodeFrame, FrameReader, type BrokerFrame, type MainFrame } from './protocol.js';

/**
 * A socket carrying frames: incoming bytes are split and validated, and the first protocol
 * violation or the socket closing ends it, reported once through `onGone`. Frames that arrive
 * while nobody is attached are held, so a connection can change hands (hello gate → session)
 * without losing one.
 */
export class FrameConnection<In> {
  private onFrame: ((frame: In) => void) | null = null;
  private onGone: ((why: string) => void) | null = null;
  private readonly held: In[] = [];
  private gone: string | null = null;

  constructor(
    private readonly socket: net.Socket,
    schema: z.ZodType<In>,
  ) {
    const reader = new FrameReader<In>(
      schema,
      (frame) => this.deliver(frame),
      (violation) => this.finish(`bad frame (${violation.kind}${violation.kind === 'invalid' ? `: ${violation.detail}` : ''})`),
    );
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    socket.on('error', (error) => this.finish(`connection error: ${error.message}`));
    socket.on('close', () => this.finish('connection closed'));
  }

  /** Starts delivering frames (held ones first). */
  attach(onFrame: (frame: In) => void, onGone: (why: string) => void): void {
    this.onFrame = onFrame;
    this.onGone = onGone;
    while (this.onFrame === onFrame && this.held.length > 0) onFrame(this.held.shift() as In);
    if (this.gone !== null) onGone(this.gone);
  }

  /** Holds frames until the next `attach`. */
  detach(): void {
    this.onFrame = null;
    this.onGone = null;
  }

  /** Writes a frame; `written` runs once it left (or could not: the socket is gone). */
  send(frame: BrokerFrame | MainFrame, written?: () => void): void {
    if (this.gone !== null || !this.socket.writable) {
      written?.();
      return;
    }
    this.socket.write(encodeFrame(frame), () => written?.());
  }

  /** Ends the connection politely once pending writes are out. */
  end(): void {
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
    this.finish('connection dropped');
  }

  /** Resolves when the socket has closed. */
  closed(): Promise<void> {
    if (this.socket.closed) return Promise.resolve();
    return new Promise((resolve) => this.socket.once('close', () => resolve()));
  }

  private deliver(frame: In): void {
    if (this.gone !== null) return;
    if (this.onFrame) this.onFrame(frame);
    else this.held.push(frame);
  }

  private finish(why: string): void {
    if (this.gone !== null) return;
    this.gone = why;
    // A violation leaves the socket open: drop it so nothing more is read or written.
    this.socket.destroy();
    this.onGone?.(why);
  }
}
