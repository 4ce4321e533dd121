#!/usr/bin/env python3
"""Trámite — the load test's summary (bench/carga/carga.sh): reads Gatling's js/stats.json of each
run listed in corridas.txt ("label|report dir|load|server CPU s|seconds") and replaces the results
section of the Markdown file (between the two markers) with one table per run: per request type,
count, throughput, p50/p95/p99, errors; then, for the mix, each request type's p95 across the steps.

usage: informe.py corridas.txt docs/carga.md COMMIT PARAMETROS
"""
import datetime
import json
import os
import re
import sys

INICIO = "<!-- carga.sh: inicio de resultados (se reemplaza en cada corrida) -->"
FIN = "<!-- carga.sh: fin de resultados -->"


def num(x, d=1):
    s = f"{x:,.{d}f}".replace(",", " ").replace(".", ",")
    return s


def objeto_js(texto):
    """The first {...} of Gatling's js/stats.js (a JavaScript object: some keys unquoted) as JSON."""
    inicio = texto.index("{")
    nivel, en_cadena, i = 0, False, inicio
    while True:
        c = texto[i]
        if en_cadena:
            if c == "\\":
                i += 1
            elif c == '"':
                en_cadena = False
        elif c == '"':
            en_cadena = True
        elif c == "{":
            nivel += 1
        elif c == "}":
            nivel -= 1
            if nivel == 0:
                break
        i += 1
    js = texto[inicio : i + 1]
    js = re.sub(r"(?m)^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:", r'\1"\2":', js)
    return json.loads(js)


def entero(x):
    try:
        return int(float(x))
    except (TypeError, ValueError):
        return 0


def stats(directorio):
    """Gatling 3.13 writes its numbers in js/stats.js (older versions also in js/stats.json)."""
    ruta = os.path.join(directorio, "js", "stats.json")
    if os.path.exists(ruta):
        with open(ruta, encoding="utf-8") as f:
            raiz = json.load(f)
    else:
        with open(os.path.join(directorio, "js", "stats.js"), encoding="utf-8") as f:
            raiz = objeto_js(f.read())
    filas = []

    def recorrer(nodo):
        for hijo in (nodo.get("contents") or {}).values():
            if hijo.get("type") == "REQUEST":
                filas.append(hijo["stats"])
            else:
                recorrer(hijo)

    recorrer(raiz)
    return raiz["stats"], filas


def duracion(directorio, nominal):
    """Seconds the run really lasted: the span of Gatling's active-users series (after the
    injection ends, the people in the middle of a task finish it), else the nominal duration."""
    try:
        with open(os.path.join(directorio, "js", "all_sessions.js"), encoding="utf-8") as f:
            marcas = [int(x) for x in re.findall(r"\[(\d{13}),", f.read())]
        if len(marcas) > 1:
            return max(nominal, (marcas[-1] - marcas[0]) / 1000 + 1)
    except OSError:
        pass
    return nominal


def fila(s, segundos):
    n = s["numberOfRequests"]
    ok, ko = entero(n["ok"]), entero(n["ko"])
    return (
        f"| {s['name']} | {entero(n['total'])} | {num(ok / segundos)} | "
        f"{s['percentiles1']['ok']} | {s['percentiles2']['ok']} | {s['percentiles3']['ok']} | "
        f"{s['maxResponseTime']['ok']} | {ko} |"
    )


def main():
    corridas, salida, commit, parametros = sys.argv[1:5]
    lineas = []
    ahora = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    with open("/proc/cpuinfo") as f:
        cpu = re.search(r"model name\s*:\s*(.*)", f.read()).group(1).strip()
    lineas.append(
        f"Corrida del {ahora}, commit {commit}, {os.cpu_count()} núcleos ({cpu}); {parametros}."
    )
    lineas.append(
        "Rendimiento: respuestas correctas por segundo sobre la duración real de la fase (la"
        " inyección dura DURACION s; luego quienes estaban a mitad de algo lo terminan); latencias en ms"
        " de las respuestas correctas; «carga» es el promedio de carga de la máquina (1 min) al"
        " empezar la fase; «CPU del servidor», la del proceso java del portal durante la fase."
    )
    lineas.append("")
    p95 = {}  # (destino, tipo) -> {usuarios: p95}
    for linea in open(corridas, encoding="utf-8"):
        etiqueta, directorio, carga, cpu_s, segundos = linea.rstrip("\n").split("|")
        total, filas = stats(directorio)
        segundos = duracion(directorio, float(segundos))
        n = total["numberOfRequests"]
        lineas.append(f"### {etiqueta}")
        lineas.append("")
        extra = ""
        if float(cpu_s) > 0:
            extra = (
                f", CPU del servidor {num(float(cpu_s))} s ({num(float(cpu_s) / segundos, 2)} núcleos,"
                f" {num(1000 * float(cpu_s) / max(1, entero(n['ok'])))} ms por petición correcta)"
            )
        lineas.append(
            f"Carga al empezar {carga}{extra}; {entero(n['total'])} peticiones,"
            f" {entero(n['ko'])} con error, {num(entero(n['ok']) / segundos)} correctas/s"
            f" en {num(segundos, 0)} s."
        )
        lineas.append("")
        lineas.append("| petición | cantidad | por s | p50 | p95 | p99 | máx | errores |")
        lineas.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for s in filas:
            lineas.append(fila(s, segundos))
            m = re.match(r"(.*) · mezcla · (\d+) usuarios", etiqueta)
            if m and entero(s["numberOfRequests"]["ok"]) > 0:
                p95.setdefault((m.group(1), s["name"]), {})[int(m.group(2))] = entero(
                    s["percentiles2"]["ok"]
                )
        lineas.append("")
    if p95:
        destinos = sorted({d for d, _ in p95})
        for d in destinos:
            pasos = sorted({u for (dd, _), v in p95.items() if dd == d for u in v})
            lineas.append(f"### {d} · p95 (ms) por tipo de petición y número de usuarios")
            lineas.append("")
            lineas.append(
                "| petición | " + " | ".join(str(u) for u in pasos) + f" | {pasos[-1]} / {pasos[0]} |"
            )
            lineas.append("|---|" + "---:|" * (len(pasos) + 1))
            for (dd, tipo), v in sorted(p95.items()):
                if dd != d:
                    continue
                celdas = [str(v.get(u, "—")) for u in pasos]
                razon = "—"
                if pasos[0] in v and pasos[-1] in v and v[pasos[0]] > 0:
                    r = v[pasos[-1]] / v[pasos[0]]
                    razon = num(r, 2) + (" **> 2**" if r > 2 else "")
                lineas.append(f"| {tipo} | " + " | ".join(celdas) + f" | {razon} |")
            lineas.append("")
    bloque = INICIO + "\n\n" + "\n".join(lineas) + "\n" + FIN
    texto = open(salida, encoding="utf-8").read() if os.path.exists(salida) else ""
    if INICIO in texto and FIN in texto:
        texto = texto[: texto.index(INICIO)] + bloque + texto[texto.index(FIN) + len(FIN) :]
    else:
        texto = texto + ("\n" if texto else "") + "## Última corrida\n\n" + bloque + "\n"
    with open(salida, "w", encoding="utf-8") as f:
        f.write(texto)


if __name__ == "__main__":
    main()
