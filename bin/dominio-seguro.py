#!/usr/bin/env python3
"""Locks down the Payara domain that bin/tramite creates (domain.xml, server-config).

CONFIG names another config of the domain (the instances of `bin/tramite grupo`: nodo1-config,
nodo2-config) to lock down in the same way with that instance's ports (P_*, HZ_INSTANCIA).

Run by bin/tramite before every start, with the domain stopped; idempotent. What it does, and
why, is in docs/adr/0018-servidor-endurecido.md:

- every port from the environment (P_*), so that two portals on one machine never collide;
- the admin listener and everything the portal does not serve on loopback only: admin (REST
  management and console, password-protected by create-domain), IIOP (the ORB starts lazily, the
  secure listeners are off), Hazelcast (the data grid binds to 127.0.0.1); JMX and JMS off (the
  portal uses neither); the server's own H2 databases without their AUTO_SERVER TCP port;
- HTTPS on P_HTTPS with the keystore given (TLS 1.2 and 1.3 only); plain HTTP either on loopback
  only (HTTP_MODO=local, the demo) or on every address for the application to redirect to HTTPS
  (HTTP_MODO=redirigir, production: tramite.https.puerto);
- no version banners (Server, X-Powered-By), no TRACE;
- session ids from the portal's own generator (128+ random bits) when SESIONES_CLASE is set.
"""
import os
import re
import sys

path = sys.argv[1]
env = os.environ
xml = open(path, encoding="utf-8").read()


def fail(msg):
    sys.exit(f"[dominio-seguro] domain.xml: {msg}")


def sub(pattern, repl, text, count=1, flags=re.S):
    new, n = re.subn(pattern, repl, text, count=count, flags=flags)
    if n == 0:
        fail(f"no encuentro {pattern!r}")
    return new


def attr(tag_text, name, value):
    """Sets (or adds) an attribute on the opening tag tag_text."""
    if re.search(rf'\s{name}="[^"]*"', tag_text):
        return re.sub(rf'(\s{name}=")[^"]*(")', rf"\g<1>{value}\g<2>", tag_text, count=1)
    return re.sub(r"\s*(/?>)$", rf' {name}="{value}"\1', tag_text, count=1)


def on_tag(block, pattern, **attrs):
    """Sets attributes on every opening tag matching pattern (a regex for the whole tag)."""
    def fix(m):
        t = m.group(0)
        for k, v in attrs.items():
            t = attr(t, k.replace("_", "-"), v)
        return t
    new, n = re.subn(pattern, fix, block, flags=re.S)
    if n == 0:
        fail(f"no encuentro {pattern!r}")
    return new


# ---- domain-wide: the data grid on loopback, its own ports
xml = on_tag(xml, r"<hazelcast-runtime-configuration\b[^>]*?/?>",
             das_port=env["P_HZ_DAS"], start_port=env["P_HZ_INICIO"],
             das_bind_address="127.0.0.1", interface="127.0.0.1")
# ---- a group's members named one by one (HZ_MIEMBROS, host:port,…). Payara's «domain» discovery
# ignores a DAS address on loopback and looks for it on the machine's first other interface, where
# nothing listens when the data grid binds to 127.0.0.1 only: every instance formed a data grid of
# its own and no session was found on another instance (docs/adr/0043-grupo-de-instancias.md)
if env.get("HZ_MIEMBROS"):
    xml = on_tag(xml, r"<hazelcast-runtime-configuration\b[^>]*?/?>",
                 discovery_mode="tcpip", tcpip_members=env["HZ_MIEMBROS"])

# ---- the server's own H2 databases (EJB timers, jdbc/__default) open no TCP server: with
# AUTO_SERVER=TRUE, H2 listens on every interface as soon as one is used
xml = re.sub(r'(/lib/databases/[a-z_]+);AUTO_SERVER=TRUE', r"\1", xml)

config = env.get("CONFIG", "server-config")
s = xml.index(f'<config name="{config}"')
e = xml.index("</config>", s)
b = xml[s:e]

# ---- ports of the server-config
b = on_tag(b, r'<network-listener\b[^>]*\bname="admin-listener"[^>]*>', port=env["P_ADMIN"], address="127.0.0.1")
b = on_tag(b, r'<network-listener\b[^>]*\bname="http-listener-1"[^>]*>', port=env["P_HTTP"],
           address="127.0.0.1" if env["HTTP_MODO"] == "local" else "0.0.0.0")
b = on_tag(b, r'<network-listener\b[^>]*\bname="http-listener-2"[^>]*>', port=env["P_HTTPS"], address="0.0.0.0")
b = on_tag(b, r'<iiop-listener\b[^>]*\bid="orb-listener-1"[^>]*>', port=env["P_IIOP"], address="127.0.0.1", lazy_init="true")
b = on_tag(b, r'<iiop-listener\b[^>]*\bid="SSL"[^>]*>', port=env["P_IIOPS"], address="127.0.0.1", enabled="false")
b = on_tag(b, r'<iiop-listener\b[^>]*\bid="SSL_MUTUALAUTH"[^>]*>', port=env["P_IIOPM"], address="127.0.0.1", enabled="false")
b = on_tag(b, r"<jmx-connector\b[^>]*>", port=env["P_JMX"], address="127.0.0.1", enabled="false")
if "<jms-service" in b:
    b = on_tag(b, r"<jms-service\b[^>]*>", type="DISABLED")
else:  # the server-config of a new domain has none: the embedded broker is the default
    b += ('<jms-service type="DISABLED" default-jms-host="default_JMS_host">'
          '<jms-host name="default_JMS_host" host="127.0.0.1" port="${JMS_PROVIDER_PORT}" lazy-init="true">'
          "</jms-host></jms-service>\n        ")
b = on_tag(b, r'<system-property\b[^>]*\bname="JMS_PROVIDER_PORT"[^>]*>', value=env["P_JMS"])
# an instance's own data grid port (its config names it; the DAS's is domain-wide, above)
if env.get("HZ_INSTANCIA"):
    b = on_tag(b, r'<system-property\b[^>]*\bname="HZ_LISTENER_PORT"[^>]*>', value=env["HZ_INSTANCIA"])
# an instance's EJB timers in the data grid: the default store is the server's own H2 database,
# which on an instance is empty («Table EJB__TIMER__TBL not found»): the timer service fails and
# Payara unloads the application (issue 17; docs/adr/0043-grupo-de-instancias.md)
if env.get("TEMPORIZADORES_EJB"):
    b = on_tag(b, r"<ejb-timer-service\b[^>]*>", ejb_timer_service=env["TEMPORIZADORES_EJB"])
b = re.sub(r"(-Dosgi\.shell\.telnet\.port=)\d+", rf'\g<1>{env["P_OSGI"]}', b)
b = re.sub(r"(address=)\d+(\")", rf'\g<1>{env["P_DEBUG"]}\g<2>', b)

# ---- an instance behind the group's balancer (bin/grupo.sh): it listens on loopback only, and
# takes the client's address from the Proxy-ip header that HAProxy sets (overwriting whatever the
# client sent): the logs, the audit and the public verification's per-address limit see the person,
# not the balancer. Only safe because nothing but the balancer can reach these listeners.
if env.get("DETRAS_DE_BALANCEADOR"):
    b = on_tag(b, r'<network-listener\b[^>]*\bname="http-listener-[12]"[^>]*>', address="127.0.0.1")
    b = on_tag(b, r'<protocol\b[^>]*\bname="(http-listener-1|http-listener-2)"[^>]*>\s*<http\b[^>]*>',
               auth_pass_through_enabled="true")

# ---- HTTP protocols: no banners, no TRACE
b = on_tag(b, r'<protocol\b[^>]*\bname="(http-listener-1|http-listener-2|admin-listener)"[^>]*>\s*<http\b[^>]*>',
           xpowered_by="false", server_header="false", trace_enabled="false")
# (SameSite=Lax on the session cookie comes from the application's web.xml: set here as well,
# the server would send the attribute twice)
b = re.sub(r'\s+cookie-same-site-(enabled|value)="[^"]*"', "", b)

# ---- no server error report (it names the server and its version): an error the application
# does not answer itself goes out with its status and an empty body
if 'name="errorReportValve"' not in b:
    b = sub(r'(<virtual-server\b[^>]*\bid="server"[^>]*>)', r'\1<property name="errorReportValve" value=""></property>', b)

# ---- the data grid binds to its interface (127.0.0.1) only, not to every address
if "-Dhazelcast.socket.bind.any=" not in b:
    b = b.replace("</java-config>", "<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>\n        </java-config>", 1)

# ---- TLS on http-listener-2 with the portal's keystore
ssl = ('<ssl classname="com.sun.enterprise.security.ssl.GlassfishSSLImpl" cert-nickname="{alias}" '
       'key-store="{ks}" key-store-type="PKCS12" key-store-password="{pw}" '
       'ssl3-enabled="false" tls-enabled="false" tls11-enabled="false" tls12-enabled="true" '
       'tls13-enabled="true" tls-rollback-enabled="false"></ssl>').format(
    alias=env["TLS_ALIAS"], ks=env["TLS_ALMACEN"], pw=env["TLS_CLAVE"])
b = sub(r'(<protocol\b[^>]*\bname="http-listener-2"[^>]*>.*?)<ssl\b[^>]*?(/>|>.*?</ssl>)', rf"\g<1>{ssl}", b)

# ---- plain HTTP keeps the ordinary protocol; in production the application redirects every
# request to HTTPS (Grizzly's http-redirect, alone or under port unification, either stops the
# web container or never redirects on Payara 6.2025.9: tried and recorded in ADR 0018)
b = re.sub(r'\s*<protocol\b[^>]*\bname="redireccion-https(-pu)?"[^>]*>.*?</protocol>', "", b, flags=re.S)
b = on_tag(b, r'<network-listener\b[^>]*\bname="http-listener-1"[^>]*>', protocol="http-listener-1")

# ---- session ids from the portal's generator (a jar in the domain's lib directory)
b = re.sub(r"\s*<web-container>.*?</web-container>", "", b, flags=re.S)
if env.get("SESIONES_CLASE"):
    b = b.replace("</java-config>", "</java-config>\n            <web-container><session-config><session-manager>"
                  f'<manager-properties session-id-generator-classname="{env["SESIONES_CLASE"]}"></manager-properties>'
                  "</session-manager></session-config></web-container>", 1)

open(path, "w", encoding="utf-8").write(xml[:s] + b + xml[e:])
