#!/bin/bash
# proxy-env PROXY_URL — carries the Windows proxy into the distro's own environment, so later
# shells, pip and apt runs outside the installer use it too:
#   /etc/profile.d/wsl-gpu-setup-proxy.sh   (login shells: http_proxy, https_proxy, no_proxy)
#   /etc/apt/apt.conf.d/95wsl-gpu-setup-proxy (apt: Acquire::http(s)::Proxy)
# Run as root: wsl.exe ... --exec /bin/bash -s -- proxy-env URL (this text on stdin).
# Idempotent: both files are rewritten whole, atomically (temp file in the same folder, then mv).
set -euo pipefail

proxy="${2:-}"
# The app validated the URL already; check again so this script never writes anything else.
if [[ ! "$proxy" =~ ^https?://[A-Za-z0-9.:\[\]-]+:[0-9]{1,5}$ ]]; then
  echo "proxy-env: refusing proxy URL '$proxy'" >&2
  exit 2
fi

write_atomically() {
  local target="$1" mode="$2" tmp
  tmp="$(mktemp "${target}.XXXXXX")"
  cat >"$tmp"
  chmod "$mode" "$tmp"
  mv -f "$tmp" "$target"
}

install -d -m 0755 /etc/profile.d /etc/apt/apt.conf.d

write_atomically /etc/profile.d/wsl-gpu-setup-proxy.sh 0644 <<PROFILE
# Written by WSL GPU Setup: the Windows proxy.
export http_proxy="$proxy"
export https_proxy="$proxy"
export no_proxy="localhost,127.0.0.1,::1"
PROFILE

write_atomically /etc/apt/apt.conf.d/95wsl-gpu-setup-proxy 0644 <<APT
// Written by WSL GPU Setup: the Windows proxy.
Acquire::http::Proxy "$proxy";
Acquire::https::Proxy "$proxy";
APT
