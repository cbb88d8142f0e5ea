// The broker as a child process for the tests: the real runBroker() with the test steps.
// BROKER_TEST_IDENTITY (JSON) makes it claim another account (over-the-shoulder elevation);
// BROKER_TEST_PID_FILE receives its pid, so a test can kill it mid-run.
import { writeFileSync } from 'node:fs';

const { register } = await import('tsx/esm/api');
register();
const { runBroker } = await import(new URL('../../../electron/broker/broker-main.ts', import.meta.url).href);
const { findTestStep } = await import(new URL('./test-steps.ts', import.meta.url).href);

if (process.env.BROKER_TEST_PID_FILE) writeFileSync(process.env.BROKER_TEST_PID_FILE, String(process.pid));
const claimed = process.env.BROKER_TEST_IDENTITY;
const options = { findStep: findTestStep, ...(claimed ? { identity: () => Promise.resolve(JSON.parse(claimed)) } : {}) };
// Exit even if a library left a handle open: the session is over.
process.exit(await runBroker(process.argv.slice(2), options));
