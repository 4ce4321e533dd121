#!/usr/bin/env bash
# A throwaway PostgreSQL for the integration tests (run by exec-maven-plugin).
#
#   postgres-de-prueba.sh start   create a fresh cluster under $IT_TARGET/postgres and start it
#   postgres-de-prueba.sh stop    stop it (the files stay until the next start or mvn clean)
#   postgres-de-prueba.sh detener-inmediato   pg_ctl stop -m immediate, as a crash (fault ITs)
#   postgres-de-prueba.sh reanudar            start the same cluster again (after the above)
#
# Uses the machine's PostgreSQL binaries (/usr/lib/postgresql/*/bin). As root they run as the
# `postgres` user (initdb refuses to run as root); otherwise as the current user.
# If TRAMITE_IT_DB_URL is set (+ TRAMITE_IT_DB_USER, TRAMITE_IT_DB_PASSWORD) that database is
# used instead and nothing is created or stopped.
#
# Either way, $IT_TARGET/postgres-de-prueba.properties gets the JDBC settings that
# preparar-payara.sh writes into the test domain.
set -euo pipefail

TARGET=${IT_TARGET:?falta IT_TARGET, el directorio target del módulo}
PORT=${IT_DB_PORT:-55432}
DIR="$TARGET/postgres"
PGDATA="$DIR/data"
PROPS="$TARGET/postgres-de-prueba.properties"
LOGFILE="$DIR/postgres.log"

log() { printf '[postgres-de-prueba] %s\n' "$*"; }

write_props() {
  mkdir -p "$TARGET"
  printf 'url=%s\nuser=%s\npassword=%s\n' "$1" "$2" "$3" >"$PROPS"
}

if [ -n "${TRAMITE_IT_DB_URL:-}" ]; then
  if [ "${1:-}" = start ]; then
    log "usando la base de datos externa $TRAMITE_IT_DB_URL (no se crea nada)"
    write_props "$TRAMITE_IT_DB_URL" "${TRAMITE_IT_DB_USER:-tramite}" "${TRAMITE_IT_DB_PASSWORD:-tramite}"
  fi
  exit 0
fi

BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "[postgres-de-prueba] no hay PostgreSQL en /usr/lib/postgresql/*/bin: instálelo (apt-get install postgresql)" \
    "o indique una base de datos con TRAMITE_IT_DB_URL / TRAMITE_IT_DB_USER / TRAMITE_IT_DB_PASSWORD" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
  OWNER=postgres
else
  as_pg() { "$@"; }
  OWNER=$(id -un)
fi

running() { [ -f "$PGDATA/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }

stop() {
  if running; then
    as_pg "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
    log "detenido"
  fi
}

start() {
  local t0=$SECONDS
  stop # a cluster left running by an interrupted build is ours: stop it and start afresh
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "[postgres-de-prueba] el puerto $PORT ya está ocupado por otro proceso; elija otro con -Dit.db.port=…" >&2
    exit 1
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  chown "$OWNER" "$DIR"
  local pwfile="$DIR/.pw"
  printf 'tramite\n' >"$pwfile"
  chown "$OWNER" "$pwfile"
  chmod 600 "$pwfile"
  # superuser `postgres`: trusted only on the cluster's own Unix socket; TCP needs a password
  as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --pwfile="$pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  rm -f "$pwfile"
  cat >>"$PGDATA/postgresql.conf" <<CONF
listen_addresses = 'localhost'
port = $PORT
unix_socket_directories = '$DIR'
max_connections = 150
shared_buffers = 128MB
log_min_messages = warning
CONF
  if [ "${IT_DB_DURABLE:-false}" != true ]; then
    # throwaway test cluster: speed over durability against a crash of the MACHINE (no fsync;
    # IT_DB_DURABLE=true keeps the defaults, e.g. for the benchmark). synchronous_commit stays on:
    # a commit is in the kernel before it is acknowledged, so a crash of PostgreSQL's processes
    # (the fault ITs stop it with -m immediate) loses nothing acknowledged, as in production.
    printf 'fsync = off\nfull_page_writes = off\n' >>"$PGDATA/postgresql.conf"
  fi
  as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$LOGFILE" -w -t 60 start >/dev/null \
    || { cat "$LOGFILE" >&2; exit 1; }
  as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres -d postgres <<'SQL'
CREATE ROLE tramite LOGIN PASSWORD 'tramite';
CREATE DATABASE tramite OWNER tramite ENCODING 'UTF8';
SQL
  write_props "jdbc:postgresql://localhost:$PORT/tramite" tramite tramite
  log "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') en localhost:$PORT, base tramite/tramite ($((SECONDS - t0)) s)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  detener-inmediato)
    running || { echo "[postgres-de-prueba] no está en marcha" >&2; exit 1; }
    as_pg "$BIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null
    log "detenido con -m immediate" ;;
  reanudar)
    as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$LOGFILE" -w -t 60 start >/dev/null \
      || { cat "$LOGFILE" >&2; exit 1; }
    log "reanudado" ;;
  *) echo "uso: $0 start|stop|detener-inmediato|reanudar" >&2; exit 2 ;;
esac
