import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS_FILE, completeLines, readCalls } from '../../sim/state.js';

describe('the simulated PC call log, read while a tool appends to it', () => {
  it('a torn last line (no newline yet) is left for the next read, never parsed', () => {
    expect(completeLines('{"a":1}\n{"b":2}\n{"c":')).toEqual(['{"a":1}', '{"b":2}']);
    expect(completeLines('{"a":1}\n')).toEqual(['{"a":1}']);
    expect(completeLines('')).toEqual([]);
  });

  it('readCalls returns the complete calls of a file whose last write is half done', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-calls-'));
    try {
      const call = { tool: 'wsl.exe', args: ['--status'] };
      fs.writeFileSync(path.join(dir, CALLS_FILE), `${JSON.stringify(call)}\n{"tool":"wsl.exe","ar`);
      expect(readCalls(dir)).toEqual([call]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
