#!/bin/bash
# docker-repo — adds Docker's apt repository (Docker Engine for Ubuntu, docs.docker.com/engine/install/ubuntu):
#   /etc/apt/keyrings/docker.asc                (Docker's signing key)
#   /etc/apt/sources.list.d/docker.list         (deb [arch=… signed-by=…] https://download.docker.com/linux/ubuntu CODENAME stable)
# Run as root: wsl.exe ... --exec [/usr/bin/env PROXY…] /bin/bash -s -- docker-repo (this text on stdin).
# Idempotent: both files are rewritten whole, atomically (temp file in the same folder, then mv).
set -euo pipefail

keyring=/etc/apt/keyrings/docker.asc
list=/etc/apt/sources.list.d/docker.list

install -m 0755 -d /etc/apt/keyrings /etc/apt/sources.list.d

tmp_key="$(mktemp "${keyring}.XXXXXX")"
curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o "$tmp_key"
chmod 0644 "$tmp_key"
mv -f "$tmp_key" "$keyring"

arch="$(dpkg --print-architecture)"
# shellcheck disable=SC1091
codename="$(. /etc/os-release && echo "${UBUNTU_CODENAME:-$VERSION_CODENAME}")"
if [[ ! "$arch" =~ ^[a-z0-9]+$ || ! "$codename" =~ ^[a-z]+$ ]]; then
  echo "docker-repo: unexpected architecture '$arch' or codename '$codename'" >&2
  exit 2
fi

tmp_list="$(mktemp "${list}.XXXXXX")"
echo "deb [arch=${arch} signed-by=${keyring}] https://download.docker.com/linux/ubuntu ${codename} stable" >"$tmp_list"
chmod 0644 "$tmp_list"
mv -f "$tmp_list" "$list"
