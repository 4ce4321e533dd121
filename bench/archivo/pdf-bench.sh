#!/usr/bin/env bash
# Trámite — benchmark of the archive's text extraction (Tika) plus indexing (Lucene) on real PDFs
# (see docs/benchmark-archivo-pdf.md).
#
#   bench/archivo/pdf-bench.sh                      N=300 PDFs, 2 and 1 threads, 2 + 3 passes
#   N=100 THREADS=2 bench/archivo/pdf-bench.sh      smaller run
#
# Settings (environment):
#   N          text-layer PDFs in the corpus (90 % LibreOffice, 10 % PDFBox)       [300]
#   SCANNED    scanned (image-only) PDFs, OCR measured apart; 0 = none              [5]
#   WORKDIR    corpus cache, indexes and LibreOffice profile                        [/tmp/tramite-pdf-bench]
#   THREADS    worker thread counts, comma-separated, each measured                 [2,1]
#   PASSES     measured passes per thread count and phase                          [3]
#   WARMUP     warm-up passes before them (JIT), per thread count and phase         [2]
#   BATCH      entries per indexar() call                                           [50]
#   JAVA_OPTS  JVM options of the measuring program                                 [-Xmx1g, as the server]
#
# The corpus is generated once per WORKDIR and N (from /work/shared/mapro/procedures.md or
# MAPRO=…): delete WORKDIR to make it again. Builds the search module offline if needed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${N:-300}
SCANNED=${SCANNED:-5}
WORKDIR=${WORKDIR:-/tmp/tramite-pdf-bench}
THREADS=${THREADS:-2,1}
PASSES=${PASSES:-3}
WARMUP=${WARMUP:-2}
BATCH=${BATCH:-50}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
MAPRO=${MAPRO:-$ROOT/../shared/mapro/procedures.md}
[ -f "$MAPRO" ] || MAPRO=/work/shared/mapro/procedures.md
PROG="$ROOT/bench/archivo/TikaMasIndice.java"

NUCLEOS=$(nproc --all)
cargar() { echo "$(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $NUCLEOS núcleos"; }

echo "== máquina"
echo "fecha:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "CPU:          $NUCLEOS núcleos, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "RAM:          $(awk '/^MemTotal:/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "carga antes:  $(cargar)"
echo "uptime:       $(uptime)"
echo

# --- build: the search module's classes and its runtime classpath (offline, no install) -------
mkdir -p "$WORKDIR"
CPFILE="$WORKDIR/classpath.txt"
if [ ! -d "$ROOT/search/target/classes/pe" ] || [ -n "$(find "$ROOT/search/src/main" -newer "$ROOT/search/target/classes" -type f -print -quit 2>/dev/null)" ]; then
  echo "== compilando search (mvn -o compile)"
  (cd "$ROOT" && mvn -q -B -o -pl search -DskipTests compile >/dev/null)
fi
if [ ! -s "$CPFILE" ] || [ "$ROOT/search/pom.xml" -nt "$CPFILE" ] || [ "$ROOT/pom.xml" -nt "$CPFILE" ]; then
  (cd "$ROOT" && mvn -q -B -o -pl search dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$CPFILE" >/dev/null)
fi
CP="$(cat "$CPFILE"):$ROOT/search/target/classes"
run() { java $JAVA_OPTS -cp "$CP" "$PROG" "$@"; }

# --- corpus (cached per N) ---------------------------------------------------------------------
MARCA="$WORKDIR/corpus-N$N-S$SCANNED.ok"
if [ ! -f "$MARCA" ]; then
  echo "== generando el corpus en $WORKDIR (N=$N, escaneados=$SCANNED)"
  rm -rf "$WORKDIR/html" "$WORKDIR/pdf" "$WORKDIR/escaneados" "$WORKDIR"/corpus-*.ok
  t0=$(date +%s)
  run generar --fuente "$MAPRO" --dir "$WORKDIR" --n "$N"
  # one soffice call for the whole batch; its own profile, so that a LibreOffice someone else runs
  # on this machine does not take the conversion over (or the other way round). A batch that stops
  # early (soffice crashed or was killed: seen once, after 246 of 270 files, with exit status 0)
  # is resumed with the files still missing, twice at most.
  faltan=("$WORKDIR"/html/*.html)
  for intento in 1 2 3; do
    rc=0
    soffice -env:UserInstallation="file://$WORKDIR/lo-perfil" --headless \
      --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
      --outdir "$WORKDIR/pdf" "${faltan[@]}" >>"$WORKDIR/soffice.log" 2>&1 || rc=$?
    pendientes=()
    for h in "${faltan[@]}"; do
      [ -s "$WORKDIR/pdf/$(basename "$h" .html).pdf" ] || pendientes+=("$h")
    done
    [ ${#pendientes[@]} -eq 0 ] && break
    echo "soffice (intento $intento, código $rc) dejó ${#pendientes[@]} de ${#faltan[@]} documentos sin convertir; se reintentan" >&2
    faltan=("${pendientes[@]}")
  done
  hechos=$(find "$WORKDIR/pdf" -name '*.pdf' | wc -l)
  if [ "$hechos" -ne "$N" ]; then
    echo "LibreOffice convirtió menos documentos de los esperados ($hechos PDF de $N): ver $WORKDIR/soffice.log" >&2
    exit 1
  fi
  if [ "$SCANNED" -gt 0 ]; then
    run escanear --dir "$WORKDIR" --escaneados "$SCANNED"
  fi
  touch "$MARCA"
  echo "corpus listo en $(( $(date +%s) - t0 )) s ($(soffice --version 2>/dev/null | head -n 1))"
  echo
else
  echo "== corpus en caché: $WORKDIR ($(ls "$WORKDIR"/pdf | wc -l) PDF, $(ls "$WORKDIR"/escaneados 2>/dev/null | wc -l) escaneados)"
  echo
fi

# --- measurement -------------------------------------------------------------------------------
# Tesseract on one OpenMP thread per call, as the server runs it (bin/tramite)
export OMP_THREAD_LIMIT=1
echo "== medición (hilos $THREADS, $WARMUP pasadas de calentamiento y $PASSES medidas, lotes de $BATCH)"
run medir --dir "$WORKDIR" --hilos "$THREADS" --pasadas "$PASSES" --calentamiento "$WARMUP" \
  --lote "$BATCH"
rm -rf "$WORKDIR/indices"
echo
echo "carga después: $(cargar)"
echo "uptime:        $(uptime)"
