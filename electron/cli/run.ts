import { createInterface } from 'node:readline';
import { runCli } from './main.js';

// Process wrapper: real argv, env and streams; the exit code is set, not forced, so output flushes.
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: {
    isTTY: process.stdin.isTTY === true,
    readLine: () =>
      new Promise((resolve) => {
        const rl = createInterface({ input: process.stdin });
        rl.once('line', (line) => (rl.close(), resolve(line)));
        rl.once('close', () => resolve(''));
      }),
    readAll: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  },
});
