# WSL GPU Setup: in-distro GPU-chain collector (probeVersion 2; see README.md beside this file).
#
# Read from stdin by `/bin/sh -s -- [--bench] [--python P]` (or run as a file written by
# `wsl-gpu-setup probe-script --out FILE`: `sh FILE [--bench] [--python P]`), never written into a
# command string. The shell part only finds python3 and hands over to it; python3 (standard library
# only) runs every inner command with its own deadline and prints ONE JSON document on stdout.
# Diagnostics go to stderr. The python program is spliced in below by
# electron/host/distro/probe-script.ts (from the lib_*.py files, the child_*.py files and main.py
# of this folder).
#
# python3 is looked up in PATH only: a missing python3 is itself a finding, reported by the
# fallback document at the end of this file. `--python P` is deliberately not used to run the
# collector itself: P is usually a user's venv, writable by that user, and the collector runs as
# root; P only runs the framework children, as its owner (see lib_interpreters.py).
LC_ALL=C
LANG=C
export LC_ALL LANG
probe_python=$(command -v python3 2>/dev/null)
if [ -n "$probe_python" ] && [ -x "$probe_python" ]; then
  exec "$probe_python" - "$@" <<'__WSL_GPU_PROBE_PYTHON__'
@@PYTHON@@
__WSL_GPU_PROBE_PYTHON__
fi
# No python3: a minimal document built from shell builtins and fixed text only (no command
# output is embedded, so no escaping is needed). `uname` and `date` are optional.
probe_release=$(uname -r 2>/dev/null)
case "$probe_release" in
  *[Mm]icrosoft*) probe_target=wsl ;;
  *) probe_target=linux ;;
esac
probe_bench=false
for probe_arg in "$@"; do
  [ "$probe_arg" = --bench ] && probe_bench=true
done
probe_started=$(date -u +%Y-%m-%dT%H:%M:%SZ 2>/dev/null)
case "$probe_started" in
  [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z) ;;
  *) probe_started=1970-01-01T00:00:00Z ;;
esac
printf '{"probeVersion": 1, "target": "%s", "startedAt": "%s", "durationMs": 0, ' "$probe_target" "$probe_started"
printf '"args": {"bench": %s}, "python": null, "timeoutTool": null, "commands": {}, ' "$probe_bench"
printf '"cuda": {"status": "not-run"}, "frameworks": {}, "bench": null, '
printf '"errors": [{"where": "python3", "code": "python3-missing", "message": "python3 was not found in PATH"}]}\n'
printf 'wsl-gpu-probe: python3 not found in PATH\n' >&2
exit 0
