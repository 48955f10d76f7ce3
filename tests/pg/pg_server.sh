#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suites: `start STATE_DIR` creates a cluster with
# initdb in a fresh temporary folder, listening only on a Unix socket inside it (no TCP at all),
# and writes the URI the tests use to STATE_DIR/uri; `stop STATE_DIR` stops it and removes the
# folder. As root (CI), the cluster belongs to an unprivileged user, since PostgreSQL refuses
# to run as root. Authentication is "trust" on that socket only: the folder is 0700, so only its
# owner (and root) can reach the server.
set -euo pipefail

usage() { echo "usage: $0 start|stop|status STATE_DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
state=$2

# The server binaries are not on PATH on Debian: take the newest /usr/lib/postgresql/N/bin,
# or PATH when it has them (other systems, or CABAS_PG_BINDIR to choose).
find_bindir() {
  if [[ -n "${CABAS_PG_BINDIR:-}" ]]; then echo "$CABAS_PG_BINDIR"; return; fi
  local best=""
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && best=$dir
  done
  if [[ -z "$best" ]] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    best=$(dirname "$(command -v initdb)")
  fi
  [[ -n "$best" ]] || { echo "pg_server.sh: PostgreSQL server binaries (initdb, pg_ctl) not found" >&2; exit 3; }
  echo "$best"
}

# Runs a command as the cluster's owner: ourselves, or an unprivileged user when we are root.
as_owner() {
  if [[ -n "$owner" ]]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

pick_owner() {
  owner=""
  if [[ $(id -u) -eq 0 ]]; then
    if id postgres >/dev/null 2>&1; then owner=postgres; else owner=nobody; fi
  fi
}

stop_server() {
  [[ -f "$state/cluster" ]] || return 0
  local cluster bindir
  cluster=$(cat "$state/cluster")
  bindir=$(cat "$state/bindir")
  pick_owner
  if [[ -d "$cluster/data" ]]; then
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  # Only the folder this script made (its name is recorded, and it is under /tmp).
  case "$cluster" in /tmp/cabas-pg.*) rm -rf -- "$cluster" ;; esac
  rm -f "$state/cluster" "$state/bindir" "$state/uri"
}

case "$action" in
start)
  mkdir -p "$state"
  stop_server   # a server left behind by an interrupted run
  bindir=$(find_bindir)
  pick_owner
  # A short path under /tmp: a Unix socket path is limited to about 100 bytes.
  cluster=$(mktemp -d /tmp/cabas-pg.XXXXXX)
  chmod 0700 "$cluster"
  [[ -z "$owner" ]] || chown "$owner" "$cluster"
  echo "$cluster" >"$state/cluster"
  echo "$bindir" >"$state/bindir"
  as_owner "$bindir/initdb" -D "$cluster/data" -U cabas --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$cluster/initdb.log" 2>&1 || { cat "$cluster/initdb.log" >&2; exit 1; }
  # fsync off: a test server's data is thrown away, so durability only costs time here. The
  # benchmark (cabas-bench --backend postgresql) sets CABAS_PG_DURABLE=1: it times commits, so
  # its server flushes them to disk as a real one does.
  durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [[ "${CABAS_PG_DURABLE:-}" != 1 ]] || durability=""
  as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$cluster' -c unix_socket_permissions=0700 $durability -c max_connections=100" \
    start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }
  encoded=${cluster//\//%2F}
  echo "postgresql://cabas@${encoded}/postgres" >"$state/uri"
  echo "pg_server.sh: test server on socket $cluster ($(cat "$state/uri"))"
  ;;
stop)
  stop_server
  echo "pg_server.sh: test server stopped"
  ;;
status)
  [[ -f "$state/uri" ]] && cat "$state/uri" || { echo "no test server" >&2; exit 1; }
  ;;
*) usage ;;
esac
