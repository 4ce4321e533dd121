package pe.gob.minem.tramite.application.documento;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a signing certificate is a person's own: by DNI when both the certificate (subject
 * serialNumber: "40123456", "PNOPE-40123456", "DNI 40123456"…) and the person's account have one,
 * otherwise by full name (CN), regardless of accents, case and word order.
 */
final class TitularDeCertificado {

  private static final Pattern DIGITOS_FINALES = Pattern.compile("(\\d{8,})$");

  private TitularDeCertificado() {}

  static boolean esDe(
      String dniDelCertificado, String nombreDelCertificado, String dni, String nombre) {
    String numero = numero(dniDelCertificado);
    if (numero != null && dni != null && !dni.isBlank()) {
      return numero.equals(dni.strip());
    }
    if (nombreDelCertificado == null || nombre == null) {
      return false;
    }
    return palabras(nombreDelCertificado).equals(palabras(nombre));
  }

  /** The identity number at the end of a subject serialNumber, or null. */
  static String numero(String serialNumber) {
    if (serialNumber == null) {
      return null;
    }
    Matcher m = DIGITOS_FINALES.matcher(serialNumber.strip());
    return m.find() ? m.group(1) : null;
  }

  private static java.util.List<String> palabras(String nombre) {
    String sinTildes = Normalizer.normalize(nombre, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return Arrays.stream(sinTildes.toUpperCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> !w.isBlank())
        .sorted()
        .toList();
  }
}
