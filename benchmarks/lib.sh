# Shared by startup.sh and steady.sh (sourced): a free loopback port, and a throw-away PostgreSQL server started from
# /usr/lib/postgresql/*/bin like tests/Wmk.Testing/PostgresServer (as the postgres user when run as root).

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

PG_ROOT=""
pg() { local tool="$PG_BIN/$1"; shift; if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$tool" "$@"; else "$tool" "$@"; fi; }

# Starts the server with an empty database wmk_bench and sets DB to its connection string.
start_postgres() {
  PG_BIN="${WMK_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
  PG_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/wmk-bench-pg-XXXX")"; chmod 755 "$PG_ROOT"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_ROOT"
  local port
  port=$(free_port)
  pg initdb -D "$PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  pg pg_ctl -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -o "-p $port -k $PG_ROOT -c listen_addresses=127.0.0.1" start >/dev/null
  pg createdb -h 127.0.0.1 -p "$port" -U postgres wmk_bench
  DB="Host=127.0.0.1;Port=$port;Username=postgres;Database=wmk_bench"
}

stop_postgres() {
  if [ -n "$PG_ROOT" ]; then
    pg pg_ctl -D "$PG_ROOT/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_ROOT"
  fi
}
