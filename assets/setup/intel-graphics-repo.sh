#!/bin/bash
# intel-graphics-repo — adds Intel's GPU apt repository, which carries the user-space compute
# runtime PyTorch's XPU builds need inside WSL (Level Zero loader libze1, the GPU driver
# libze-intel-gpu1, intel-opencl-icd; domain.md §4.3). Ubuntu's own archive is not enough:
# noble ships compute-runtime 23.43 (Nov 2023), older than Lunar Lake and Battlemage.
#   /usr/share/keyrings/intel-graphics.gpg      (https://repositories.intel.com/gpu/intel-graphics.key, dearmored)
#   /etc/apt/sources.list.d/intel-gpu.list      (deb [arch=amd64 signed-by=…] https://repositories.intel.com/gpu/ubuntu CODENAME unified)
# The key URL, keyring path and `unified` suite are those of PyTorch's own CI image
# (pytorch/pytorch .ci/docker/common/install_xpu.sh); Intel publishes the suite for jammy and noble only.
# Run as root: wsl.exe ... --exec [/usr/bin/env PROXY…] /bin/bash -s -- intel-graphics-repo (this text on stdin).
# Idempotent: both files are rewritten whole, atomically (temp file in the same folder, then mv).
set -euo pipefail

keyring=/usr/share/keyrings/intel-graphics.gpg
list=/etc/apt/sources.list.d/intel-gpu.list

arch="$(dpkg --print-architecture)"
# shellcheck disable=SC1091
codename="$(. /etc/os-release && echo "${UBUNTU_CODENAME:-$VERSION_CODENAME}")"
if [[ "$arch" != amd64 ]]; then
  echo "intel-graphics-repo: Intel's GPU repository is amd64 only (this distro is '$arch')" >&2
  exit 3
fi
if [[ "$codename" != noble && "$codename" != jammy ]]; then
  echo "intel-graphics-repo: Intel's GPU repository has no suite for Ubuntu '$codename' (only jammy and noble)" >&2
  exit 3
fi

install -m 0755 -d /usr/share/keyrings /etc/apt/sources.list.d

tmp_key="$(mktemp "${keyring}.XXXXXX")"
curl -fsSL https://repositories.intel.com/gpu/intel-graphics.key | gpg --dearmor --yes -o "$tmp_key"
chmod 0644 "$tmp_key"
mv -f "$tmp_key" "$keyring"

tmp_list="$(mktemp "${list}.XXXXXX")"
echo "deb [arch=amd64 signed-by=${keyring}] https://repositories.intel.com/gpu/ubuntu ${codename} unified" >"$tmp_list"
chmod 0644 "$tmp_list"
mv -f "$tmp_list" "$list"
