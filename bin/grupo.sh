# The portal on two Payara instances behind HAProxy (issue 17, ADR 0043): sourced by bin/tramite for
# `bin/tramite grupo start|stop|status`. Read with bin/tramite's functions and variables in scope.
#
#   one domain ("grupo") whose DAS only administers: a deployment group "tramite" of two standalone
#   instances, nodo1 and nodo2, on this machine (Payara's local node), the EAR deployed to the group
#   with availability on (HTTP sessions replicated in the domain's data grid, Hazelcast);
#   HAProxy in front on the portal's public ports, health-checking /health/ready, sessions sticky to
#   their node and sent to the other one when it fails;
#   PostgreSQL shared (TRAMITE_DB=postgresql), documents in one store both nodes reach (the data
#   folder on this machine, or S3) and the archive on OpenSearch (a Lucene folder has one writer).
#
# Ports from TRAMITE_PUERTO_BASE (B, default 8000): the balancer on B+80 (HTTP) and B+81 (HTTPS, with
# the operator's certificate), the DAS's administration on B+48 and its own listeners on B+180/B+181,
# instance i on B+1000·i (HTTP +80, HTTPS +81, administration +48, data grid +92).

GRUPO=tramite
GRUPO_NODOS="nodo1 nodo2"
# requests HAProxy lets into one instance at once: Payara's HTTP thread pool (5 threads, its
# default) and a few more waiting; the others wait in HAProxy's queue
GRUPO_MAXCONN=${TRAMITE_GRUPO_MAXCONN:-8}

grupo_uso() {
  echo "uso: bin/tramite grupo [start|stop|status]" >&2
  exit 2
}

grupo() {
  case "${1:-}" in
    start) grupo_iniciar ;;
    stop) grupo_detener ;;
    status) grupo_estado ;;
    *) grupo_uso ;;
  esac
}

grupo_base() { echo "${TRAMITE_PUERTO_BASE:-8000}"; }
grupo_nodo_base() { echo $(( $(grupo_base) + 1000 * ${1#nodo} )); }
grupo_nodo_http() { echo $(( $(grupo_nodo_base "$1") + 80 )); }
grupo_nodo_https() { echo $(( $(grupo_nodo_base "$1") + 81 )); }

grupo_requisitos() {
  local falta=()
  [ "$DB" = postgresql ] || falta+=("TRAMITE_DB=postgresql (y TRAMITE_DB_URL, TRAMITE_DB_USER, TRAMITE_DB_PASSWORD): las dos instancias comparten la base de datos")
  [ "${TRAMITE_ARCHIVO_INDICE:-lucene}" = opensearch ] ||
    falta+=("TRAMITE_ARCHIVO_INDICE=opensearch y TRAMITE_OPENSEARCH_URL: un índice Lucene en carpeta admite un solo escritor")
  command -v haproxy >/dev/null || falta+=("el balanceador HAProxy (apt-get install haproxy)")
  if [ ${#falta[@]} -gt 0 ]; then
    log "el grupo de dos instancias necesita:"
    printf '          - %s\n' "${falta[@]}" >&2
    exit 2
  fi
}

grupo_iniciar() {
  local t0=$SECONDS
  DOMAIN=grupo
  build_if_needed
  install_payara
  db_settings
  grupo_requisitos
  local b; b=$(grupo_base)
  # the public ports are the balancer's; the DAS keeps its own listeners on loopback
  local publico_http=$HTTP_PORT publico_https=$HTTPS_PORT
  HTTP_PORT=$((b + 180)) HTTPS_PORT=$((b + 181))
  local modo=$HTTP_MODO
  HTTP_MODO=local
  if is_running; then log "el administrador del grupo ya está en marcha; lo reinicio"; grupo_detener; fi
  create_domain
  HTTP_MODO=$modo HTTP_PORT=$publico_http HTTPS_PORT=$publico_https
  URL_PUBLICA=$(grupo_url_publica "$publico_http" "$publico_https")
  local xml="$DOMAINDIR/$DOMAIN/config/domain.xml"
  if ! grep -q "<deployment-group name=\"$GRUPO\"" "$xml"; then
    log "creando el grupo de despliegue «$GRUPO» y sus instancias ($GRUPO_NODOS)…"
    "$ASADMIN" start-domain --domaindir "$DOMAINDIR" "$DOMAIN" >/dev/null
    asadmin create-deployment-group "$GRUPO" >/dev/null
    local n
    for n in $GRUPO_NODOS; do
      asadmin create-instance --node "localhost-$DOMAIN" --portbase "$(grupo_nodo_base "$n")" \
        --deploymentgroup "$GRUPO" "$n" >/dev/null
    done
    stop_domain
  fi
  # each instance's config locked down like the server's, with its own ports and the portal's
  # settings (database, data folder, archive…), written while the DAS is stopped. The data grid's
  # members are named (the DAS and each instance, on loopback): the domain discovery of Payara does
  # not look on loopback, and each instance formed a data grid of one, where no session of another
  # instance could be found.
  local n nb miembros="127.0.0.1:$P_HZ_DAS"
  for n in $GRUPO_NODOS; do miembros="$miembros,127.0.0.1:$(( $(grupo_nodo_base "$n") + 92 ))"; done
  for n in $GRUPO_NODOS; do
    nb=$(grupo_nodo_base "$n")
    CONFIG="$n-config" P_ADMIN=$((nb + 48)) P_HTTP=$((nb + 80)) P_HTTPS=$((nb + 81)) \
      P_IIOP=$((nb + 37)) P_IIOPS=$((nb + 38)) P_IIOPM=$((nb + 39)) P_JMX=$((nb + 86)) \
      P_JMS=$((nb + 76)) P_OSGI=$((nb + 66)) P_DEBUG=$((nb + 9)) HZ_INSTANCIA=$((nb + 92)) HZ_MIEMBROS=$miembros \
      HTTP_MODO=$HTTP_MODO TLS_ALMACEN=$TLS_ALMACEN TLS_ALIAS=portal TLS_CLAVE=$(cat "$DATA/tls/.clave") \
      SESIONES_CLASE=$SESIONES_CLASE TEMPORIZADORES_EJB=DataGrid DETRAS_DE_BALANCEADOR=1 python3 "$ROOT/bin/dominio-seguro.py" "$xml"
    write_jvm_props "$n-config"
    heap_de "$xml" "$n-config"
  done
  log "iniciando el administrador del grupo…"
  OMP_THREAD_LIMIT=1 "$ASADMIN" start-domain --domaindir "$DOMAINDIR" "$DOMAIN" >/dev/null
  local huella; huella=$(sha256sum "$EAR" | cut -c1-64)
  if [ "$(cat "$RUNTIME/grupo.ear.sha256" 2>/dev/null)" != "$huella" ] ||
     ! asadmin list-applications "$GRUPO" 2>/dev/null | grep -q '^tramite '; then
    log "desplegando el portal en el grupo (sesiones replicadas)…"
    cp "$EAR" "$RUNTIME/grupo.ear"
    asadmin deploy --force=true --target "$GRUPO" --availabilityenabled=true --name tramite \
      --contextroot / "$RUNTIME/grupo.ear" >/dev/null
    echo "$huella" > "$RUNTIME/grupo.ear.sha256"
  fi
  log "iniciando las instancias ($GRUPO_NODOS)…"
  OMP_THREAD_LIMIT=1 asadmin start-deployment-group "$GRUPO" >/dev/null
  grupo_balanceador "$publico_http" "$publico_https"
  local listos=0
  # up to 15 minutes: two instances load the application at once on the same cores
  for _ in $(seq 1 1800); do
    listos=0
    for n in $GRUPO_NODOS; do grupo_nodo_listo "$n" && listos=$((listos + 1)); done
    [ "$listos" -eq 2 ] && break
    sleep 0.5
  done
  [ "$listos" -eq 2 ] || { log "las instancias no respondieron en /health/ready; vea $PAYARA/glassfish/nodes/localhost-$DOMAIN/*/logs/server.log"; exit 1; }
  cat <<MSG

  Trámite está listo en  $URL_PUBLICA/   ($((SECONDS - t0)) s)
  Dos instancias detrás de HAProxy: $(for n in $GRUPO_NODOS; do printf '%s (127.0.0.1:%s)  ' "$n" "$(grupo_nodo_http "$n")"; done)
  Base de datos: $DB_URL   Archivo: OpenSearch ${TRAMITE_OPENSEARCH_URL:-}   Datos: $DATA
  Administración: solo desde esta máquina, puerto $ADMIN_PORT (usuario admin, contraseña en $CLAVE_ADMIN)
  Detener: bin/tramite grupo stop

MSG
}

grupo_url_publica() {
  if [ "$HTTP_MODO" = local ]; then echo "http://localhost:$1"; else echo "https://$(hostname -f 2>/dev/null || hostname):$2"; fi
}

grupo_nodo_listo() {
  curl -fsk -o /dev/null "http://127.0.0.1:$(grupo_nodo_http "$1")/health/ready" 2>/dev/null ||
    curl -fsk -o /dev/null "https://127.0.0.1:$(grupo_nodo_https "$1")/health/ready" 2>/dev/null
}

# HAProxy: round robin for new sessions, then sticky (a cookie naming the node); a node that fails
# its health check, or refuses the connection, is left out and its sessions go to the other one,
# which finds them in the data grid.
grupo_balanceador() {
  local http=$1 https=$2 cfg="$RUNTIME/haproxy.cfg" pid="$RUNTIME/haproxy.pid"
  local enlace backend_ssl="" n
  if [ "$HTTP_MODO" = local ]; then
    enlace="bind 127.0.0.1:$http"
  else
    # the operator's certificate and key, in the one PEM HAProxy reads
    (umask 077; cat "$TRAMITE_TLS_CERTIFICADO" "$TRAMITE_TLS_LLAVE" > "$DATA/tls/balanceador.pem")
    enlace="bind :$https ssl crt $DATA/tls/balanceador.pem
  bind :$http
  http-request redirect scheme https code 301 unless { ssl_fc }"
    backend_ssl="ssl verify none"
  fi
  {
    cat <<CFG
# written by bin/tramite grupo start
global
  log stdout format raw local0 notice
  maxconn 2000

defaults
  mode http
  log global
  option httplog
  option redispatch
  retries 3
  # a request the instance took and closed without a word (it was killed, or is dying: a killed
  # JVM still completes TCP handshakes while its memory is torn down) is sent again, to the other
  # one: CaidaDeUnNodoIT's immediate retry met the dying instance and got a 502 (CI). Only a
  # request that fits in HAProxy's buffer (16 kB) can be sent again; a larger upload gets the 502
  # and the client retries with its Idempotency-Key
  retry-on conn-failure empty-response
  # a new connection to the instance for every request: a request sent over a kept-alive
  # connection to an instance that has just died gets no answer, and the client's retry met
  # another such connection until the health check took the instance out (CaidaDeUnNodoIT, CI);
  # a new connection to a dead instance is refused, and is retried on the other one
  http-reuse never
  # and never the same one twice, not even for the next request of the same client connection:
  # a request sent over a kept server connection to an instance that has just died is answered by
  # closing the client's connection without a word (no 502 to retry on), and the client's
  # immediate retry, on another connection kept to the same instance, met the same (CI, twice)
  option http-server-close
  timeout connect 3s
  timeout client 120s
  timeout server 120s
  timeout http-request 30s
  # a request waits here, not in the instance, when both are busy (maxconn below); a health check
  # gets 5 s to answer, and an instance is left out after three failed ones, not two at 2 s each:
  # under the load test both saturated instances failed their checks, and were left out together
  timeout queue 60s
  timeout check 5s

frontend portal
  $enlace
  # the instances take the client's address from Proxy-ip (auth-pass-through): set here, never
  # taken from the client, and the other pass-through headers dropped
  http-request set-header Proxy-ip %[src]
  http-request del-header Proxy-auth-cert
  http-request del-header Proxy-keysize
  option forwardfor
  default_backend instancias

backend instancias
  balance roundrobin
  cookie TRAMITE_NODO insert indirect nocache httponly
  option httpchk GET /health/ready
  http-check expect status 200
  # at most $GRUPO_MAXCONN requests at once in each instance (its HTTP threads, and a few waiting):
  # the rest queue in HAProxy, so an instance's own queue stays short and its health check, which
  # maxconn does not count, is answered within the check's timeout; a connection the instance
  # refuses (it died) takes it out at once, and the request goes to the other one
  default-server inter 2s fall 3 rise 2 maxconn $GRUPO_MAXCONN observe layer4 error-limit 1 on-error mark-down
CFG
    for n in $GRUPO_NODOS; do
      if [ -n "$backend_ssl" ]; then
        echo "  server $n 127.0.0.1:$(grupo_nodo_https "$n") check cookie $n $backend_ssl"
      else
        echo "  server $n 127.0.0.1:$(grupo_nodo_http "$n") check cookie $n"
      fi
    done
  } > "$cfg"
  haproxy -c -q -f "$cfg" || { log "la configuración de HAProxy ($cfg) no es válida"; exit 1; }
  if [ -s "$pid" ] && kill -0 "$(cat "$pid")" 2>/dev/null; then
    haproxy -f "$cfg" -D -p "$pid" -sf "$(cat "$pid")"
  else
    haproxy -f "$cfg" -D -p "$pid"
  fi
}

grupo_detener() {
  DOMAIN=grupo
  local pid="$RUNTIME/haproxy.pid"
  if [ -s "$pid" ]; then kill "$(cat "$pid")" 2>/dev/null || true; rm -f "$pid"; fi
  if is_running; then
    # each instance whose process is alive, one by one: asking the whole group to stop waits on an
    # instance that was killed (two minutes in CaidaDeUnNodoIT) before it stops the others
    local n
    for n in $GRUPO_NODOS; do
      pgrep -f -- "-Dcom.sun.aas.instanceRoot=$PAYARA/glassfish/nodes/localhost-$DOMAIN/$n( |$)" >/dev/null || continue
      OMP_THREAD_LIMIT=1 timeout 120 "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$CLAVE_ADMIN" \
        stop-instance "$n" >/dev/null 2>&1 || true
    done
    timeout 120 "$ASADMIN" stop-domain --domaindir "$DOMAINDIR" "$DOMAIN" >/dev/null 2>&1 || true
  fi
  # whatever is left of this runtime's instances and DAS (a JVM that did not stop in time)
  pkill -9 -f -- "-Dcom.sun.aas.instanceRoot=$PAYARA/glassfish/nodes/localhost-$DOMAIN/" 2>/dev/null || true
  pkill -9 -f -- "-Dcom.sun.aas.instanceRoot=$DOMAINDIR/$DOMAIN" 2>/dev/null || true
  log "grupo detenido"
}

grupo_estado() {
  DOMAIN=grupo
  local n malos=0
  for n in $GRUPO_NODOS; do
    if grupo_nodo_listo "$n"; then log "$n: listo"; else log "$n: no responde"; malos=$((malos + 1)); fi
  done
  [ "$malos" -lt 2 ]
}
