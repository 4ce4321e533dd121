#!/usr/bin/env bash
# Trámite — the document store on the filesystem and on S3 (s3proxy in the same JVM, filesystem
# back end, local HTTP), same files, same run: store N distinct files, store them again (reuse),
# read them back; files/s and MB/s. A measurement, not a test (README «Almacén de documentos en S3»).
#
#   bench/almacen/almacen-bench.sh              N=1000 files of 200 KB
#   N=200 TAMANO_KB=1024 bench/almacen/almacen-bench.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${N:-1000}
TAMANO_KB=${TAMANO_KB:-200}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# the ejb module's test classes (the stores' test helpers) and its test classpath; s3proxy needs
# jackson-annotations 2.22 instead of the application's, as in its surefire execution (ejb/pom.xml)
(cd "$ROOT" && mvn -q -B -ntp -pl ejb -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$tmp/cp.txt" \
  && mvn -q -B -ntp dependency:copy -Dartifact=com.fasterxml.jackson.core:jackson-annotations:2.22 \
    -DoutputDirectory="$tmp")
cp="$ROOT/ejb/target/test-classes:$ROOT/ejb/target/classes:$(tr ':' '\n' < "$tmp/cp.txt" | grep -v '/jackson-annotations-' | paste -sd:):$tmp/jackson-annotations-2.22.jar"
javac -d "$tmp" -cp "$cp" "$ROOT/bench/almacen/MedicionDelAlmacen.java"

echo "fecha: $(date -u +%Y-%m-%dT%H:%M:%SZ) · CPU: $(nproc) núcleos · java: $(java -version 2>&1 | head -n 1)"
echo "commit: $(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null | cut -c1-100)"
java -Xmx1g -Djava.io.tmpdir="$tmp" -Djava.util.logging.config.file=/dev/null -cp "$tmp:$cp" \
  MedicionDelAlmacen "$N" $((TAMANO_KB * 1024)) 2> "$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
