package pe.gob.minem.tramite.agente;

/**
 * A refusal the signer or the portal can act on: a {@link Codigo} and a Spanish message; for a
 * wrong PIN, the tries left when the token tells ({@code null} otherwise).
 */
final class ErrorDelAgente extends Exception {

  private static final long serialVersionUID = 1L;

  private final Codigo codigo;
  private final Integer intentosRestantes;

  ErrorDelAgente(Codigo codigo, String mensaje) {
    this(codigo, mensaje, null, null);
  }

  ErrorDelAgente(Codigo codigo, String mensaje, Throwable causa) {
    this(codigo, mensaje, null, causa);
  }

  ErrorDelAgente(Codigo codigo, String mensaje, Integer intentosRestantes, Throwable causa) {
    super(mensaje, causa);
    this.codigo = codigo;
    this.intentosRestantes = intentosRestantes;
  }

  Codigo codigo() {
    return codigo;
  }

  Integer intentosRestantes() {
    return intentosRestantes;
  }
}
