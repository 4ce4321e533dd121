#!/usr/bin/env bash
# Trámite — load test with Gatling (issue 17; docs/carga.md).
#
#   bench/carga/carga.sh
#       starts a throwaway durable PostgreSQL and a portal on it (bin/tramite start, ports base
#       32000 → http://localhost:32080), runs the mix at each step of the ramp and the 8-client
#       registration, writes the tables into docs/carga.md and stops what it started
#   TRAMITE_URL=http://localhost:8080 bench/carga/carga.sh
#       against a portal (or a balancer) already running: nothing is started or stopped
#   DESTINOS="una=http://localhost:8080 dos=http://localhost:8000" bench/carga/carga.sh
#       the same series against each target in one run (one instance against two behind HAProxy)
#   CARGA_GRUPO=true bench/carga/carga.sh
#       starts PostgreSQL, an OpenSearch node and the group of two instances behind HAProxy
#       (bin/tramite grupo start), and runs the series against one instance (nodo1, directly) and
#       then against the balancer (both), in the same run; the tables go to docs/carga-grupo.md
#
# Settings (environment):
#   USUARIOS            steps of the mix, concurrent people                  ["10 25 50 100"]
#   DURACION            seconds of each step                                 [60]
#   PAUSA               think time between two steps of a person, ms (±50 %) [1000]
#   REGISTRO_C          clients of the closed registration scenario          [8]
#   REGISTRO_DURACION   its seconds (after a discarded warm-up of CALENTAMIENTO s) [60]
#   CALENTAMIENTO       seconds of registrations discarded before measuring   [20]
#   KB                  size of each registered PDF, kB                      [100]
#   FASES               what to run: "mezcla registro"; empty: only start the portal [both]
#   SALIDA              the Markdown file whose results section is replaced  [docs/carga.md]
#   ORIGENES            loopback source addresses for a local target (per-address verification limit) [200]
#   SERVER_PID          the server's java process (to report its CPU); found by port if unset
#   CARGA_PUERTO_BASE / CARGA_DB_PORT   ports of the portal / PostgreSQL it starts [32000 / 55433]
#   CARGA_EAR           deploy this EAR instead of building ear/target/tramite.ear
#   CARGA_DEJAR=true    leave the portal and PostgreSQL it started running
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/bench/carga"
USUARIOS=${USUARIOS:-"10 25 50 100"}
DURACION=${DURACION:-60}
PAUSA=${PAUSA:-1000}
REGISTRO_C=${REGISTRO_C:-8}
REGISTRO_DURACION=${REGISTRO_DURACION:-60}
CALENTAMIENTO=${CALENTAMIENTO:-20}
KB=${KB:-100}
FASES=${FASES-"mezcla registro"}   # FASES= (empty): only start the portal (with CARGA_DEJAR=true)
GRUPO=${CARGA_GRUPO:-false}
if [ "$GRUPO" = true ]; then SALIDA=${SALIDA:-$ROOT/docs/carga-grupo.md}; else SALIDA=${SALIDA:-$ROOT/docs/carga.md}; fi
TRABAJO="$HERE/target/corrida"
PORTAL="$HERE/target/portal"

log() { printf '[carga] %s\n' "$*" >&2; }

iniciado=false
opensearch_pid=
detener() {
  if [ "$iniciado" = true ] && [ "${CARGA_DEJAR:-false}" != true ]; then
    log "deteniendo el portal y PostgreSQL que inicié"
    if [ "$GRUPO" = true ]; then
      [ -s "$PORTAL/haproxy-una.pid" ] && kill "$(cat "$PORTAL/haproxy-una.pid")" 2>/dev/null || true
      entorno_del_portal bin/tramite grupo stop >/dev/null 2>&1 || true
      [ -n "$opensearch_pid" ] && kill "$opensearch_pid" 2>/dev/null || true
    else
      entorno_del_portal bin/tramite stop >/dev/null 2>&1 || true
    fi
    IT_TARGET="$PORTAL" IT_DB_PORT=${CARGA_DB_PORT:-55433} bash "$ROOT/ear/src/test/sh/postgres-de-prueba.sh" stop >/dev/null 2>&1 || true
  fi
}
entorno_del_portal() {
  (cd "$ROOT" && env TRAMITE_DATA="$PORTAL/data" TRAMITE_RUNTIME="$PORTAL/runtime" \
    TRAMITE_PUERTO_BASE=${CARGA_PUERTO_BASE:-32000} TRAMITE_DB=postgresql \
    TRAMITE_DB_URL="$(sed -n 's/^url=//p' "$PORTAL/postgres-de-prueba.properties" 2>/dev/null)" \
    TRAMITE_DB_USER=tramite TRAMITE_DB_PASSWORD=tramite ${CARGA_EAR:+"TRAMITE_EAR=$CARGA_EAR"} \
    ${OPENSEARCH_URL:+TRAMITE_ARCHIVO_INDICE=opensearch "TRAMITE_OPENSEARCH_URL=$OPENSEARCH_URL"} "$@")
}
trap detener EXIT

if [ -n "${DESTINOS:-}" ]; then
  read -r -a destinos <<<"$DESTINOS"
elif [ "$GRUPO" = true ]; then
  B=${CARGA_PUERTO_BASE:-32000}
  log "PostgreSQL desechable (durable) en el puerto ${CARGA_DB_PORT:-55433}, un nodo OpenSearch y el grupo de dos instancias"
  rm -rf "$PORTAL/data" "$PORTAL/opensearch"
  IT_TARGET="$PORTAL" IT_DB_PORT=${CARGA_DB_PORT:-55433} IT_DB_DURABLE=true \
    bash "$ROOT/ear/src/test/sh/postgres-de-prueba.sh" start
  iniciado=true
  # the OpenSearch node of the search module's tests (OpenSearch 2.19 from Maven Central)
  (cd "$ROOT" && mvn -q -B -ntp -pl search process-test-classes)
  os_puerto=$((B + 200))
  java -Xmx1g -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory \
    -cp "$ROOT/search/target/test-classes:$ROOT/search/target/classes:$(cat "$ROOT/search/target/classpath-de-pruebas.txt")" \
    pe.gob.minem.tramite.archivo.NodoOpenSearch "$PORTAL/opensearch" "$os_puerto" >"$PORTAL/opensearch.log" 2>&1 &
  opensearch_pid=$!
  OPENSEARCH_URL="http://127.0.0.1:$os_puerto"
  for _ in $(seq 1 180); do curl -fsS -o /dev/null "$OPENSEARCH_URL" 2>/dev/null && break; sleep 1; done
  curl -fsS -o /dev/null "$OPENSEARCH_URL" || { log "OpenSearch no respondió: vea $PORTAL/opensearch.log"; exit 1; }
  entorno_del_portal bin/tramite grupo start
  # one instance is measured through a balancer too, with nodo1 alone behind it: the instances take
  # the client's address from the Proxy-ip header the balancer sets, and without it every request
  # counts in one window of the public verification limit (429s that the two never see)
  cfg_una="$PORTAL/haproxy-una.cfg"
  sed -e "s/^  bind 127.0.0.1:$((B + 80))\$/  bind 127.0.0.1:$((B + 90))/" -e '/^  server nodo2 /d' \
    -e "s#^  log stdout.*#  log stdout format raw local0 emerg#" \
    "$PORTAL/runtime/haproxy.cfg" >"$cfg_una"
  grep -q "bind 127.0.0.1:$((B + 90))" "$cfg_una" || { log "no pude derivar $cfg_una de la configuración del grupo"; exit 1; }
  haproxy -f "$cfg_una" -D -p "$PORTAL/haproxy-una.pid"
  destinos=("una instancia=http://localhost:$((B + 90))" "dos instancias=http://localhost:$((B + 80))")
elif [ -n "${TRAMITE_URL:-}" ]; then
  destinos=("una instancia=$TRAMITE_URL")
else
  log "PostgreSQL desechable (durable) en el puerto ${CARGA_DB_PORT:-55433} y un portal nuevo sobre él"
  rm -rf "$PORTAL/data"
  IT_TARGET="$PORTAL" IT_DB_PORT=${CARGA_DB_PORT:-55433} IT_DB_DURABLE=true \
    bash "$ROOT/ear/src/test/sh/postgres-de-prueba.sh" start
  iniciado=true
  entorno_del_portal bin/tramite start
  destinos=("una instancia=http://localhost:$((${CARGA_PUERTO_BASE:-32000} + 80))")
fi

# compile the simulations once (a failure here is worth stopping for)
mvn -q -B -ntp -f "$HERE/pom.xml" test-compile

pid_en() {  # the process listening on a port
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true
}
pid_de() {  # the java process(es) serving the URL: behind the group's balancer, both instances
  local puerto; puerto=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$1"); puerto=${puerto:-80}
  local pid; pid=$(pid_en "$puerto")
  if [ "$GRUPO" = true ] && [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = haproxy ]; then
    if [ "$puerto" = $((B + 90)) ]; then pid_en $((B + 1080)); else echo "$(pid_en $((B + 1080))) $(pid_en $((B + 2080)))"; fi
  else
    echo "$pid"
  fi
}
cpu_de() {  # user+system CPU seconds of the processes (0 if unknown)
  local total=0 p
  for p in $1; do
    [ -r "/proc/$p/stat" ] || continue
    total=$(awk -v t="$total" -v hz="$(getconf CLK_TCK)" '{print t + ($14 + $15) / hz}' "/proc/$p/stat")
  done
  echo "$total"
}

# The public verification is limited per client address (30 a minute): against a portal on this
# machine the virtual users come from ORIGENES loopback addresses (127.0.1.1…), as many people
# would; against another machine or the balancer, from this machine's one address (expect 429s)
origenes() {
  case "$1" in
    http://localhost[:/]*|http://127.*|http://localhost) echo "${ORIGENES:-200}" ;;
    *) echo 0 ;;
  esac
}

rm -rf "$TRABAJO"; mkdir -p "$TRABAJO"
# one Gatling run: simulation, label, url, users, seconds → a line "label|dir|load|cpu" in corridas.txt
correr() {
  local sim=$1 etiqueta=$2 url=$3 usuarios=$4 segundos=$5 guardar=${6:-true}
  local antes pid cpu0 cpu1 carga
  carga=$(cut -d' ' -f1 /proc/loadavg)
  pid=${SERVER_PID:-$(pid_de "$url")}
  cpu0=$(cpu_de "$pid")
  log "$etiqueta: $sim, $usuarios usuarios, $segundos s → $url (carga $carga)"
  antes=$(ls -d "$HERE"/target/gatling/*/ 2>/dev/null | sort || true)
  mvn -q -B -ntp -f "$HERE/pom.xml" gatling:test -Dgatling.simulationClass="carga.$sim" \
    -Dcarga.url="$url" -Dcarga.usuarios="$usuarios" -Dcarga.duracion="$segundos" \
    -Dcarga.pausa="$PAUSA" -Dcarga.kb="$KB" -Dcarga.origenes="$(origenes "$url")" -Dcarga.descripcion="$etiqueta" >"$TRABAJO/ultimo.log" 2>&1 \
    || { tail -n 30 "$TRABAJO/ultimo.log" >&2; log "Gatling falló"; exit 1; }
  cpu1=$(cpu_de "$pid")
  local dir; dir=$(comm -13 <(echo "$antes") <(ls -d "$HERE"/target/gatling/*/ | sort) | tail -n 1)
  [ -n "$dir" ] || { log "no encuentro el informe de Gatling"; exit 1; }
  if [ "$guardar" = true ]; then
    printf '%s|%s|%s|%s|%s\n' "$etiqueta" "$dir" "$carga" "$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN{print b-a}')" "$segundos" >>"$TRABAJO/corridas.txt"
  fi
}

for d in "${destinos[@]}"; do
  nombre=${d%%=*}; url=${d#*=}
  curl -fsS -o /dev/null "$url/health/ready" || { log "el portal no responde en $url/health/ready"; exit 1; }
  for fase in $FASES; do
    case "$fase" in
      mezcla)
        for u in $USUARIOS; do
          correr MezclaSimulation "$nombre · mezcla · $u usuarios" "$url" "$u" "$DURACION"
        done ;;
      registro)
        correr Registro8Simulation "$nombre · calentamiento" "$url" "$REGISTRO_C" "$CALENTAMIENTO" false
        correr Registro8Simulation "$nombre · registro · $REGISTRO_C clientes" "$url" "$REGISTRO_C" "$REGISTRO_DURACION" ;;
      *) log "fase desconocida: $fase"; exit 2 ;;
    esac
  done
done

if [ ! -s "$TRABAJO/corridas.txt" ]; then
  log "nada que medir (FASES vacío); portal en ${destinos[0]#*=}"
  exit 0
fi
python3 "$HERE/informe.py" "$TRABAJO/corridas.txt" "$SALIDA" \
  "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!docs' || echo ' + cambios sin confirmar')" \
  "USUARIOS=\"$USUARIOS\" DURACION=$DURACION PAUSA=$PAUSA REGISTRO_C=$REGISTRO_C REGISTRO_DURACION=$REGISTRO_DURACION KB=$KB"
log "resultados en $SALIDA (informes HTML de Gatling en $HERE/target/gatling/)"
