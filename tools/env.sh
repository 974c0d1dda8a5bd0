# shellcheck shell=bash
# Build environment for IMR Workbench, sourced by tools/test and tools/workbench.
#
# Qt >= 6.5 and KF6 KSyntaxHighlighting are not packaged on Debian 12, so there
# the project builds inside a Debian 13 (trixie) root kept in a cache folder
# outside the repository. Distributions that do ship them build natively.
# Every command runs in a private mount namespace, so no mount outlives it.

set -euo pipefail
# chroot and debootstrap live in sbin, which a user's PATH lacks on Debian.
PATH=$PATH:/usr/sbin:/sbin

IMR_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# root keeps its cache in /var/cache; a user keeps it in their own cache folder,
# so a build never needs root where user namespaces are allowed.
if [ "$(id -u)" = 0 ]; then IMR_CACHE=${IMR_WORKBENCH_CACHE:-/var/cache/imr-workbench}
else IMR_CACHE=${IMR_WORKBENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/imr-workbench}; fi
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
  libxcb-cursor0 qt6-qpa-plugins qt6-wayland fontconfig xvfb xauth xdotool x11-utils lintian
  debootstrap postgresql libqt6sql6-psql util-linux
)
IMR_RPM_PACKAGES=(
  gcc-c++ cmake ninja-build ccache qt6-qtbase-devel qt6-qtcharts-devel qt6-qttools-devel
  qt6-qtpdf-devel qt6-qtsvg-devel kf6-syntax-highlighting-devel clang compiler-rt
  desktop-file-utils appstream python3 dejavu-sans-fonts qpdf
  xcb-util-cursor qt6-qtwayland fontconfig xorg-x11-server-Xvfb xorg-x11-xauth xdotool xdpyinfo
  postgresql-server qt6-qtbase-postgresql util-linux
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
  imr_die "$1 needs root (it uses apt or dnf). Run it once with sudo, or install the packages listed in README.md."
}

# As root, commands run directly. As a user, they run in a user namespace
# where the user is root, so debootstrap, apt and chroot work without sudo
# and every file written stays the user's. Packages own files as other users
# too (group shadow, _apt): with the user's subordinate IDs (/etc/subuid)
# mapped as well, the root can be created and updated; without them, an
# existing root can still build and run.
imr_subid_range() { # imr_subid_range /etc/subuid NAME UID -> "start count"
  awk -F: -v n="$2" -v u="$3" '($1 == n || $1 == u) && $3 >= 65535 { print $2, $3; exit }' "$1" 2>/dev/null || true
}
imr_userns_args() { # imr_userns_args [full]: unshare's options for this user
  [ "$(id -u)" = 0 ] && return 0
  local name uid users groups; name=$(id -un); uid=$(id -u)
  users=$(imr_subid_range /etc/subuid "$name" "$uid"); groups=$(imr_subid_range /etc/subgid "$name" "$uid")
  if [ -n "$users" ] && [ -n "$groups" ] && command -v newuidmap >/dev/null && command -v newgidmap >/dev/null \
     && unshare --map-root-user --map-users="${users% *},1,65535" --map-groups="${groups% *},1,65535" true 2>/dev/null; then
    printf '%s\n' --map-root-user --map-users="${users% *},1,65535" --map-groups="${groups% *},1,65535"
  elif [ "${1:-}" != full ] && unshare --map-root-user true 2>/dev/null; then
    printf '%s\n' --map-root-user
  else
    imr_die "$(imr_userns_advice "${1:-}")"
  fi
}
imr_userns_advice() {
  if ! unshare --map-root-user true 2>/dev/null; then
    local why="this kernel does not let users create user namespaces"
    if [ "$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns 2>/dev/null)" = 1 ]; then
      printf '%s (AppArmor). Run once: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0\n' "$why"
    elif [ "$(cat /proc/sys/kernel/unprivileged_userns_clone 2>/dev/null)" = 0 ]; then
      printf '%s. Run once: sudo sysctl -w kernel.unprivileged_userns_clone=1\n' "$why"
    else
      printf '%s. Run once as root instead: sudo %q\n' "$why" "$0"
    fi
    return
  fi
  local next; next=$(awk -F: '{ e = $2 + $3; if (e > m) m = e } END { print (m > 100000 ? m : 100000) }' /etc/subuid /etc/subgid 2>/dev/null)
  printf 'creating the build root as %s needs subordinate user and group IDs (packages own files as other users). Run once:\n  sudo apt-get install uidmap debootstrap && sudo usermod --add-subuids %s-%s --add-subgids %s-%s %s\n' \
    "$(id -un)" "$next" "$((next + 65535))" "$next" "$((next + 65535))" "$(id -un)"
}
imr_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; return; fi
  local userns; mapfile -t userns < <(imr_userns_args full) || exit 1
  [ ${#userns[@]} -gt 0 ] || exit 1
  unshare "${userns[@]}" -- "$@"
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
  if [ ! -x "$IMR_ROOT/usr/bin/apt-get" ]; then
    if ! command -v debootstrap >/dev/null; then
      [ "$(id -u)" = 0 ] || imr_die "debootstrap is needed to create the build root. Run once: sudo apt-get install debootstrap"
      apt-get update && apt-get install -y debootstrap
    fi
    imr_log "creating the Debian 13 build root in $IMR_ROOT (first run only, a few minutes)"
    mkdir -p "$IMR_CACHE"
    # An earlier attempt's files may belong to subordinate IDs: removed as root.
    [ ! -e "$IMR_ROOT.partial" ] || imr_as_root rm -rf --one-file-system "$IMR_ROOT.partial"
    if [ "$(id -u)" = 0 ]; then
      debootstrap --variant=minbase trixie "$IMR_ROOT.partial" "$(imr_mirror)"
    else
      # Device nodes cannot be made in a user namespace: the host's /dev is
      # bound into the new root first (in a private mount namespace, gone
      # afterwards), and debootstrap (container=lxc) keeps the nodes there.
      mkdir -p "$IMR_ROOT.partial/dev"
      imr_as_root unshare --mount --propagation private -- /bin/sh -ec '
        mount --rbind /dev "$1/dev"
        exec env container=lxc debootstrap --variant=minbase trixie "$1" "$2"' imr "$IMR_ROOT.partial" "$(imr_mirror)"
    fi
    mv "$IMR_ROOT.partial" "$IMR_ROOT"
  fi
  imr_log "installing build packages into the build root"
  IMR_USERNS_MODE=full imr_in_root_as_root "apt-get -o APT::Sandbox::User=root update && apt-get -o APT::Sandbox::User=root install -y --no-install-recommends ${IMR_DEB_PACKAGES[*]} && apt-get clean"
  printf '%s\n' "$want" > "$IMR_ROOT/.imr-stamp"
}

# Runs a shell command inside the root: the repo's parent and /tmp at the same
# paths, the current directory kept, all in private mount and PID namespaces
# (a user namespace too, for a user), so nothing outlives the command.
imr_in_root_as_root() {
  local parent; parent=$(dirname "$IMR_REPO")
  local cwd; cwd=$(pwd)
  local userns=()
  if [ "$(id -u)" != 0 ]; then
    mapfile -t userns < <(imr_userns_args "${IMR_USERNS_MODE:-}")
    [ ${#userns[@]} -gt 0 ] || exit 1
  fi
  unshare "${userns[@]}" --mount --propagation private --pid --fork -- /bin/bash -ec '
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
  imr_in_root_as_root "$1"
}

# imr_build [TARGET]: configures and builds (everything, or TARGET), then
# stamps the build folder so imr_build_is_current can skip CMake next time.
imr_build() {
  local target=${1:+--target $1}
  imr_run "true
    cmake -S '$IMR_REPO' -B '$IMR_BUILD' -G Ninja -DCMAKE_BUILD_TYPE=\${IMR_BUILD_TYPE:-RelWithDebInfo} -DCMAKE_CXX_COMPILER_LAUNCHER=ccache ${IMR_CMAKE_ARGS:-} >/dev/null
    cmake --build '$IMR_BUILD' -j\$(nproc) $target"
  touch "$IMR_BUILD/.imr-built-${1:-all}"
}

# True when nothing the program is built from changed since the last build:
# a find over the sources costs milliseconds, a CMake run in the root seconds.
imr_build_is_current() {
  local stamp="$IMR_BUILD/.imr-built-${1:-all}"
  [ -f "$stamp" ] && [ -x "$IMR_BUILD/src/app/imr-workbench" ] || return 1
  # A build made with another cache (sudo's, say) has no root here to run in.
  imr_host_is_native || [ -f "$IMR_ROOT/.imr-stamp" ] || return 1
  [ -z "$(find "$IMR_REPO/CMakeLists.txt" "$IMR_REPO/cmake" "$IMR_REPO/src" "$IMR_REPO/ui" \
           "$IMR_REPO/resources" "$IMR_REPO/translations" "$IMR_REPO/examples" "$IMR_REPO/packaging" \
           -newer "$stamp" -print -quit 2>/dev/null)" ]
}

# Runs the built program on the host as the invoking user, so it sees the
# user's files (home, /media, network mounts) and what it writes is theirs.
# Off a native build, the build root's own dynamic loader starts it with the
# root's libraries, plugins and fonts: no chroot, no root, nothing installed
# on the host. The program starts its PDF helpers the same way (it reads the
# loader's command line back, see ProgramCommand).
imr_exec_program() {
  local prog="$IMR_BUILD/src/app/imr-workbench"
  if imr_host_is_native; then exec "$prog" "$@"; fi
  local core lib loader
  core=$(ls "$IMR_ROOT"/usr/lib/*/libQt6Core.so.6 2>/dev/null | head -n1 || true)
  [ -n "$core" ] || imr_die "the build root in $IMR_ROOT has no Qt; run tools/test or tools/workbench to prepare it"
  lib=$(dirname "$core")
  loader=$(ls "$lib"/ld-linux*.so.* | head -n1)
  # The root's library folders, as its ld.so.conf lists them; the host's
  # loader cache is not consulted (--inhibit-cache), so no host library of
  # another version slips in.
  # Some libraries name a subfolder as their RUNPATH (libproxy), which would
  # resolve on the host: those subfolders are listed too.
  local dir libpath=$lib
  for dir in $(cat "$IMR_ROOT"/etc/ld.so.conf.d/*.conf 2>/dev/null | grep -E '^/' || true) /usr/lib /lib; do
    [ -d "$IMR_ROOT$dir" ] && libpath="$libpath:$IMR_ROOT$dir"
  done
  for dir in $(find "$lib" -mindepth 2 -maxdepth 2 -name 'lib*.so*' -printf '%h\n' | sort -u | grep -v '/qt6$'); do
    libpath="$libpath:$dir"
  done
  mkdir -p "$IMR_CACHE/fontconfig"
  # The host's font configuration and fonts, plus the root's fonts, with a
  # cache of the root's fontconfig version kept apart from the host's.
  cat > "$IMR_CACHE/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <cachedir>$IMR_CACHE/fontconfig</cachedir>
  <dir>$IMR_ROOT/usr/share/fonts</dir>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
</fontconfig>
CONF
  export FONTCONFIG_FILE="$IMR_CACHE/fonts.conf"
  export QT_PLUGIN_PATH="$lib/qt6/plugins" QT_QPA_PLATFORM_PLUGIN_PATH="$lib/qt6/plugins/platforms"
  # Modules the root's libraries load by a compiled-in path: the root's.
  export GCONV_PATH="$lib/gconv" LIBGL_DRIVERS_PATH="$lib/dri"
  export __EGL_VENDOR_LIBRARY_DIRS="$IMR_ROOT/usr/share/glvnd/egl_vendor.d"
  exec "$loader" --inhibit-cache --library-path "$libpath" --argv0 "$prog" "$prog" "$@"
}
