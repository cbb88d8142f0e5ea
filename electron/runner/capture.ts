/** Default cap on each captured stream of an exec run. */
export const MAX_CAPTURE_BYTES = 16 * 1024 * 1024;

/**
 * Collects a stream's raw bytes up to a cap. Past the cap, bytes are counted and dropped (the
 * stream is still drained, so the child never blocks on a full pipe) and `truncated` is set.
 */
export class CappedCapture {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private seen = 0;

  constructor(private readonly maxBytes: number = MAX_CAPTURE_BYTES) {}

  /** Adds a chunk, keeping only what fits under the cap. */
  push(chunk: Buffer): void {
    this.seen += chunk.length;
    const room = this.maxBytes - this.kept;
    if (room <= 0) return;
    const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
    this.chunks.push(part);
    this.kept += part.length;
  }

  /** True once any byte was dropped. */
  get truncated(): boolean {
    return this.seen > this.kept;
  }

  /** Total bytes the stream produced, kept or not. */
  get totalBytes(): number {
    return this.seen;
  }

  /** The kept bytes, byte-exact. */
  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.kept);
  }
}
