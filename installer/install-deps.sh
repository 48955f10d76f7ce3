#!/usr/bin/env bash
# Installs every Debian 12 package Cabas needs to build, test and run.
# Idempotent: when every package is already installed it returns at once without touching apt.
set -euo pipefail

PACKAGES=(
  # toolchain (dpkg-dev and file: CPack's shlibdeps; librsvg2-bin renders the icon's PNGs;
  # discount's markdown turns the user guide into HTML, cmake/guide.cmake)
  cmake ninja-build g++ pkg-config dpkg-dev file gettext librsvg2-bin discount
  # libraries of the stack
  libwxgtk3.2-dev libsqlitecpp-dev libsqlite3-dev libhpdf-dev catch2
  libsodium-dev nlohmann-json3-dev libzint-dev
  # runtime assets
  fonts-dejavu-core sqlite3
  # GUI and PDF tests
  xvfb xauth xdotool imagemagick poppler-utils qpdf x11-utils
  # setxkbmap and the layouts: the GUI test of a QWERTY-set scanner on an AZERTY keyboard
  x11-xkb-utils xkb-data
  # package tests (tests/package): lintian, AppStream, desktop entry, manual pages
  lintian appstream desktop-file-utils man-db
  # fuzzing (tests/fuzz/run.sh): clang and its libFuzzer runtime
  clang libclang-rt-14-dev
  # PostgreSQL engine: the client library, and the server whose initdb/pg_ctl the pg: tests run
  # in a throwaway cluster of their own (tests/pg/pg_server.sh); pg_dump comes with the server
  libpqxx-dev libpq-dev postgresql-15
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  [[ "$status" == ii* ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "cabas: installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "cabas: run as root or install sudo" >&2; exit 3; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# Debian's postgresql-15 creates and starts a "main" cluster listening on localhost:5432 unless
# told not to. The tests never use it (they start their own on a Unix socket), so a machine
# that gets PostgreSQL from here gets no server it did not ask for.
createcluster=/etc/postgresql-common/createcluster.conf
if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && ! grep -qsE '^[[:space:]]*create_main_cluster' "$createcluster"; then
  $SUDO mkdir -p "$(dirname "$createcluster")"
  echo "create_main_cluster = false" | $SUDO tee -a "$createcluster" >/dev/null
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
