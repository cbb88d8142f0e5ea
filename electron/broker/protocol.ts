import { z } from 'zod';

/**
 * The wire format between the unelevated main process (pipe server) and the elevated broker
 * (pipe client): newline-delimited JSON, one frame per line, every frame checked with a strict
 * zod schema on arrival on both sides. Unknown frame types, unknown keys, oversized lines,
 * invalid UTF-8 and invalid JSON are protocol violations: the receiver drops the connection.
 *
 * There is no frame that carries argv, a file path or an environment: main names a step, one of
 * its commands and the params, and the broker builds the command itself (see run-request.ts).
 */

/** The protocol this build speaks; a broker from another build is refused with a clear reason. */
export const BROKER_PROTOCOL = 1;

/** Largest frame either side accepts, newline excluded. */
export const MAX_FRAME_BYTES = 1024 * 1024;

/**
 * Output is cut into frames of at most this many characters. JSON escapes a control character
 * as six characters (`\u001b`), so even all-escape output stays far below MAX_FRAME_BYTES.
 */
export const MAX_OUTPUT_CHARS_PER_FRAME = 64 * 1024;

/** The per-launch secret: 32 random bytes, lowercase hex. */
export const secretSchema = z.string().regex(/^[0-9a-f]{64}$/u);

const requestId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/u);
const shortId = z.string().min(1).max(128);

/** Who the broker runs as: `sid` on Windows when known, `uid` on POSIX. */
export const identitySchema = z.strictObject({
  user: z.string().min(1).max(256),
  sid: z
    .string()
    .regex(/^S-1-\d+(-\d+){1,14}$/u)
    .nullable(),
  uid: z.number().int().min(0).max(0xffffffff).nullable(),
});
export type Identity = z.infer<typeof identitySchema>;

/** Why a run was refused before anything started (`bad-request`: main's own check of its frame). */
export const REFUSAL_CODES = ['bad-request', 'unknown-step', 'not-admin', 'wrong-platform', 'unknown-command', 'stdin-unsupported', 'invalid-params', 'build-failed', 'duplicate-request'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

const helloFrame = z.strictObject({ type: z.literal('hello'), secret: secretSchema, protocol: z.number().int(), identity: identitySchema });
const outputFrame = z.strictObject({ type: z.literal('output'), requestId, data: z.string() });
const exitFrame = z.strictObject({
  type: z.literal('exit'),
  requestId,
  exitCode: z.number().int().nullable(),
  tail: z.string().max(64 * 1024),
  durationMs: z.number().min(0),
  launchError: z.string().max(4096).nullable(),
  stoppedBy: z.enum(['cancelled', 'timeout', 'idle-timeout']).nullable(),
});
const errorFrame = z.strictObject({ type: z.literal('error'), requestId: requestId.nullable(), code: z.enum(REFUSAL_CODES), message: z.string().max(4096) });

const runFrame = z.strictObject({ type: z.literal('run'), requestId, stepId: shortId, commandId: shortId, params: z.record(z.string(), z.unknown()) });
const cancelFrame = z.strictObject({ type: z.literal('cancel'), requestId });
const closeFrame = z.strictObject({ type: z.literal('close') });

/** Frames the broker sends to main. */
export const brokerFrameSchema = z.discriminatedUnion('type', [helloFrame, outputFrame, exitFrame, errorFrame]);
export type BrokerFrame = z.infer<typeof brokerFrameSchema>;

/** Frames main sends to the broker. */
export const mainFrameSchema = z.discriminatedUnion('type', [runFrame, cancelFrame, closeFrame]);
export type MainFrame = z.infer<typeof mainFrameSchema>;

export type HelloFrame = z.infer<typeof helloFrame>;
export type RunFrame = z.infer<typeof runFrame>;
export type ExitFrame = z.infer<typeof exitFrame>;

/** One frame as the bytes to write. */
export function encodeFrame(frame: BrokerFrame | MainFrame): string {
  return `${JSON.stringify(frame)}\n`;
}

/**
 * Cuts output into frame-sized pieces without splitting a UTF-16 surrogate pair, so each piece
 * is valid text on its own.
 */
export function splitOutput(data: string, max: number = MAX_OUTPUT_CHARS_PER_FRAME): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < data.length) {
    let end = Math.min(start + max, data.length);
    const last = data.charCodeAt(end - 1);
    if (end < data.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(data.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Why a byte stream stopped being a valid frame stream. */
export type FrameViolation = { kind: 'oversized' } | { kind: 'not-utf8' } | { kind: 'not-json' } | { kind: 'invalid'; detail: string };

/**
 * Splits a byte stream into lines and checks each against `schema`. After the first violation
 * it delivers nothing more: the caller drops the connection.
 */
export class FrameReader<T> {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private broken = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly schema: z.ZodType<T>,
    private readonly onFrame: (frame: T) => void,
    private readonly onViolation: (violation: FrameViolation) => void,
    private readonly maxBytes: number = MAX_FRAME_BYTES,
  ) {}

  /** Feeds received bytes. */
  push(chunk: Buffer): void {
    let rest = chunk;
    while (!this.broken) {
      const newline = rest.indexOf(0x0a);
      if (newline < 0) {
        this.pending.push(rest);
        this.pendingBytes += rest.length;
        if (this.pendingBytes > this.maxBytes) this.fail({ kind: 'oversized' });
        return;
      }
      const line = Buffer.concat([...this.pending, rest.subarray(0, newline)]);
      this.pending = [];
      this.pendingBytes = 0;
      rest = rest.subarray(newline + 1);
      if (line.length > this.maxBytes) return this.fail({ kind: 'oversized' });
      this.line(line);
    }
  }

  private line(bytes: Buffer): void {
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      return this.fail({ kind: 'not-utf8' });
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.fail({ kind: 'not-json' });
    }
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) return this.fail({ kind: 'invalid', detail: issuesSummary(parsed.error) });
    this.onFrame(parsed.data);
  }

  private fail(violation: FrameViolation): void {
    this.broken = true;
    this.pending = [];
    this.onViolation(violation);
  }
}

/** Where and what failed, without echoing the values (they may be hostile or huge). */
export function issuesSummary(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`)
    .join('; ');
}
