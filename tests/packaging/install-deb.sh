#!/usr/bin/env bash
# Installs the package into a fresh Debian 13 root with apt, as a user of
# the package would, and runs the installed program there: a headless CSV
# export of the installed sample letters, and an offscreen screenshot.
#   install-deb.sh PACKAGE.deb|FOLDER-WITH-ONE-.deb
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; } # CTest reports it as skipped, not passed
[ "$(id -u)" = 0 ] || skip "needs root (debootstrap, chroot): run by tools/test in the build root"
deb=$1
if [ -d "$deb" ]; then
  debs=("$deb"/*.deb)
  [ ${#debs[@]} = 1 ] || fail "expected one .deb in $deb, found ${#debs[@]}"
  deb=${debs[0]}
fi
deb=$(realpath "$deb")
[ -f "$deb" ] || fail "no package at $1 (the packaging_deb_builds test makes it)"

work=$(mktemp -d /var/tmp/imr-install.XXXXXX)
root="$work/root"
cleanup() {
  for m in "$root/dev" "$root/proc"; do mountpoint -q "$m" && umount -l "$m" || true; done
  # Never follow a mount that is still there (the host's /dev).
  if mountpoint -q "$root/dev" || mountpoint -q "$root/proc"; then
    echo "left $work in place: still mounted" >&2
  else
    rm -rf --one-file-system "$work"
  fi
}
[ -n "${IMR_KEEP_INSTALL_ROOT:-}" ] || trap cleanup EXIT

# The mirror the build root itself uses.
mirror=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
         | grep -oE 'https?://[^ ]+' | head -n1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
echo "creating a fresh Debian 13 root from $mirror"
if ! container=lxc debootstrap --variant=minbase trixie "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
  grep -qiE "could not resolve|failed to fetch|couldn't download|temporary failure" "$work/debootstrap.log" \
    && skip "the Debian mirror $mirror cannot be reached: $(tail -n 3 "$work/debootstrap.log")"
  fail "debootstrap failed: $(tail -n 20 "$work/debootstrap.log")"
fi
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
# A slave of the host's /dev: the cleanup's unmount must never propagate
# back and take the host's /dev/pts with it.
mount --make-rslave "$root/dev"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
              DEBIAN_FRONTEND=noninteractive /bin/bash -ec "$1"; }
echo "installing $(basename "$deb") with apt"
in_root "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb") >/tmp/apt.log 2>&1" \
  || fail "apt could not install the package: $(tail -n 30 "$root/tmp/apt.log")"
in_root "command -v imr-workbench" >/dev/null || fail "imr-workbench is not on PATH after installing"

letters=/usr/share/imr-workbench/examples/letters
in_root "imr-workbench --export-csv /tmp/out.csv $letters" || fail "--export-csv failed in the fresh root"
count=$(ls "$root$letters"/*.txt | wc -l)
exported=$(tail -n +2 "$root/tmp/out.csv" | cut -d, -f1 | sort -u | wc -l)
[ "$exported" = "$count" ] || fail "$exported of $count sample letters exported"

in_root "QT_QPA_PLATFORM=offscreen imr-workbench --screenshot /tmp/shot.png $letters" \
  || fail "--screenshot failed in the fresh root"
[ "$(head -c 8 "$root/tmp/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
[ "$(stat -c %s "$root/tmp/shot.png")" -gt 20000 ] || fail "the screenshot is nearly empty"
echo "PASS: installed with apt; exported $exported letters and took a screenshot in a fresh Debian 13 root"
