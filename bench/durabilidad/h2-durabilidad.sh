#!/bin/bash
# Acknowledged H2 commits lost to a SIGKILL, and commits/s, with and without WRITE_DELAY=0
# (docs/benchmark-portal.md, «Durabilidad de H2»). Needs the H2 jar in ~/.m2 (mvn package does it).
set -euo pipefail
cd "$(dirname "$0")"
H2=${H2:-$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
javac -d "$tmp" Durabilidad.java
cp="$H2:$tmp"
perdida() { # $1: URL settings
  local d; d=$(mktemp -d -p "$tmp"); local url="jdbc:h2:file:$d/db;MODE=LEGACY$1"
  java -cp "$cp" Durabilidad escribir "$url" 8 > "$d/ack" 2>/dev/null & local pid=$!
  sleep 4; kill -9 $pid; wait $pid 2>/dev/null || true
  java -cp "$cp" Durabilidad contar "$url" | sort > "$d/hay"; sort "$d/ack" > "$d/ack.s"
  echo "[${1:-por omisión}] confirmadas=$(wc -l < "$d/ack") presentes=$(wc -l < "$d/hay") perdidas=$(comm -23 "$d/ack.s" "$d/hay" | wc -l)"
}
for s in "" ";WRITE_DELAY=0"; do perdida "$s"; done
for s in "" ";WRITE_DELAY=0"; do for h in 1 8; do
  d=$(mktemp -d -p "$tmp"); echo -n "[${s:-por omisión}] "
  java -cp "$cp" Durabilidad medir "jdbc:h2:file:$d/db;MODE=LEGACY$s" $h 20000 2>&1
done; done
