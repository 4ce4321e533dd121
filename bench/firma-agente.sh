#!/usr/bin/env bash
# Trámite — benchmark of issue 11: a batch of N one-page documents signed through the signing agent
# (SoftHSM2 token, one PIN) against the server-key batch, in the same run, on the ITs' Payara +
# PostgreSQL (docs/benchmark-portal.md, «Firma en lote con el agente»).
#
#   bench/firma-agente.sh            N=100
#   N=20 bench/firma-agente.sh       a quicker run
#
# Needs what the ITs need (bin/tramite test installs it). Prints the two times and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100}
bin/tramite test -pl ear -am -Dit.test=LoteConElAgenteBench -Dbench.documentos="$N" \
  -Dtest='pe.gob.minem.tramite.it.cobertura.*' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Djacoco.skip=true \
  | tee ear/target/firma-agente.log | grep -E "^(==|preparación|lote |el agente)|Tests run:|BUILD|ERROR" || true
python3 - <<'PY'
import glob
for f in glob.glob("ear/target/failsafe-reports/*LoteConElAgenteBench-output.txt"):
    print(open(f, encoding="utf-8").read())
PY
