package pe.gob.minem.tramite.domain.model.expediente;

/** SUNAT's Registro Único de Contribuyentes: 11 digits, the last one a modulo-11 check digit. */
public final class Ruc {

  private static final int[] PESOS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private Ruc() {}

  public static boolean esValido(String ruc) {
    if (ruc == null || !ruc.matches("(10|15|17|20)\\d{9}")) {
      return false;
    }
    return digitoVerificador(ruc.substring(0, 10)) == ruc.charAt(10) - '0';
  }

  /** The check digit of the first ten digits. */
  public static int digitoVerificador(String diezDigitos) {
    int suma = 0;
    for (int i = 0; i < 10; i++) {
      suma += (diezDigitos.charAt(i) - '0') * PESOS[i];
    }
    int digito = 11 - (suma % 11);
    return digito == 10 ? 0 : digito == 11 ? 1 : digito;
  }
}
