import { describe, expect, it } from 'vitest';
import { brokerFrameSchema, encodeFrame, FrameReader, mainFrameSchema, MAX_FRAME_BYTES, splitOutput, type FrameViolation, type MainFrame } from '../../../electron/broker/protocol.js';

function reader() {
  const frames: MainFrame[] = [];
  const violations: FrameViolation[] = [];
  const r = new FrameReader(mainFrameSchema, (f) => frames.push(f), (v) => violations.push(v));
  return { r, frames, violations };
}

const run: MainFrame = { type: 'run', requestId: 'a-1', stepId: 'wsl.update', commandId: 'update', params: { x: 1 } };

describe('FrameReader', () => {
  it('reassembles frames split anywhere, and several in one chunk', () => {
    const { r, frames, violations } = reader();
    const bytes = Buffer.from(encodeFrame(run) + encodeFrame({ type: 'cancel', requestId: 'a-1' }) + encodeFrame({ type: 'close' }));
    for (let i = 0; i < bytes.length; i += 7) r.push(bytes.subarray(i, i + 7));
    expect(frames).toEqual([run, { type: 'cancel', requestId: 'a-1' }, { type: 'close' }]);
    expect(violations).toEqual([]);
  });

  it.each([
    ['an unknown frame type', '{"type":"exec","argv":["cmd.exe","/c","calc"]}\n', 'invalid'],
    ['an unknown key', '{"type":"close","argv":["x"]}\n', 'invalid'],
    ['a run with argv instead of ids', '{"type":"run","requestId":"r","file":"C:/x.exe","args":[]}\n', 'invalid'],
    ['a request id with odd characters', '{"type":"cancel","requestId":"../x"}\n', 'invalid'],
    ['text that is not JSON', 'hello\n', 'not-json'],
  ])('rejects %s', (_name, line, kind) => {
    const { r, frames, violations } = reader();
    r.push(Buffer.from(line));
    expect(frames).toEqual([]);
    expect(violations.map((v) => v.kind)).toEqual([kind]);
  });

  it('rejects bytes that are not UTF-8', () => {
    const { r, violations } = reader();
    r.push(Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]));
    expect(violations.map((v) => v.kind)).toEqual(['not-utf8']);
  });

  it('gives up on a line longer than the cap before its newline arrives, and then delivers nothing', () => {
    const { r, frames, violations } = reader();
    r.push(Buffer.alloc(MAX_FRAME_BYTES, 0x20));
    expect(violations).toEqual([]);
    r.push(Buffer.from('  '));
    expect(violations.map((v) => v.kind)).toEqual(['oversized']);
    r.push(Buffer.from('\n' + encodeFrame({ type: 'close' })));
    expect(frames).toEqual([]);
    expect(violations).toHaveLength(1);
  });

  it('checks broker frames with their own schema (a hello needs a 64-hex secret)', () => {
    const ok = brokerFrameSchema.safeParse({ type: 'hello', secret: 'a'.repeat(64), protocol: 1, identity: { user: 'u', sid: null, uid: 1000 } });
    const bad = brokerFrameSchema.safeParse({ type: 'hello', secret: 'A'.repeat(64), protocol: 1, identity: { user: 'u', sid: null, uid: 1000 } });
    expect([ok.success, bad.success]).toEqual([true, false]);
  });
});

describe('splitOutput', () => {
  it('cuts long output into pieces that join back exactly and never split a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(10)}`;
    const pieces = splitOutput(text, 10);
    expect(pieces.join('')).toBe(text);
    expect(pieces[0]).toBe('a'.repeat(9));
    expect(pieces.every((p) => p.length <= 10 && !/[\ud800-\udbff]$/u.test(p))).toBe(true);
  });

  it('keeps even all-escape output of a maximal piece under the frame cap', () => {
    const [piece] = splitOutput('\u001b'.repeat(200_000));
    const frame = encodeFrame({ type: 'output', requestId: 'r', data: piece ?? '' });
    expect(Buffer.byteLength(frame)).toBeLessThan(MAX_FRAME_BYTES);
  });
});
