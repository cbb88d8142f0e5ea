#!/bin/bash
# rocm-repo — adds AMD's ROCm 7.2.1 apt repositories and pins them above Ubuntu's archive, for the
# ROCm user space that ROCm on WSL (librocdxg) runs on (domain.md §4.2):
#   /etc/apt/keyrings/rocm.gpg                   (https://repo.radeon.com/rocm/rocm.gpg.key, dearmored)
#   /etc/apt/sources.list.d/rocm.list            (rocm/apt/7.2.1 and graphics/7.2.1/ubuntu, CODENAME main)
#   /etc/apt/preferences.d/rocm-pin-600          (Pin: release o=repo.radeon.com, priority 600)
# The pin matters: Ubuntu's universe carries its own older rocminfo/HSA runtime (5.7 on noble),
# which has no WSL support and would otherwise be chosen. Lines as in AMD's "Ubuntu native
# installation" page gives them for 7.2.1 (from a published copy of that page). AMD publishes
# these suites for jammy and noble only, amd64 only.
# 7.2.x is the release librocdxg 1.2.0 pairs with (github.com/ROCm/librocdxg README).
# Run as root: wsl.exe ... --exec [/usr/bin/env PROXY…] /bin/bash -s -- rocm-repo (this text on stdin).
# Idempotent: every file is rewritten whole, atomically (temp file in the same folder, then mv).
set -euo pipefail

release=7.2.1
keyring=/etc/apt/keyrings/rocm.gpg
list=/etc/apt/sources.list.d/rocm.list
pin=/etc/apt/preferences.d/rocm-pin-600

arch="$(dpkg --print-architecture)"
# shellcheck disable=SC1091
codename="$(. /etc/os-release && echo "${UBUNTU_CODENAME:-$VERSION_CODENAME}")"
if [[ "$arch" != amd64 ]]; then
  echo "rocm-repo: ROCm on WSL is amd64 only (this distro is '$arch')" >&2
  exit 3
fi
if [[ "$codename" != noble && "$codename" != jammy ]]; then
  echo "rocm-repo: AMD publishes ROCm ${release} for Ubuntu jammy and noble only (this distro is '$codename')" >&2
  exit 3
fi

install -m 0755 -d /etc/apt/keyrings /etc/apt/sources.list.d /etc/apt/preferences.d

tmp_key="$(mktemp "${keyring}.XXXXXX")"
curl -fsSL https://repo.radeon.com/rocm/rocm.gpg.key | gpg --dearmor --yes -o "$tmp_key"
chmod 0644 "$tmp_key"
mv -f "$tmp_key" "$keyring"

tmp_list="$(mktemp "${list}.XXXXXX")"
{
  echo "deb [arch=amd64 signed-by=${keyring}] https://repo.radeon.com/rocm/apt/${release} ${codename} main"
  echo "deb [arch=amd64 signed-by=${keyring}] https://repo.radeon.com/graphics/${release}/ubuntu ${codename} main"
} >"$tmp_list"
chmod 0644 "$tmp_list"
mv -f "$tmp_list" "$list"

tmp_pin="$(mktemp "${pin}.XXXXXX")"
printf 'Package: *\nPin: release o=repo.radeon.com\nPin-Priority: 600\n' >"$tmp_pin"
chmod 0644 "$tmp_pin"
mv -f "$tmp_pin" "$pin"
