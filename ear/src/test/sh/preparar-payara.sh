#!/usr/bin/env bash
# Prepares the Payara Server that the integration tests run on (exec-maven-plugin,
# pre-integration-test, after maven-dependency-plugin unpacked it, postgres-de-prueba.sh
# started the database and directorio-de-prueba.sh the directory). Arquillian starts and stops
# the domain itself.
#
# - domain1's configuration is reset each run (no stale deployments, a fresh server.log);
# - phonehome-bootstrap.jar is moved aside (no phoning home);
# - every port of domain1 moves away from the defaults (http 18080, admin 14848, …) so that the
#   tests never collide with a developer's portal on 8080/4848 (bin/tramite);
# - the application's -Dtramite.* JVM options are written into domain.xml, as bin/tramite does,
#   with tramite.firma.pkcs11.libreria when $IT_PKCS11_LIBRERIA exists (SoftHSM2: the token the
#   browser IT signs with; SOFTHSM2_CONF reaches the server through the environment), and
#   tramite.agente.url on $IT_AGENTE_PORT (the signing agent FirmaConAgenteNavegadorIT starts);
# - the test data directory ($IT_DATA_DIR, documents under documentos/) starts empty;
# - the ministry's directory is the throwaway OpenLDAP of directorio-de-prueba.sh;
# - mail goes out and comes in through the throwaway GreenMail of correo-de-prueba.sh.
set -euo pipefail

TARGET=${IT_TARGET:?falta IT_TARGET}
PAYARA=${IT_PAYARA_HOME:-$TARGET/payara6}
HTTP_PORT=${IT_HTTP_PORT:-18080}
ADMIN_PORT=${IT_ADMIN_PORT:-14848}
DATA=${IT_DATA_DIR:-$TARGET/it-data}
TAMANO_MAXIMO=${IT_TAMANO_MAXIMO:-2097152}
PKCS11=${IT_PKCS11_LIBRERIA:-}
AGENTE_PORT=${IT_AGENTE_PORT:-18651}
DB_PROPS="$TARGET/postgres-de-prueba.properties"
LDAP_PROPS="$TARGET/directorio-de-prueba.properties"
CORREO_PROPS="$TARGET/correo-de-prueba.properties"
DOMAINS="$PAYARA/glassfish/domains"
PRISTINE="$PAYARA/.tramite-it-domain1-config"  # taken right after the unpack

log() { printf '[preparar-payara] %s\n' "$*"; }

[ -x "$PAYARA/bin/asadmin" ] || { echo "[preparar-payara] no está $PAYARA/bin/asadmin" >&2; exit 1; }
[ -f "$DB_PROPS" ] || { echo "[preparar-payara] falta $DB_PROPS (postgres-de-prueba.sh start)" >&2; exit 1; }
[ -f "$LDAP_PROPS" ] || { echo "[preparar-payara] falta $LDAP_PROPS (directorio-de-prueba.sh start)" >&2; exit 1; }
[ -f "$CORREO_PROPS" ] || { echo "[preparar-payara] falta $CORREO_PROPS (correo-de-prueba.sh start)" >&2; exit 1; }

# A test domain left running by an interrupted build is ours: stop it.
if "$PAYARA/bin/asadmin" list-domains 2>/dev/null | grep -q '^domain1 running'; then
  log "domain1 de una ejecución anterior sigue en marcha; lo detengo"
  "$PAYARA/bin/asadmin" stop-domain domain1 >/dev/null || true
fi

if [ -f "$PAYARA/glassfish/modules/phonehome-bootstrap.jar" ]; then
  mv -f "$PAYARA/glassfish/modules/phonehome-bootstrap.jar" "$TARGET/phonehome-bootstrap.jar.disabled"
fi

# Fresh state each run from the configuration as unpacked; the OSGi cache is kept (it saves
# ≈10 s of each domain start and holds no application state).
D="$DOMAINS/domain1"
if [ ! -d "$PRISTINE" ]; then
  rm -rf "$PRISTINE.tmp"
  cp -a "$D/config" "$PRISTINE.tmp"
  mv "$PRISTINE.tmp" "$PRISTINE"
fi
rm -rf "$D/config" "$D/applications" "$D/generated" "$D/logs" "$D/session-store" "$D/autodeploy/.autodeploystatus"
cp -a "$PRISTINE" "$D/config"
mkdir -p "$D/logs"

rm -rf "$DATA"
mkdir -p "$DATA/documentos"

db_prop() { sed -n "s/^$1=//p" "$DB_PROPS"; }
ldap_prop() { sed -n "s/^$1=//p" "$LDAP_PROPS"; }
correo_prop() { sed -n "s/^$1=//p" "$CORREO_PROPS"; }

if [ -n "$PKCS11" ] && [ ! -f "$PKCS11" ]; then
  log "AVISO: no existe $PKCS11 (apt-get install softhsm2): la firma con token no se ofrecerá"
  PKCS11=
fi

DB_URL=$(db_prop url) DB_USER=$(db_prop user) DB_PASSWORD=$(db_prop password) DATA=$DATA \
LDAP_URL=$(ldap_prop url) LDAP_BASE=$(ldap_prop base) LDAP_BASE_GRUPOS=$(ldap_prop base-grupos) \
LDAP_USUARIO=$(ldap_prop usuario-servicio) LDAP_CLAVE=$(ldap_prop clave-servicio) \
SMTP_HOST=$(correo_prop smtp.host) SMTP_PORT=$(correo_prop smtp.port) IMAP_HOST=$(correo_prop imap.host) \
IMAP_PORT=$(correo_prop imap.port) BUZON=$(correo_prop buzon) BUZON_CLAVE=$(correo_prop clave) \
TAMANO_MAXIMO=$TAMANO_MAXIMO PKCS11=$PKCS11 AGENTE_PORT=$AGENTE_PORT python3 - "$DOMAINS/domain1/config/domain.xml" "$HTTP_PORT" "$ADMIN_PORT" <<'PY'
import html, os, re, sys
path, http_port, admin_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
xml = open(path, encoding="utf-8").read()

def sub1(pattern, repl, text):
    new, n = re.subn(pattern, repl, text, count=1)
    if n != 1:
        sys.exit(f"[preparar-payara] domain.xml: no encuentro {pattern!r}")
    return new

# Hazelcast (domain-wide): own ports and cluster name, never joins a developer's DAS on 4900
xml = sub1(r'<hazelcast-runtime-configuration start-port="5900" das-port="4900"',
           '<hazelcast-runtime-configuration cluster-group-name="tramite-it" start-port="15900" das-port="14900"', xml)

s = xml.index('<config name="server-config"'); e = xml.index('</config>', s)
b = xml[s:e]
ports = {
    r'(<network-listener port=")8080(")': http_port,
    r'(<network-listener port=")8181(")': http_port + 101,
    r'(<network-listener port=")4848(")': admin_port,
    r'(<iiop-listener address="0.0.0.0" port=")3700(")': 13700,
    r'(<iiop-listener security-enabled="true" address="0.0.0.0" port=")3820(")': 13820,
    r'(<iiop-listener security-enabled="true" address="0.0.0.0" port=")3920(")': 13920,
    r'(<jmx-connector [^>]*port=")8686(")': 18686,
    r'(<system-property name="JMS_PROVIDER_PORT" value=")7676(")': 17676,
    r'(address=)9009(")': 19009,
    r'(-Dosgi.shell.telnet.port=)6666(<)': 16666,
}
for pattern, port in ports.items():
    b = sub1(pattern, rf'\g<1>{port}\g<2>', b)
b = sub1(r'<jvm-options>-Xmx[^<]*</jvm-options>', '<jvm-options>-Xmx1g</jvm-options>', b)

props = {
    "tramite.data.dir": os.environ["DATA"],
    "tramite.db.datasource-class": "org.postgresql.ds.PGSimpleDataSource",
    "tramite.db.url": os.environ["DB_URL"],
    "tramite.db.user": os.environ["DB_USER"],
    "tramite.db.password": os.environ["DB_PASSWORD"],
    "tramite.demo": "true",
    # the engine's clock may be moved by the tests (plazos, ADR 0014); never set in production
    "tramite.pruebas.reloj": "true",
    "tramite.url-publica": f"http://localhost:{http_port}",
    "tramite.archivos.tamano-maximo": os.environ["TAMANO_MAXIMO"],
    # no background reconciliation (ADR 0021): ConciliacionIT runs it when its files are planted
    "tramite.conciliacion.segundos-tras-iniciar": "0",
    # the ministry's directory (directorio-de-prueba.sh, ADR 0016): the demo's local users keep
    # logging in locally; the directory's persons get the demo cargos their groups map to
    "tramite.directorio.url": os.environ["LDAP_URL"],
    "tramite.directorio.base": os.environ["LDAP_BASE"],
    "tramite.directorio.base-grupos": os.environ["LDAP_BASE_GRUPOS"],
    "tramite.directorio.usuario-servicio": os.environ["LDAP_USUARIO"],
    "tramite.directorio.clave-servicio": os.environ["LDAP_CLAVE"],
    "tramite.directorio.filtro-habilitado": "(!(pwdAccountLockedTime=*))",
    "tramite.directorio.cargos": "oga-secretarias=OGA:SECRETARIA;oti-secretarias=OTI:SECRETARIA;"
                                 "cn=oti-analistas," + os.environ["LDAP_BASE_GRUPOS"] + "=OTI:ANALISTA:DESARROLLO",
    "tramite.directorio.espera-ms": "2000",
    # the signing agent the browser IT starts in its own JVM: not on the agent's default port,
    # which a developer's own agent may hold
    "tramite.agente.url": f"http://127.0.0.1:{os.environ['AGENTE_PORT']}",
    # mail (ADR 0029) through the tests' GreenMail (correo-de-prueba.sh): the portal's mailbox
    # sends and receives; short sweep, poll and back-off so that CorreoIT does not wait long
    "tramite.correo.smtp.host": os.environ["SMTP_HOST"],
    "tramite.correo.smtp.port": os.environ["SMTP_PORT"],
    "tramite.correo.smtp.usuario": os.environ["BUZON"],
    "tramite.correo.smtp.clave": os.environ["BUZON_CLAVE"],
    "tramite.correo.remitente": "Mesa de Ayuda OTI <" + os.environ["BUZON"] + ">",
    "tramite.correo.imap.host": os.environ["IMAP_HOST"],
    "tramite.correo.imap.port": os.environ["IMAP_PORT"],
    "tramite.correo.imap.usuario": os.environ["BUZON"],
    "tramite.correo.imap.clave": os.environ["BUZON_CLAVE"],
    "tramite.correo.barrido": "PT2S",
    "tramite.correo.imap.intervalo": "PT2S",
    "tramite.correo.reintento": "PT1S",
    "tramite.correo.reintento-maximo": "PT4S",
}
if os.environ.get("PKCS11"):
    props["tramite.firma.pkcs11.libreria"] = os.environ["PKCS11"]
opts = "".join(f'<jvm-options>-D{html.escape(k)}={html.escape(v)}</jvm-options>\n                '
               for k, v in props.items())
b = b.replace('</java-config>', opts + '</java-config>', 1)
open(path, "w", encoding="utf-8").write(xml[:s] + b + xml[e:])
PY

log "domain1 listo: http $HTTP_PORT, admin $ADMIN_PORT, datos $DATA, base $(db_prop url)"
