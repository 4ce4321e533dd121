#!/usr/bin/env bash
# Trámite — before/after in the same run: the 8-client registration (Registro8Simulation) on two
# EARs, deployed in turn on the same portal and database (the one carga.sh starts: run it first
# with CARGA_DEJAR=true, or let this script start it), alternating A B A B… so that the machine's
# drift affects both alike. Each deployment restarts the server, so both start with a cold JIT and
# get the same warm-up (CALENTAMIENTO s, discarded).
#
#   bench/carga/comparar.sh ANTES.ear DESPUES.ear [rondas=2]
#   COMPARAR_FASES=mezcla USUARIOS="10 100" bench/carga/comparar.sh ANTES.ear DESPUES.ear
#
# Writes the tables to $SALIDA [bench/carga/target/comparacion.md]; the same variables as carga.sh;
# COMPARAR_FASES [registro] the phases each turn runs (carga.sh's FASES).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/bench/carga"
A=$(realpath "$1"); B=$(realpath "$2"); RONDAS=${3:-2}
PORTAL="$HERE/target/portal"
BASE=${CARGA_PUERTO_BASE:-32000}
SALIDA=${SALIDA:-$HERE/target/comparacion.md}
: >"$SALIDA.tmp"
desplegar() {
  (cd "$ROOT" && TRAMITE_EAR="$1" TRAMITE_DATA="$PORTAL/data" TRAMITE_RUNTIME="$PORTAL/runtime" \
    TRAMITE_PUERTO_BASE=$BASE TRAMITE_DB=postgresql \
    TRAMITE_DB_URL="$(sed -n 's/^url=//p' "$PORTAL/postgres-de-prueba.properties")" \
    TRAMITE_DB_USER=tramite TRAMITE_DB_PASSWORD=tramite bin/tramite start >/dev/null)
}
[ -f "$PORTAL/postgres-de-prueba.properties" ] || { echo "primero: CARGA_DEJAR=true FASES= bench/carga/carga.sh" >&2; exit 2; }
for r in $(seq 1 "$RONDAS"); do
  for par in "antes=$A" "después=$B"; do
    nombre=${par%%=*}; ear=${par#*=}
    echo "[comparar] ronda $r: $nombre ($ear)" >&2
    desplegar "$ear"
    TRAMITE_URL="http://localhost:$((BASE + 80))" FASES="${COMPARAR_FASES:-registro}" \
      SALIDA="$HERE/target/una.md" "$HERE/carga.sh"
    { echo "## ronda $r · $nombre ($(basename "$ear"), sha256 $(sha256sum "$ear" | cut -c1-12))"; echo
      sed -n '/^### /,/^<!--/p' "$HERE/target/una.md" | grep -v '^<!--'; } >>"$SALIDA.tmp"
  done
done
mv "$SALIDA.tmp" "$SALIDA"
cat "$SALIDA"
