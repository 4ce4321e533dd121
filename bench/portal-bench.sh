#!/usr/bin/env bash
# Trámite — benchmark of the portal's REST API against a RUNNING portal (see docs/benchmark-portal.md).
#
#   bench/portal-bench.sh                 N=400 expedientes, C=8 clients, 100 KB PDF each
#   N=100 C=4 bench/portal-bench.sh       smaller run
#
# Settings (environment):
#   TRAMITE_URL   portal base URL                                [http://localhost:8080]
#   N             expedientes registered and routed              [400]
#   C             concurrent clients                             [8]
#   KB            size of each expediente's PDF in KB             [100]
#   BASELINE      GET /health/ready requests for the baseline    [2000]
#   SERVER_PID    PID of the server's java process (found from the listening port if unset)
#   LOTE          M: then draft M documents (P/OGA-TI-02), sign 5 one by one and the rest in one batch [0]
#
# Prints the machine, then the client's report: registrations/s, steps/s, p50/p95/p99 per
# operation, the baseline (GET /health/ready under the same concurrency) and the server's peak RSS.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
URL=${TRAMITE_URL:-http://localhost:8080}
N=${N:-400}
C=${C:-8}
KB=${KB:-100}
BASELINE=${BASELINE:-2000}

if ! curl -fsS -o /dev/null "$URL/health/ready"; then
  echo "el portal no responde en $URL/health/ready: inícielo primero (docs/benchmark-portal.md)" >&2
  exit 1
fi

# the java process listening on the portal's port (to sample its RSS)
PORT=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$URL"); PORT=${PORT:-80}
if [ -z "${SERVER_PID:-}" ]; then
  SERVER_PID=$(ss -Hltnp "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)
fi

echo "== máquina"
echo "fecha:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "CPU:          $(nproc) núcleos, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "RAM:          $(awk '/^MemTotal:/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "carga:        $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min, antes de empezar)"
echo "cliente:      $(java -version 2>&1 | head -n 1)"
if [ -n "${SERVER_PID:-}" ]; then
  echo "servidor:     pid $SERVER_PID, $(ps -o args= -p "$SERVER_PID" | grep -o -- '-Xmx[^ ]*' | head -n 1 || true)," \
       "RSS $(( $(ps -o rss= -p "$SERVER_PID") / 1024 )) MB al empezar"
else
  echo "servidor:     pid no encontrado en el puerto $PORT (sin RSS); indíquelo con SERVER_PID=…"
fi
if command -v psql >/dev/null; then
  echo "PostgreSQL:   $(psql --version | awk '{print $3}') (cliente)"
fi
echo

exec java -Xmx512m "$ROOT/bench/PortalBench.java" --url "$URL" --n "$N" --c "$C" --kb "$KB" \
  --baseline "$BASELINE" --pid "${SERVER_PID:--1}" --lote "${LOTE:-0}"
