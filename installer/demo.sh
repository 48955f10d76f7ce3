#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo database if there is none, and starts the
# till on it. Without a display (a bare server, an SSH session) it prints `cabas-cli summary`
# instead, with the cards to try.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/cabas"
demo_db="${CABAS_DEMO_DB:-$data_dir/demo.db}"
mkdir -p "$(dirname "$demo_db")"
if [[ ! -f "$demo_db" ]]; then
  echo "cabas: creating the demo database $demo_db"
  ./build/src/cli/cabas-cli --db "$demo_db" init --demo
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "cabas: no display here; the till needs one. What the demo database holds:"
  exec ./build/src/cli/cabas-cli --db "$demo_db" summary --user admin --pin 4444
fi
exec ./build/pos/cabas --db "$demo_db"
