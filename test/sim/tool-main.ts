import { runTool } from './run-tool.js';

// Process entry of every simulated tool: `<entry> <machine folder> <tool> args…`.
const [dir, tool, ...args] = process.argv.slice(2);
if (dir === undefined || tool === undefined) {
  process.stderr.write('usage: <entry> <machine folder> <tool> args…\n');
  process.exitCode = 2;
} else {
  process.exitCode = await runTool(dir, tool, args);
}
