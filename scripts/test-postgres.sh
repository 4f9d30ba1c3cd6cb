#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the integration tests.
#
#   scripts/test-postgres.sh start DIR PORT   initdb into DIR/data (trust auth, superuser
#                                             "postgres"), listen on 127.0.0.1:PORT only, create
#                                             database techsov_test; prints the JDBC URL
#   scripts/test-postgres.sh stop DIR PORT    stop the server and remove DIR
#
# Binaries: $TECHSOV_PG_BIN, else /usr/lib/postgresql/<newest>/bin, else pg_config --bindir,
# else PATH. Debian: apt-get install postgresql-15 postgresql-client-15. initdb and pg_ctl refuse
# to run as root, so when the caller is root they run as the "postgres" user (runuser or su).
# Any failure exits non-zero with a message saying what is missing: the Maven build stops there
# rather than skipping the tests. As root, the server's own files (data, log) go to a fresh folder
# under /tmp owned by "postgres", since the checkout may sit below folders it cannot enter; DIR
# then records where (DIR/server-dir) so that stop finds it.
set -euo pipefail

die() { echo "test-postgres: $*" >&2; exit 1; }

[ $# -eq 3 ] || die "usage: $0 start|stop DIR PORT"
action="$1"
dir="$2"
port="$3"
[[ "$port" =~ ^[0-9]+$ ]] || die "port must be a number, not '$port'"
database=techsov_test

find_bin() {
  if [ -n "${TECHSOV_PG_BIN:-}" ]; then echo "$TECHSOV_PG_BIN"; return; fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  die "PostgreSQL server binaries (initdb, pg_ctl) not found; install them (Debian:" \
      "apt-get install postgresql-15 postgresql-client-15) or set TECHSOV_PG_BIN"
}

# Runs a command as the server's owner: "postgres" when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 \
      || die "running as root, but there is no 'postgres' user to run the server as"
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

bin="$(find_bin)"
[ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] \
  || die "no initdb/pg_ctl in $bin; install PostgreSQL (Debian: apt-get install postgresql-15" \
         "postgresql-client-15) or point TECHSOV_PG_BIN at its bin folder"
# The folder holding the server's data and log: DIR itself, or the one DIR/server-dir names.
server_dir() {
  if [ -f "$dir/server-dir" ]; then cat "$dir/server-dir"; else echo "$dir"; fi
}

stop_server() {
  local srv
  srv="$(server_dir)"
  if [ -f "$srv/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$srv/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ "$srv" != "$dir" ]; then rm -rf "$srv"; fi
  rm -f "$dir/server-dir"
}

case "$action" in
  start)
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    stop_server   # a server left running by an interrupted build
    srv="$dir"
    if [ "$(id -u)" -eq 0 ]; then
      srv="$(mktemp -d /tmp/techsov-test-pg.XXXXXX)"
      chown postgres "$srv"
      echo "$srv" > "$dir/server-dir"
    fi
    data="$srv/data"
    log="$srv/server.log"
    rm -rf "$data" "$log"
    as_owner mkdir -p "$data"
    as_owner test -w "$data" || die "the server's owner cannot write $data"
    as_owner "$bin/initdb" -D "$data" -U postgres --auth-host=trust --auth-local=trust \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || as_owner "$bin/initdb" -D "$data" -U postgres --auth-host=trust --auth-local=trust \
           -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
      || die "initdb failed; see $dir/initdb.log: $(tail -3 "$dir/initdb.log")"
    # TCP on 127.0.0.1 only; no Unix socket (its path could exceed the 107-byte limit)
    as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c fsync=off" \
      start >/dev/null \
      || die "the server did not start on 127.0.0.1:$port (port in use?); see $log:" \
             "$(tail -5 "$log" 2>/dev/null)"
    psql_bin="$bin/psql"
    [ -x "$psql_bin" ] || psql_bin="$(command -v psql || true)"
    [ -n "$psql_bin" ] || die "psql not found (Debian: apt-get install postgresql-client-15)"
    "$psql_bin" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
      -c "CREATE DATABASE $database" \
      || die "cannot create database $database on 127.0.0.1:$port"
    echo "test-postgres: $("$bin/postgres" --version | sed "s/^postgres (PostgreSQL) /PostgreSQL /") running," \
         "jdbc:postgresql://127.0.0.1:$port/$database?user=postgres (data in $data)"
    ;;
  stop)
    if [ -d "$dir" ]; then
      dir="$(cd "$dir" && pwd)"
      stop_server
      rm -rf "$dir"
    fi
    echo "test-postgres: stopped the server in $dir"
    ;;
  *)
    die "unknown action '$action'; use start or stop"
    ;;
esac
