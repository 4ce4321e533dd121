#!/usr/bin/env bash
# Trámite — benchmark of the monitoring webhook (P/OGA-TI-08, ADR 0028) against a RUNNING portal,
# best on PostgreSQL (docs/benchmark-portal.md says how to start one).
#
#   bench/monitoreo/alertas.sh                  N=5000 firings over F=50 fingerprints, C=16 clients
#   N=1000 C=8 bench/monitoreo/alertas.sh       smaller run
#
# Settings (environment):
#   TRAMITE_URL   portal base URL                                      [http://localhost:8080]
#   N             firings of already-open alerts (deduplicated)        [5000]
#   F             fingerprints: alerts opened, the baseline            [50]
#   C             concurrent clients                                   [16]
#   ADMIN, CLAVE  an administrator, to create the run's own source     [admin / Tramite2026!]
#
# Prints the machine, the floor (GET /health/ready at the same concurrency), then alerts/s of the baseline (each alert opens an expediente with its
# P/OGA-TI-08 instance) and of the deduplication (the same alerts again, only counted), with
# p50/p95/p99, the goal (≥ 500 alerts/s deduplicated) and whether every alert was counted.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
URL=${TRAMITE_URL:-http://localhost:8080}

if ! curl -fsS -o /dev/null "$URL/health/ready"; then
  echo "el portal no responde en $URL/health/ready: inícielo primero (docs/benchmark-portal.md)" >&2
  exit 1
fi

echo "== máquina"
echo "fecha:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "CPU:          $(nproc) núcleos, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "carga:        $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min, antes de empezar)"
echo "cliente:      $(java -version 2>&1 | head -n 1)"
echo

exec java -Xmx256m "$ROOT/bench/monitoreo/Alertas.java" --url "$URL" --n "${N:-5000}" \
  --f "${F:-50}" --c "${C:-16}" --admin "${ADMIN:-admin}" --clave "${CLAVE:-Tramite2026!}"
