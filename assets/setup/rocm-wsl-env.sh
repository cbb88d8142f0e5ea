#!/bin/bash
# rocm-wsl-env — makes ROCm look for the GPU through WSL's /dev/dxg in every login shell:
#   /etc/profile.d/rocm-wsl.sh   (export HSA_ENABLE_DXG_DETECTION=1)
# ROCm before 7.13 searches for a WSL GPU only with this variable set (github.com/ROCm/librocdxg
# README: "For legacy ROCm releases, HSA_ENABLE_DXG_DETECTION=1 MUST be set; this requirement is
# removed starting with the ROCk release 7.13"). Commands started with `wsl.exe --exec` read no
# profile, so the app's own probes set the variable themselves.
# Run as root: wsl.exe ... --exec /bin/bash -s -- rocm-wsl-env (this text on stdin).
# Idempotent: the file is rewritten whole, atomically (temp file in the same folder, then mv).
set -euo pipefail

file=/etc/profile.d/rocm-wsl.sh

install -m 0755 -d /etc/profile.d
tmp="$(mktemp "${file}.XXXXXX")"
printf '# Written by WSL GPU Setup: ROCm before 7.13 finds the WSL GPU only with this set.\nexport HSA_ENABLE_DXG_DETECTION=1\n' >"$tmp"
chmod 0644 "$tmp"
mv -f "$tmp" "$file"
