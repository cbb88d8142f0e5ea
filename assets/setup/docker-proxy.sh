#!/bin/bash
# docker-proxy PROXY_URL — the Windows proxy for the Docker daemon. `docker pull` runs in
# dockerd, which reads neither /etc/profile.d nor apt's settings: it needs HTTP(S)_PROXY in its
# own service environment, through a systemd drop-in (Docker's "Configure the daemon to use a
# proxy"), then a daemon-reload so the next `systemctl restart docker` starts it with them:
#   /etc/systemd/system/docker.service.d/wsl-gpu-setup-proxy.conf
# Run as root: wsl.exe ... --exec /bin/bash -s -- docker-proxy URL (this text on stdin).
# Idempotent: the drop-in is rewritten whole, atomically (temp file in the same folder, then mv).
set -euo pipefail

proxy="${2:-}"
# The app validated the URL already; check again so this script never writes anything else.
if [[ ! "$proxy" =~ ^https?://[A-Za-z0-9.:\[\]-]+:[0-9]{1,5}$ ]]; then
  echo "docker-proxy: refusing proxy URL '$proxy'" >&2
  exit 2
fi

dir=/etc/systemd/system/docker.service.d
target="$dir/wsl-gpu-setup-proxy.conf"
install -d -m 0755 "$dir"
tmp="$(mktemp "${target}.XXXXXX")"
cat >"$tmp" <<CONF
# Written by WSL GPU Setup: the Windows proxy for the Docker daemon.
[Service]
Environment="HTTP_PROXY=$proxy" "HTTPS_PROXY=$proxy" "NO_PROXY=localhost,127.0.0.1,::1"
CONF
chmod 0644 "$tmp"
mv -f "$tmp" "$target"

systemctl daemon-reload
