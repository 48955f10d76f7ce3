#!/usr/bin/env bash
# CI, after the test suites: installs the Debian package built from this checkout the way an
# épicerie would (apt-get install ./cabas_VERSION_amd64.deb), runs the installed programs from
# /usr/bin, takes a screenshot of the installed till under Xvfb and checks its window icon,
# then removes the package.
# Usage: installer/ci-install-test.sh [BUILD_DIR]   (default build/, as the README's test command)
# Every step has a timeout: a hung step fails the run instead of blocking it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "ci-install-test: run as root or install sudo" >&2; exit 3; }
  SUDO="sudo"
fi

version=$(sed -n 's/^project(cabas VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[[ -n "$version" ]] || { echo "ci-install-test: no version in CMakeLists.txt" >&2; exit 1; }
# apt reads local .debs as the _apt user, who cannot enter /root: build the package in /tmp.
tmp=$(mktemp -d /tmp/cabas-ci-install.XXXXXX)
chmod 0755 "$tmp"
deb="$tmp/cabas_${version}_amd64.deb"
shot="$build/screenshots/installed-till.png"
installed=0

cleanup() {
  if [[ $installed == 1 ]]; then
    echo "ci-install-test: apt-get remove -y cabas"
    timeout 300 $SUDO apt-get remove -y -qq cabas >/dev/null || echo "ci-install-test: removing cabas failed" >&2
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

step() { echo "ci-install-test: $*"; }
die() { echo "ci-install-test: $*" >&2; exit 1; }

step "the user guide with the GUI tests' screenshots, then cpack -G DEB (from $build)"
timeout 300 cmake --build "$build" --target guide
(cd "$build" && timeout 300 cpack -G DEB --config CPackConfig.cmake -B "$tmp" >/dev/null)
[[ -f "$deb" ]] || die "cpack wrote no $deb"

step "apt-get install -y $deb"
export DEBIAN_FRONTEND=noninteractive
installed=1
timeout 600 $SUDO apt-get install -y -qq --reinstall "$deb" >/dev/null

step "cabas-cli --version, cabas --version (without a display)"
[[ -x /usr/bin/cabas && -x /usr/bin/cabas-cli ]] || die "the package did not install /usr/bin/cabas and /usr/bin/cabas-cli"
out=$(timeout 10 /usr/bin/cabas-cli --version)
[[ $out == "cabas-cli $version" ]] || die "cabas-cli --version printed '$out'"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 10 /usr/bin/cabas --version)
[[ $out == "cabas $version" ]] || die "cabas --version printed '$out'"
timeout 10 man -w cabas-cli >/dev/null 2>&1 || step "(man pages not installed here: dpkg excludes /usr/share/man on this machine)"

step "cabas-cli --db $tmp/x.db init"
timeout 60 /usr/bin/cabas-cli --db "$tmp/x.db" init

step "/usr/bin/cabas --db $tmp/x.db under Xvfb, screenshot in $shot"
mkdir -p "$(dirname "$shot")"
rm -f "$shot"
# Inside xvfb-run: start the till, give it 6 s, check it still runs, photograph the screen,
# then stop it (only the process started here).
timeout 120 xvfb-run -a -s "-screen 0 1024x768x24" bash -c '
  /usr/bin/cabas --db "$1" &
  pid=$!
  sleep 6
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"; echo "ci-install-test: the installed till exited (status $?)" >&2; exit 1
  fi
  timeout 20 import -window root "$2"
  # The window carries the Cabas icon (_NET_WM_ICON), as a desktop would show it.
  icon=0
  for window in $(timeout 10 xwininfo -root -children | awk "/\"cabas\"|\"Cabas/ { print \$1 }"); do
    timeout 10 xprop -id "$window" _NET_WM_ICON 2>/dev/null | grep -q "Icon (16 x 16)" && icon=1
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  [[ $icon == 1 ]] || { echo "ci-install-test: the till window has no 16 px icon" >&2; exit 1; }
  exit 0
' ci-install-till "$tmp/x.db" "$shot"
colours=$(timeout 20 identify -format '%k' "$shot")
[[ $colours -gt 8 ]] || die "the screenshot is blank ($colours colours)"
step "the till ran, with its icon; screenshot with $colours colours"
