package pe.gob.minem.tramite.application.documento;

/**
 * The signer signs with the key on the PKCS#11 token the portal is configured with, unlocked with
 * this PIN. The PIN is wiped after use and never shown: {@link #toString()} does not print it.
 */
public record FirmaConToken(char[] pin) {

  public FirmaConToken {
    pin = pin == null ? new char[0] : pin;
  }

  @Override
  public String toString() {
    return "FirmaConToken[pin=****]";
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
