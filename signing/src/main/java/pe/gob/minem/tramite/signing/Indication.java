package pe.gob.minem.tramite.signing;

/** The main validation status of ETSI EN 319 102-1. */
public enum Indication {
  TOTAL_PASSED,
  INDETERMINATE,
  TOTAL_FAILED
}
