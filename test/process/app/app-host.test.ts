import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppHost } from '../../../electron/app/create-app-host.js';
import { INVOKE_CHANNELS } from '../../../electron/contract/channels.js';
import { schemas } from '../../../electron/contract/schemas.js';
import { scenarios } from '../../fakes/scenarios.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';

// The contract host is what both Electron's router and the test bridge call: every argument is
// validated before a handler runs, and nothing the renderer sends can name a command line.
const fake = makeFakeSystemRoot(scenarios.healthyEnglish);
const host = createAppHost({ env: { ...process.env, ...fake.env } });
afterAll(async () => {
  await host.dispose();
  fake.dispose();
});

describe('contract host', () => {
  it('refuses unknown channels and invalid arguments without running a handler', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...INVOKE_CHANNELS), fc.array(fc.oneof(fc.anything(), fc.constant({ stepId: '--update' }), fc.constant({ stepId: 'wsl.update', argv: ['x'] })), { minLength: 1, maxLength: 3 }), async (channel, args) => {
        // The property is about what the schema refuses: a generated value that happens to be a
        // valid call (`setup:resume` with `{}`, whose password is optional) is not one of them.
        if (schemas[channel].safeParse(args).success) return;
        const r = await host.invoke(channel, args);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('invalid-argument');
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
    expect(await host.invoke('shell:exec', ['rm -rf /'])).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await host.invoke('step:start', [{ stepId: 'no.such-step' }])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await host.invoke('engine:get', [])) as { ok: boolean; value: { activeRun: unknown } }).toMatchObject({ ok: true, value: { activeRun: null } });
    expect(fake.calls().filter((c) => c.args.includes('--update'))).toEqual([]);
  });

  it('answers app:info and checks:run with typed results', async () => {
    expect(await host.invoke('app:info', [])).toMatchObject({ ok: true, value: { platform: 'windows', simulated: true } });
    const report = await host.invoke('checks:run', []);
    expect(report).toMatchObject({ ok: true, value: { schema: 'wsl-gpu-setup/diagnose@1' } });
  });
});
