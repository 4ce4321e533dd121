#!/usr/bin/env bash
# A throwaway OpenLDAP directory for the integration tests (run by exec-maven-plugin, and by
# DirectorioIT to take it down and bring it back).
#
#   directorio-de-prueba.sh start   load directorio-de-prueba.ldif into a fresh database under
#                                   $IT_TARGET/directorio and start slapd on 127.0.0.1
#   directorio-de-prueba.sh stop    stop it (the files stay until the next start or mvn clean)
#
# Uses Debian's slapd binaries (/usr/sbin/slapd, slapadd, slappasswd) with its own slapd.conf,
# never the system's slapd instance or its configuration. slapd runs as the current user, root
# included (no -u: nothing depends on dropping privileges). The ppolicy overlay is loaded so that
# pwdAccountLockedTime disables an account, as OpenLDAP administrators do.
#
# $IT_TARGET/directorio-de-prueba.properties gets the connection facts that preparar-payara.sh
# writes into the test domain and DirectorioIT reads.
set -euo pipefail

TARGET=${IT_TARGET:?falta IT_TARGET, el directorio target del módulo}
PORT=${IT_LDAP_PORT:-13389}
DIR="$TARGET/directorio"
PROPS="$TARGET/directorio-de-prueba.properties"
LDIF="$(cd "$(dirname "$0")" && pwd)/directorio-de-prueba.ldif"
SLAPD=${IT_SLAPD:-/usr/sbin/slapd}
SUFIJO="dc=minem,dc=gob,dc=pe"
RAIZ_DN="cn=admin,$SUFIJO"
RAIZ_CLAVE=raiz-del-directorio-de-prueba
SERVICIO_DN="cn=portal-tramite,ou=servicios,$SUFIJO"
SERVICIO_CLAVE=servicio-del-portal
CLAVE_PERSONAS='Directorio2026!'

log() { printf '[directorio-de-prueba] %s\n' "$*"; }

if [ ! -x "$SLAPD" ] || ! command -v slapadd >/dev/null 2>&1; then
  PATH="$PATH:/usr/sbin"
fi
if [ ! -x "$SLAPD" ] || ! command -v slapadd >/dev/null || ! command -v slappasswd >/dev/null; then
  echo "[directorio-de-prueba] no está slapd (/usr/sbin/slapd, slapadd, slappasswd): apt-get install slapd ldap-utils" >&2
  exit 1
fi

pid() { [ -f "$DIR/slapd.pid" ] && cat "$DIR/slapd.pid"; }
running() { local p; p=$(pid) && [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

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
    rm -f "$DIR/slapd.pid"
    log "detenido"
  fi
}

start() {
  local t0=$SECONDS
  stop # a slapd left running by an interrupted build is ours: stop it and start afresh
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "[directorio-de-prueba] el puerto $PORT ya está ocupado por otro proceso; elija otro con -Dit.ldap.port=…" >&2
    exit 1
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR/datos"
  cat >"$DIR/slapd.conf" <<CONF
include         /etc/ldap/schema/core.schema
include         /etc/ldap/schema/cosine.schema
include         /etc/ldap/schema/inetorgperson.schema
modulepath      /usr/lib/ldap
moduleload      back_mdb.la
moduleload      ppolicy.la
pidfile         $DIR/slapd.pid
argsfile        $DIR/slapd.args
loglevel        none

database        mdb
maxsize         16777216
suffix          "$SUFIJO"
rootdn          "$RAIZ_DN"
rootpw          $RAIZ_CLAVE
directory       $DIR/datos
overlay         ppolicy
ppolicy_default "cn=politica-de-claves,ou=servicios,$SUFIJO"

# a password is only ever compared (bind); the portal's service account reads the rest
access to attrs=userPassword
        by anonymous auth
        by * none
access to *
        by dn.exact="$SERVICIO_DN" read
        by self read
        by * none
CONF
  local hash_personas hash_servicio
  hash_personas=$(slappasswd -s "$CLAVE_PERSONAS")
  hash_servicio=$(slappasswd -s "$SERVICIO_CLAVE")
  sed -e "s|CLAVE_PERSONAS|$hash_personas|" -e "s|CLAVE_SERVICIO|$hash_servicio|" "$LDIF" >"$DIR/datos.ldif"
  slapadd -q -f "$DIR/slapd.conf" -l "$DIR/datos.ldif" >"$DIR/slapadd.log" 2>&1 \
    || { cat "$DIR/slapadd.log" >&2; exit 1; }
  "$SLAPD" -f "$DIR/slapd.conf" -h "ldap://127.0.0.1:$PORT/" >"$DIR/slapd.log" 2>&1 \
    || { cat "$DIR/slapd.log" >&2; exit 1; }
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    sleep 0.1
  done
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "[directorio-de-prueba] slapd no escucha en 127.0.0.1:$PORT" >&2
    cat "$DIR/slapd.log" >&2
    exit 1
  fi
  cat >"$PROPS" <<P
url=ldap://127.0.0.1:$PORT
base=ou=personas,$SUFIJO
base-grupos=ou=grupos,$SUFIJO
usuario-servicio=$SERVICIO_DN
clave-servicio=$SERVICIO_CLAVE
raiz-dn=$RAIZ_DN
raiz-clave=$RAIZ_CLAVE
clave-personas=$CLAVE_PERSONAS
P
  log "slapd $("$SLAPD" -VV 2>&1 | sed -n 's/.*slapd \([^ ]*\).*/\1/p' | head -n 1) en ldap://127.0.0.1:$PORT, base $SUFIJO ($((SECONDS - t0)) s)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "uso: $0 start|stop" >&2; exit 2 ;;
esac
