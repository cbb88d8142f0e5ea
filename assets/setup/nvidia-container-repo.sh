#!/bin/bash
# nvidia-container-repo — adds NVIDIA's container toolkit apt repository (the current one,
# nvidia.github.io/libnvidia-container/stable/deb; not the dead nvidia-docker path):
#   /usr/share/keyrings/nvidia-container-toolkit-keyring.gpg
#   /etc/apt/sources.list.d/nvidia-container-toolkit.list   (NVIDIA's list, with signed-by added)
# Run as root: wsl.exe ... --exec [/usr/bin/env PROXY…] /bin/bash -s -- nvidia-container-repo (this text on stdin).
# Idempotent: both files are rewritten whole, atomically (temp file in the same folder, then mv).
set -euo pipefail

keyring=/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg
list=/etc/apt/sources.list.d/nvidia-container-toolkit.list

install -m 0755 -d /usr/share/keyrings /etc/apt/sources.list.d

tmp_key="$(mktemp "${keyring}.XXXXXX")"
curl -fsSL https://nvidia.github.io/libnvidia-container/gpgkey | gpg --dearmor --yes -o "$tmp_key"
chmod 0644 "$tmp_key"
mv -f "$tmp_key" "$keyring"

tmp_list="$(mktemp "${list}.XXXXXX")"
curl -fsSL https://nvidia.github.io/libnvidia-container/stable/deb/nvidia-container-toolkit.list \
  | sed "s#deb https://#deb [signed-by=${keyring}] https://#g" >"$tmp_list"
# Only repository lines may land in apt's sources.
if grep -vqE '^(#.*|deb \[signed-by=[^]]+\] https://nvidia\.github\.io/[^ ]+ [^ ]+|)$' "$tmp_list"; then
  rm -f "$tmp_list"
  echo "nvidia-container-repo: unexpected content in NVIDIA's list" >&2
  exit 2
fi
chmod 0644 "$tmp_list"
mv -f "$tmp_list" "$list"
