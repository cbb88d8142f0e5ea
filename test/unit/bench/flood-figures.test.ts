import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type ThroughputFigure, inOrderText, ratioText, throughputText } from '../../bench/figures.js';
import { createFloodVerifier, type FloodVerdict, floodShellArgs } from '../../bench/flood-source.js';

const BYTES = 200_003;

/** The flood as a pty delivers it: the program's output with every LF turned into CRLF. */
function floodThroughPty(bytes: number): string {
  const r = spawnSync('/bin/sh', floodShellArgs(bytes), { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.status).toBe(0);
  expect(Buffer.byteLength(r.stdout)).toBe(bytes);
  return r.stdout.replace(/\n/g, '\r\n');
}

function verify(pieces: string[]): FloodVerdict {
  const v = createFloodVerifier(BYTES);
  for (const p of pieces) v.push(p);
  return v.result();
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('bench flood verifier', () => {
  const stream = floodThroughPty(BYTES);

  it('accepts the whole flood in order, however it is cut', () => {
    for (const size of [1, 61, 4096, 65_537]) {
      const v = verify(chunks(stream, size));
      expect(v).toEqual({ inOrder: true, chars: stream.length, expectedChars: BYTES + Math.floor(BYTES / 60), error: null });
    }
  });

  it('rejects two pieces swapped, even though every byte arrived', () => {
    const c = chunks(stream, 5_000);
    [c[3], c[4]] = [c[4]!, c[3]!];
    const v = verify(c);
    expect(v.inOrder).toBe(false);
    expect(v.chars).toBe(stream.length);
    expect(v.error).toMatch(/^char 15000 /);
  });

  it('rejects a lost tail, a lost middle piece, a repeated piece and extra output', () => {
    expect(verify([stream.slice(0, -1)]).inOrder).toBe(false);
    expect(verify([stream.slice(0, 1000), stream.slice(1061)]).inOrder).toBe(false);
    expect(verify([stream.slice(0, 1220), stream.slice(1159)]).inOrder).toBe(false);
    expect(verify([stream, '\r\n']).error).toMatch(/arrived|got/);
  });

  it('rejects output with bare LF line ends (not what a pty delivers)', () => {
    expect(verify([stream.replace(/\r\n/g, '\n')]).inOrder).toBe(false);
  });
});

describe('bench figures', () => {
  const ok: FloodVerdict = { inOrder: true, chars: 50_833_333, expectedChars: 50_833_333, error: null };
  const short: FloodVerdict = { inOrder: false, chars: 50_823_333, expectedChars: 50_833_333, error: '50823333 chars arrived, 50833333 expected' };
  const run = (sourceBytes: number, mbPerSec: number, verdict: FloodVerdict): ThroughputFigure => ({ sourceBytes, mbPerSec, verdict });

  it('prints a throughput figure only for a run whose flood arrived whole and in order', () => {
    expect(throughputText(run(50e6, 42.04, ok))).toBe('42.0 MB/s');
    expect(throughputText(run(50e6, 42.04, short))).toBe('INVALID');
    expect(inOrderText(50e6, ok)).toBe('in order: yes (50000000 bytes → 50833333 chars)');
    expect(inOrderText(50e6, short)).toBe('in order: NO — 50823333 chars arrived, 50833333 expected');
  });

  it('gives a ratio only between valid runs of the same flood size', () => {
    expect(ratioText(run(50e6, 10, ok), run(50e6, 40, ok))).toBe('0.25');
    expect(ratioText(run(50e6, 10, ok), run(200e6, 40, ok))).toBe('none: sizes differ (50 MB vs 200 MB)');
    expect(ratioText(run(50e6, 10, ok), run(50e6, 40, short))).toBe('none: a run is INVALID');
  });
});
