import { describe, expect, it } from 'vitest';
import {
  distroProbeCommand,
  isValidProbePython,
  localProbeCommand,
  PROBE_BENCH_TIMEOUT_MS,
  PROBE_TIMEOUT_MS,
  probeScriptArgs,
} from '../../../../electron/host/distro/commands.js';
import { toDistroName, type DistroName } from '../../../../electron/host/distro/distro-name.js';

const WSL = 'C:\\Windows\\System32\\wsl.exe';
const ubuntu = toDistroName('Ubuntu-24.04') as DistroName;

describe('distroProbeCommand', () => {
  it('starts /bin/sh -s through --exec as root, the distro as its own argv element', () => {
    const spec = distroProbeCommand(WSL, ubuntu, { bench: false });
    expect(spec.file).toBe(WSL);
    expect(spec.args).toEqual(['-d', 'Ubuntu-24.04', '-u', 'root', '--exec', '/bin/sh', '-s', '--']);
    expect(spec).toMatchObject({ encoding: 'utf-8', timeoutMs: PROBE_TIMEOUT_MS, label: 'distro.probe' });
    expect(spec.env).toMatchObject({ WSL_UTF8: '1' });
  });

  it('passes --bench as a positional argument after `-s --` and allows more time', () => {
    const spec = distroProbeCommand(WSL, ubuntu, { bench: true });
    expect(spec.args.slice(-4)).toEqual(['/bin/sh', '-s', '--', '--bench']);
    expect(spec.timeoutMs).toBe(PROBE_BENCH_TIMEOUT_MS);
  });

  it('never hands the command to the distro shell: --exec precedes the interpreter, no bare `--` before it', () => {
    for (const bench of [false, true]) {
      const args = distroProbeCommand(WSL, ubuntu, { bench }).args;
      const exec = args.indexOf('--exec');
      expect(exec).toBeGreaterThan(0);
      expect(args[exec + 1]).toBe('/bin/sh');
      expect(args.slice(0, exec)).not.toContain('--');
      expect(args.slice(0, exec)).not.toContain('-e');
      // The script is never in the argv.
      expect(args.join(' ')).not.toMatch(/python|PYTHON|exec "\$/);
    }
  });

  it('omits -d for the default distribution', () => {
    expect(distroProbeCommand(WSL, null, { bench: false }).args).toEqual(['-u', 'root', '--exec', '/bin/sh', '-s', '--']);
  });
});

describe('localProbeCommand', () => {
  it('runs the absolute /bin/sh with the script on stdin', () => {
    expect(localProbeCommand({ bench: false })).toMatchObject({ file: '/bin/sh', args: ['-s', '--'], timeoutMs: PROBE_TIMEOUT_MS, encoding: 'utf-8' });
    expect(localProbeCommand({ bench: true })).toMatchObject({ args: ['-s', '--', '--bench'], timeoutMs: PROBE_BENCH_TIMEOUT_MS });
  });
});

describe('the --python option', () => {
  it('passes a plain absolute interpreter path', () => {
    expect(probeScriptArgs({ bench: true, python: '/home/u/.venv/bin/python3' })).toEqual(['--bench', '--python', '/home/u/.venv/bin/python3']);
  });

  it.each(['python3', '-c', '/a b/python', '/x/../python3', '/x;rm', '/$(x)', '/tmp/py\n', ''])('drops %j', (path) => {
    expect(isValidProbePython(path)).toBe(false);
    expect(probeScriptArgs({ bench: false, python: path })).toEqual([]);
  });
});
