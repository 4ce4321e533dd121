#!/usr/bin/env bash
# A throwaway mail server for the integration tests: GreenMail standalone (com.icegreen:
# greenmail-standalone from Maven Central, copied into $IT_TARGET/greenmail by the build), run by
# exec-maven-plugin, and by CorreoIT to take it down and bring it back.
#
#   correo-de-prueba.sh start   start SMTP on 127.0.0.1:$IT_SMTP_PORT and IMAP on $IT_IMAP_PORT
#                               (its REST API on $IT_CORREO_API_PORT), with the portal's mailbox
#   correo-de-prueba.sh stop    stop it (its mail is in memory: a start begins with empty boxes)
#
# Users: the portal's mailbox (the sender and the help desk's inbox); GreenMail creates any other
# recipient when mail reaches it, with its address as login and password. Logins are full
# addresses (greenmail.users.login=email).
#
# $IT_TARGET/correo-de-prueba.properties gets the connection facts that preparar-payara.sh writes
# into the test domain and CorreoIT reads.
set -euo pipefail

TARGET=${IT_TARGET:?falta IT_TARGET, el directorio target del módulo}
SMTP=${IT_SMTP_PORT:-13025}
IMAP=${IT_IMAP_PORT:-13143}
API=${IT_CORREO_API_PORT:-13180}
DIR="$TARGET/greenmail"
JAR="$DIR/greenmail-standalone.jar"
PROPS="$TARGET/correo-de-prueba.properties"
BUZON=mesadeayuda@minem.gob.pe
CLAVE=buzon-de-prueba

log() { printf '[correo-de-prueba] %s\n' "$*"; }

pid() { [ -f "$DIR/greenmail.pid" ] && cat "$DIR/greenmail.pid"; }
running() { local p; p=$(pid) && [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
escucha() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop() {
  local p
  if running; then
    p=$(pid)
    kill "$p"
    for _ in $(seq 1 100); do
      kill -0 "$p" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$p" 2>/dev/null; then
      kill -9 "$p" 2>/dev/null || true
    fi
    log "detenido"
  fi
  rm -f "$DIR/greenmail.pid"
}

start() {
  local t0=$SECONDS
  [ -f "$JAR" ] || { echo "[correo-de-prueba] falta $JAR (mvn lo copia en pre-integration-test)" >&2; exit 1; }
  stop # a GreenMail left running by an interrupted build is ours: stop it and start afresh
  for puerto in "$SMTP" "$IMAP" "$API"; do
    if escucha "$puerto"; then
      echo "[correo-de-prueba] el puerto $puerto ya está ocupado por otro proceso; elija otro con -Dit.smtp.port/-Dit.imap.port/-Dit.correo.api.port" >&2
      exit 1
    fi
  done
  # setsid: a process of its own, which Maven's end does not take down before "stop" does
  setsid java -Xmx128m \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$IMAP" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$API" \
    -Dgreenmail.users="$BUZON:$CLAVE" -Dgreenmail.users.login=email \
    -jar "$JAR" >"$DIR/greenmail.log" 2>&1 </dev/null &
  echo $! >"$DIR/greenmail.pid"
  for _ in $(seq 1 200); do
    escucha "$SMTP" && escucha "$IMAP" && break
    running || break
    sleep 0.1
  done
  if ! escucha "$SMTP" || ! escucha "$IMAP"; then
    echo "[correo-de-prueba] GreenMail no escucha en 127.0.0.1:$SMTP/$IMAP" >&2
    tail -n 30 "$DIR/greenmail.log" >&2 || true
    stop
    exit 1
  fi
  cat >"$PROPS" <<P
smtp.host=127.0.0.1
smtp.port=$SMTP
imap.host=127.0.0.1
imap.port=$IMAP
api.port=$API
buzon=$BUZON
clave=$CLAVE
P
  log "GreenMail en smtp://127.0.0.1:$SMTP e imap://127.0.0.1:$IMAP, buzón $BUZON ($((SECONDS - t0)) s)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "uso: $0 start|stop" >&2; exit 2 ;;
esac
