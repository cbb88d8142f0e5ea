import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyOutput } from '../../../../electron/host/outcome/classify.js';
import { EXPLAIN_TOOLS } from '../../../../electron/host/outcome/rules.js';

/**
 * Bad input (issue #14): a clear answer, never a crash. No timing is asserted here (the bench
 * measures time); the sizes are the issue's.
 */

const runs = Number(process.env.FUZZ_RUNS ?? 200);

describe('explain on bad input', () => {
  it('a 10 MB paste of noise is unknown', () => {
    const big = 'progress 42% [=====>      ] downloading\n'.repeat(256 * 1024);
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(classifyOutput({ tool: 'auto', output: big }).outcome).toBe('unknown');
  });

  it('a 10 MB paste still finds the failure at its end', () => {
    const big = `${'Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]\n'.repeat(160 * 1024)}E: Unable to locate package cuda\n`;
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(classifyOutput({ tool: 'auto', output: big }).cause).toBe('package-not-found');
    // The same as bytes, in UTF-16LE (20 MB): the host decoder reads only a prefix, the classifier keeps the tail.
    expect(classifyOutput({ tool: 'auto', output: new Uint8Array(Buffer.from(big, 'utf16le')) }).cause).toBe('package-not-found');
  });

  it('binary bytes, an empty input, a lone surrogate and 100,000 lines of one character are unknown', () => {
    const binary = new Uint8Array(64 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    for (const output of [binary, new Uint8Array(0), '', '\ud800', 'E: \udfff lone', 'x\n'.repeat(100_000), 'x'.repeat(100_000)]) {
      const got = classifyOutput({ tool: 'auto', output });
      expect(got.outcome).toBe('unknown');
      expect(got.cause).toBeNull();
    }
  });

  it('no input makes it throw, and decoding then classifying is deterministic', () => {
    const input = fc.record({
      tool: fc.constantFrom('auto' as const, ...EXPLAIN_TOOLS),
      exitCode: fc.option(fc.integer({ min: -2_147_483_648, max: 4_294_967_295 }), { nil: undefined }),
      output: fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
    });
    fc.assert(
      fc.property(input, (i) => {
        const a = classifyOutput(i);
        const b = classifyOutput(i);
        expect(b).toEqual(a);
        expect(['ok', 'already', 'reboot-required', 'retryable', 'failed', 'blocked', 'unknown']).toContain(a.outcome);
        expect(a.cause === null).toBe(a.outcome === 'unknown');
      }),
      { numRuns: runs },
    );
  });

  it('real failure lines inside random noise are never a wrong outcome: found, or unknown', () => {
    const line = fc.constantFrom('E: Unable to locate package cuda', 'error: externally-managed-environment', 'Error code: Wsl/InstallDistro/E_ACCESSDENIED', 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?');
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }), line, (noise, l) => {
        const got = classifyOutput({ tool: 'auto', output: [...noise, l].join('\n') });
        expect(['failed', 'unknown']).toContain(got.outcome);
      }),
      { numRuns: runs },
    );
  });
});
