#!/usr/bin/env bash
# Trámite — archive search benchmark: the project's Lucene index, the same SearchIndex on
# OpenSearch 2.19 and PostgreSQL full-text search, same synthetic corpus, same run (see
# docs/benchmark-archivo.md).
#
#   bench/archivo/archivo-bench.sh                  N=1,000,000 documents (about an hour or more)
#   N=20000 bench/archivo/archivo-bench.sh          a quick run (a few minutes)
#
# Settings (environment):
#   N               documents                                              [1000000]
#   SEED            corpus and query seed (same seed = same corpus)         [20260]
#   WORKDIR         Lucene index, PostgreSQL cluster, report               [/tmp/archivo-bench]
#                   (as root the cluster runs as the `postgres` user: WORKDIR must be reachable by it)
#   KEEP            1: leave WORKDIR (index, cluster files, informe.md) behind [0]
#   RUNS, WARMUP    measured / warm-up queries per class on Lucene          [200, 50]
#   PG_RUNS         measured queries per class on PostgreSQL, at most       [200]
#   PG_MAX_SECONDS  ... but a class stops after this many seconds (≥ 20 queries) [120]
#   PG_PORT         port of the throwaway PostgreSQL (NOT 55432: the ITs')  [55433]
#   PG_SHARED_BUFFERS                                                       [2GB]
#   PG_UNACCENT     0: spanish configuration without unaccent               [1]
#   SKIP_LUCENE, SKIP_OPENSEARCH, SKIP_PG, SKIP_BUILD   1: skip that part   [0]
#   OPENSEARCH_HEAP heap of the OpenSearch node the harness starts in its own JVM (the server
#                   from Maven Central, data in $WORKDIR/opensearch)          [3g]
#   OPENSEARCH_URL  use this cluster instead of starting a node              [unset]
#   OPENSEARCH_INDEX  index name on it (removed and created again)           [archivo-bench]
#   REUSE_OPENSEARCH  1: with KEEP=1 before, query the index left there      [0]
#   LOTE            Lucene batch size (indexar)                             [1000]
#   CONFIRMAR_CADA  Lucene: confirmar() every this many documents (0 = only at the end) [0]
#   BENCH_HEAP      harness JVM heap                                        [3g]
#   BENCH_JVM_OPTS  more JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/a.jfr,settings=profile
#   CLASES          only these query classes (comma-separated: selectiva,amplia,frase,filtrada,facetada)
#   REUSE_LUCENE    1: with KEEP=1 before, query the index left in WORKDIR instead of loading again
#   REUSE_PG        1: the same for the PostgreSQL cluster and its table (reloaded if not N rows)
#   USUARIOS_POR_UNIDAD  distinct users per unit in the filtered class (credential sets)  [40]
#   MAPRO_DIR       the MAPRO text the corpus is built from                 [../shared/mapro]
#
# End to end through the portal's REST API (optional; skipped unless TRAMITE_URL is set):
#   TRAMITE_URL        portal base URL, e.g. http://localhost:8080 (GET $TRAMITE_URL/api/v1/archivo?q=…)
#   TRAMITE_USER, TRAMITE_PASSWORD   Basic auth                             [analista.oti, Tramite2026!]
#   TRAMITE_API_PATH   [/api/v1/archivo]       HTTP_RUNS  queries per class [RUNS]
#   TRAMITE_DATA       if set, the benchmark's Lucene directory is linked as $TRAMITE_DATA/$INDICE_SUBDIR
#                      (an existing one is moved aside and put back at the end), so the portal reads it
#   INDICE_SUBDIR      [indice]
#   TRAMITE_RESTART_CMD  command that (re)starts the portal so it opens the linked index, run after
#                      linking and again after restoring; waits for $TRAMITE_URL/health/ready
#
# Prints the machine, then the Markdown report (also left in $WORKDIR/informe.md when KEEP=1).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export N=${N:-1000000}
export SEED=${SEED:-20260}
export WORKDIR=${WORKDIR:-/tmp/archivo-bench}
export MAPRO_DIR=${MAPRO_DIR:-$ROOT/../shared/mapro}
[ -f "$MAPRO_DIR/procedures.md" ] || MAPRO_DIR=/work/shared/mapro
PG_PORT=${PG_PORT:-55433}
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-2GB}
BENCH_HEAP=${BENCH_HEAP:-3g}
INDICE_SUBDIR=${INDICE_SUBDIR:-indice}
export LUCENE_DIR="$WORKDIR/lucene"

log() { printf '[archivo-bench] %s\n' "$*" >&2; }

if [ ! -f "$MAPRO_DIR/procedures.md" ]; then
  echo "no encuentro el MAPRO (procedures.md) en $MAPRO_DIR: indique MAPRO_DIR" >&2
  exit 1
fi
if [ "$PG_PORT" = 55432 ]; then
  echo "el puerto 55432 es el de las pruebas de integración: elija otro PG_PORT" >&2
  exit 1
fi

PGDIR="$WORKDIR/pg"
PGDATA="$PGDIR/data"
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "$(id -u)" = 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
  PG_OWNER=postgres
else
  as_pg() { "$@"; }
  PG_OWNER=$(id -un)
fi

ENLACE=""
APARTE=""
limpiar() {
  local rc=$?
  set +e
  if [ -n "$ENLACE" ] && [ -L "$ENLACE" ]; then
    rm -f "$ENLACE"
    [ -n "$APARTE" ] && mv "$APARTE" "$ENLACE"
    log "índice del portal restaurado en $ENLACE"
    [ -n "${TRAMITE_RESTART_CMD:-}" ] && { bash -c "$TRAMITE_RESTART_CMD" >&2 || log "TRAMITE_RESTART_CMD falló"; }
  fi
  if [ -f "$PGDATA/postmaster.pid" ]; then
    as_pg "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 && log "PostgreSQL detenido"
  fi
  if [ "${KEEP:-0}" = 1 ]; then
    log "se conserva $WORKDIR"
  else
    rm -rf "$WORKDIR"
  fi
  exit $rc
}
trap limpiar EXIT
trap 'exit 130' INT TERM

echo "== máquina"
echo "fecha:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "CPU:          $(nproc) núcleos, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "RAM:          $(awk '/^MemTotal:/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "uptime:       $(uptime)"
echo "java:         $(java -version 2>&1 | head -n 1)"
echo "commit:       $(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null | cut -c1-100)"
echo

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "compilando (mvn -o -pl search -Pbenchmark test-compile)"
  (cd "$ROOT" && mvn -q -o -pl search -Pbenchmark test-compile)
fi

# a fresh start, except what an earlier run kept (KEEP=1) and this one reuses: the Lucene index
# (REUSE_LUCENE=1) and the PostgreSQL cluster with its loaded table (REUSE_PG=1)
if [ "${REUSE_LUCENE:-0}" = 1 ] || [ "${REUSE_PG:-0}" = 1 ] || [ "${REUSE_OPENSEARCH:-0}" = 1 ]; then
  find "$WORKDIR" -mindepth 1 -maxdepth 1 \
    ! -name "$([ "${REUSE_LUCENE:-0}" = 1 ] && echo lucene || echo -)" \
    ! -name "$([ "${REUSE_PG:-0}" = 1 ] && echo pg || echo -)" \
    ! -name "$([ "${REUSE_OPENSEARCH:-0}" = 1 ] && echo opensearch || echo -)" \
    -exec rm -rf {} + 2>/dev/null || true
else
  rm -rf "$WORKDIR"
fi
mkdir -p "$WORKDIR"
export REUSE_PG=${REUSE_PG:-0}

arrancar_pg() {
  as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDIR/postgres.log" -w -t 60 start >/dev/null \
    || { cat "$PGDIR/postgres.log" >&2; exit 1; }
}

crear_cluster() {
  mkdir -p "$PGDIR"
  chown "$PG_OWNER" "$PGDIR"
  # a throwaway cluster on localhost only: trust, as the ITs' one on its own socket
  as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$PGDIR/initdb.log" 2>&1 || { cat "$PGDIR/initdb.log" >&2; exit 1; }
  cat >>"$PGDATA/postgresql.conf" <<CONF
listen_addresses = 'localhost'
port = $PG_PORT
unix_socket_directories = '$PGDIR'
shared_buffers = $PG_SHARED_BUFFERS
work_mem = 64MB
maintenance_work_mem = 1GB
effective_cache_size = 12GB
max_wal_size = 8GB
checkpoint_timeout = 30min
random_page_cost = 1.1
jit = off
plan_cache_mode = force_custom_plan
log_min_messages = warning
CONF
  arrancar_pg
  as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGDIR" -p "$PG_PORT" -U postgres -d postgres \
    -c "CREATE DATABASE bench ENCODING 'UTF8'"
}

if [ "${SKIP_PG:-0}" != 1 ]; then
  if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    echo "no hay PostgreSQL en /usr/lib/postgresql/*/bin (apt-get install postgresql postgresql-contrib) o use SKIP_PG=1" >&2
    exit 1
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
    echo "el puerto $PG_PORT ya está ocupado: elija otro PG_PORT" >&2
    exit 1
  fi
  if [ "$REUSE_PG" = 1 ] && [ -f "$PGDATA/PG_VERSION" ]; then
    rm -f "$PGDATA/postmaster.pid"
    arrancar_pg
  else
    rm -rf "$PGDIR"
    crear_cluster
  fi
  export PG_URL="jdbc:postgresql://localhost:$PG_PORT/bench?user=postgres"
  log "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') en localhost:$PG_PORT ($PGDATA)"
fi

correr() {
  (cd "$ROOT" && mvn -q -o -pl search -Pbenchmark exec:exec \
    "-Dbenchmark.jvm=-Xmx$BENCH_HEAP ${BENCH_JVM_OPTS:-}")
}

# Lucene, OpenSearch and PostgreSQL (the REST API afterwards: the portal cannot open the index while the
# harness holds its writer)
SKIP_HTTP=1 correr

if [ -n "${TRAMITE_URL:-}" ] && [ "${SKIP_HTTP:-0}" != 1 ]; then
  if [ -n "${TRAMITE_DATA:-}" ]; then
    ENLACE="$TRAMITE_DATA/$INDICE_SUBDIR"
    mkdir -p "$TRAMITE_DATA"
    if [ -e "$ENLACE" ] || [ -L "$ENLACE" ]; then
      APARTE="$ENLACE.antes-de-archivo-bench.$(date +%s)"
      mv "$ENLACE" "$APARTE"
      log "índice del portal apartado en $APARTE"
    fi
    ln -s "$LUCENE_DIR" "$ENLACE"
    log "el portal leerá $ENLACE -> $LUCENE_DIR"
    if [ -n "${TRAMITE_RESTART_CMD:-}" ]; then
      # its own wait may be shorter than opening a large index takes: the loop below waits too
      bash -c "$TRAMITE_RESTART_CMD" >&2 || log "TRAMITE_RESTART_CMD falló; se espera /health/ready de todos modos"
    fi
  fi
  for _ in $(seq 1 150); do
    curl -fsS -o /dev/null "$TRAMITE_URL/health/ready" 2>/dev/null && break
    sleep 2
  done
  curl -fsS -o /dev/null "$TRAMITE_URL/health/ready" \
    || { echo "el portal no responde en $TRAMITE_URL/health/ready" >&2; exit 1; }
  echo
  echo "## API REST (extremo a extremo)"
  echo
  WORKDIR_HTTP="$WORKDIR/http"
  mkdir -p "$WORKDIR_HTTP"
  WORKDIR="$WORKDIR_HTTP" SKIP_LUCENE=1 SKIP_PG=1 SKIP_HTTP=0 correr | sed -n '/^## Consultas/,$p'
fi

echo
echo "uptime al terminar: $(uptime)"
