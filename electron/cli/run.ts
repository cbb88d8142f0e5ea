import { runCli } from './main.js';

// Process wrapper: real argv, env and streams; the exit code is set, not forced, so output flushes.
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
