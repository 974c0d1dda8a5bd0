# shellcheck shell=bash
# Build environment for IMR Workbench, sourced by tools/test and tools/workbench.
#
# Qt >= 6.5 and KF6 KSyntaxHighlighting are not packaged on Debian 12, so there
# the project builds inside a Debian 13 (trixie) root kept in a cache folder
# outside the repository. Distributions that do ship them build natively.
# Every command runs in a private mount namespace, so no mount outlives it.

set -euo pipefail

IMR_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMR_CACHE=${IMR_WORKBENCH_CACHE:-/var/cache/imr-workbench}
IMR_ROOT="$IMR_CACHE/trixie"
IMR_BUILD=${IMR_BUILD_DIR:-$IMR_REPO/build}
export DEBIAN_FRONTEND=noninteractive

# Everything the build, the tests and packaging need, in one list: a change
# here reinstalls into an existing root (the stamp records the list).
IMR_DEB_PACKAGES=(
  g++ cmake ninja-build ccache pkg-config file dpkg-dev
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-pdf-dev qt6-svg-dev libkf6syntaxhighlighting-dev libqt6sql6-sqlite
  clang libclang-rt-dev desktop-file-utils appstream python3 fonts-dejavu-core qpdf
)
IMR_RPM_PACKAGES=(
  gcc-c++ cmake ninja-build ccache qt6-qtbase-devel qt6-qtcharts-devel qt6-qttools-devel
  qt6-qtpdf-devel qt6-qtsvg-devel kf6-syntax-highlighting-devel clang compiler-rt
  desktop-file-utils appstream python3 dejavu-sans-fonts qpdf
)

imr_log() { printf 'imr-env: %s\n' "$*" >&2; }
imr_die() { printf 'imr-env: error: %s\n' "$*" >&2; exit 1; }

imr_os_field() { (. /etc/os-release 2>/dev/null && eval "printf '%s' \"\${$1:-}\""); }

# Native where the distribution packages Qt >= 6.5 and KF6SyntaxHighlighting.
imr_host_is_native() {
  [ "${IMR_FORCE_BUILDROOT:-0}" = 1 ] && return 1
  local id ver; id=$(imr_os_field ID); ver=$(imr_os_field VERSION_ID)
  case "$id" in
    debian) [ "${ver%%.*}" -ge 13 ] 2>/dev/null || [ -z "$ver" ] ;;  # testing/sid have no VERSION_ID
    ubuntu) [ "$(printf '%s\n25.04\n' "$ver" | sort -V | head -n1)" = 25.04 ] ;;
    fedora) [ "${ver:-0}" -ge 40 ] 2>/dev/null ;;
    *) return 1 ;;
  esac
}

imr_need_root() {
  [ "$(id -u)" = 0 ] && return 0
  imr_die "$1 needs root (it uses debootstrap/apt and chroot). Run it with sudo, or build natively on a distribution with Qt >= 6.5 and KF6SyntaxHighlighting (see README.md)."
}

imr_stamp_of() { printf '%s\n' "$@" | sha256sum | cut -c1-16; }

imr_prepare_native() {
  local id; id=$(imr_os_field ID)
  local stamp="$IMR_CACHE/native.stamp" want
  if [ "$id" = fedora ]; then want=$(imr_stamp_of "${IMR_RPM_PACKAGES[@]}"); else want=$(imr_stamp_of "${IMR_DEB_PACKAGES[@]}"); fi
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  imr_need_root "Installing the build packages"
  if [ "$id" = fedora ]; then dnf install -y "${IMR_RPM_PACKAGES[@]}"
  else apt-get update && apt-get install -y --no-install-recommends "${IMR_DEB_PACKAGES[@]}"; fi
  mkdir -p "$IMR_CACHE" && printf '%s\n' "$want" > "$stamp"
}

imr_mirror() {
  local m
  m=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
      | grep -oE 'https?://[^ ]+' | head -n1 || true)
  printf '%s' "${IMR_DEBIAN_MIRROR:-${m:-http://deb.debian.org/debian}}"
}

imr_prepare_buildroot() {
  local want; want=$(imr_stamp_of "${IMR_DEB_PACKAGES[@]}")
  [ -f "$IMR_ROOT/.imr-stamp" ] && [ "$(cat "$IMR_ROOT/.imr-stamp")" = "$want" ] && return 0
  imr_need_root "Creating the Debian 13 build root"
  if [ ! -x "$IMR_ROOT/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || { apt-get update && apt-get install -y debootstrap; }
    imr_log "creating the Debian 13 build root in $IMR_ROOT (first run only, a few minutes)"
    rm -rf "$IMR_ROOT.partial"; mkdir -p "$IMR_CACHE"
    debootstrap --variant=minbase trixie "$IMR_ROOT.partial" "$(imr_mirror)"
    mv "$IMR_ROOT.partial" "$IMR_ROOT"
  fi
  imr_log "installing build packages into the build root"
  imr_in_root_as_root "apt-get update && apt-get install -y --no-install-recommends ${IMR_DEB_PACKAGES[*]} && apt-get clean"
  printf '%s\n' "$want" > "$IMR_ROOT/.imr-stamp"
}

# Runs a shell command inside the root: the repo's parent and /tmp at the same
# paths, the current directory kept, all in a private mount namespace.
imr_in_root_as_root() {
  local parent; parent=$(dirname "$IMR_REPO")
  local cwd; cwd=$(pwd)
  unshare --mount --propagation private -- /bin/bash -ec '
    root=$1 parent=$2 cwd=$3; shift 3
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mkdir -p "$root$parent" "$root/tmp"
    mount --bind "$parent" "$root$parent"
    mount --bind /tmp "$root/tmp"
    [ -e "$root/etc/resolv.conf" ] || cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/lib/ccache:/usr/sbin:/usr/bin:/sbin:/bin \
      LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive TERM="${TERM:-dumb}" \
      QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-}" CCACHE_DIR=/var/cache/ccache \
      IMR_SHARED_DIR="${IMR_SHARED_DIR:-}" CTEST_OUTPUT_ON_FAILURE=1 \
      /bin/bash -ec "cd \"\$0\" && $1" "$cwd" "$@"
  ' imr "$IMR_ROOT" "$parent" "$cwd" "$@"
}

imr_prepare() {
  if imr_host_is_native; then imr_prepare_native; else imr_prepare_buildroot; fi
}

# imr_run 'shell command': runs it natively or in the build root.
imr_run() {
  if imr_host_is_native; then /bin/bash -ec "$1"; return; fi
  imr_need_root "Running commands in the Debian 13 build root"
  imr_in_root_as_root "$1"
}

imr_build() {
  imr_run "true
    cmake -S '$IMR_REPO' -B '$IMR_BUILD' -G Ninja -DCMAKE_BUILD_TYPE=\${IMR_BUILD_TYPE:-RelWithDebInfo} -DCMAKE_CXX_COMPILER_LAUNCHER=ccache ${IMR_CMAKE_ARGS:-} >/dev/null
    cmake --build '$IMR_BUILD' -j\$(nproc)"
}
