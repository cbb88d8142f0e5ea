import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../../electron/contract/channels.js';
import { schemas } from '../../../electron/contract/schemas.js';

const runs = Number(process.env.FUZZ_RUNS ?? 500);

// Values an attacker-controlled renderer could send: wrong types, extra keys, prototype keys,
// huge strings, NULs and lone surrogates.
const hostile = fc.oneof(
  fc.anything(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.record({ stepId: fc.string({ unit: 'binary', maxLength: 80 }) }),
  fc.record({ runId: fc.string({ maxLength: 40 }), chars: fc.oneof(fc.double(), fc.integer()) }),
  fc.constantFrom({ ['__proto__']: { polluted: true } }, { constructor: 'x' }, { stepId: 'wsl.update', extra: 1 }, { stepId: '-rf' }, { stepId: 'a'.repeat(10_000_000) }, { stepId: 'wsl.update\u0000' }, { stepId: '\ud800' }),
);

describe('IPC schemas', () => {
  it('covers exactly the invoke and send channels', () => {
    expect(Object.keys(schemas).sort()).toEqual([...INVOKE_CHANNELS, ...SEND_CHANNELS].sort());
  });

  it('accepts well-formed arguments', () => {
    expect(schemas['step:start'].safeParse([{ stepId: 'wsl.update' }]).success).toBe(true);
    expect(schemas['run:cancel'].safeParse([{ runId: 'run-12' }]).success).toBe(true);
    expect(schemas['run:ack'].safeParse([{ runId: 'run-1', chars: 5000 }]).success).toBe(true);
    expect(schemas['checks:run'].safeParse([]).success).toBe(true);
  });

  it('rejects command-line-like and hostile values for every channel', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INVOKE_CHANNELS, ...SEND_CHANNELS), fc.array(hostile, { maxLength: 3 }), (channel, args) => {
        const r = schemas[channel].safeParse(args);
        if (!r.success) return;
        // Whatever passes must be one of the shapes above, with ids in their allow-listed form.
        const a = args[0] as Record<string, unknown> | undefined;
        if (typeof a?.stepId === 'string') expect(a.stepId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/);
        if (typeof a?.runId === 'string') expect(a.runId).toMatch(/^run-\d+$/);
        if (a) expect(Object.keys(a).every((k) => ['stepId', 'runId', 'chars', 'cols', 'rows'].includes(k))).toBe(true);
      }),
      { numRuns: runs },
    );
    for (const bad of [[{ stepId: '-rf' }], [{ stepId: 'wsl.update', extra: 1 }], [{ stepId: 'a'.repeat(100) }], ['wsl.update'], [{ stepId: 'wsl.update' }, 'x']]) {
      expect(schemas['step:start'].safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
  });
});
