package pe.gob.minem.tramite.domain.model.equipo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * What an inventory item says, checked and normalised: the API, the page and each row of a CSV
 * import give this. {@code estado} null keeps the item's state (a new one starts OPERATIVO); {@code
 * unidad} null takes the assigned person's unit. Whether the user and the unit exist is checked by
 * the service, which knows the directory.
 */
public record DatosDeEquipo(
    String codigoPatrimonial,
    TipoDeEquipo tipo,
    String marca,
    String modelo,
    String serie,
    String usuarioAsignado,
    String unidad,
    String ubicacion,
    LocalDate garantiaHasta,
    EstadoDeEquipo estado) {

  public static final int LARGO_MARCA = 60;
  public static final int LARGO_MODELO = 100;
  public static final int LARGO_SERIE = 60;
  public static final int LARGO_USUARIO = 60;
  public static final int LARGO_UNIDAD = 20;
  public static final int LARGO_UBICACION = 200;

  /** The SBN's código patrimonial is 12 digits; older labels carry letters and hyphens. */
  private static final Pattern CODIGO = Pattern.compile("[A-Z0-9-]{6,20}");

  public DatosDeEquipo {
    codigoPatrimonial = codigo(codigoPatrimonial);
    if (tipo == null) {
      throw new DatosInvalidosException("tipo", "Indique el tipo de equipo.");
    }
    marca = texto("marca", "La marca", marca, LARGO_MARCA, true);
    modelo = texto("modelo", "El modelo", modelo, LARGO_MODELO, false);
    serie = texto("serie", "La serie", serie, LARGO_SERIE, false);
    usuarioAsignado = usuario(usuarioAsignado);
    unidad = unidad(unidad);
    ubicacion = texto("ubicacion", "La ubicación", ubicacion, LARGO_UBICACION, false);
  }

  /** The código patrimonial upper-cased, or why it is not one. */
  public static String codigo(String texto) {
    String c = limpio(texto);
    if (c == null) {
      throw new DatosInvalidosException(
          "codigoPatrimonial", "Indique el código patrimonial del equipo.");
    }
    c = c.toUpperCase(Locale.ROOT);
    if (!CODIGO.matcher(c).matches()) {
      throw new DatosInvalidosException(
          "codigoPatrimonial",
          "El código patrimonial «"
              + recorte(c)
              + "» no es válido: debe tener de 6 a 20 letras, dígitos o guiones (el del SBN tiene"
              + " 12 dígitos).");
    }
    return c;
  }

  public static String usuario(String texto) {
    String u = texto("usuario", "El usuario", texto, LARGO_USUARIO, false);
    return u == null ? null : u.toLowerCase(Locale.ROOT);
  }

  public static String unidad(String texto) {
    String u = texto("unidad", "El código de la unidad", texto, LARGO_UNIDAD, false);
    return u == null ? null : u.toUpperCase(Locale.ROOT);
  }

  /** The text without surrounding blanks (null if blank), or why it does not fit. */
  public static String texto(
      String campo, String nombre, String texto, int largo, boolean requerido) {
    String t = limpio(texto);
    if (t == null && requerido) {
      throw new DatosInvalidosException(
          campo, "Falta " + Character.toLowerCase(nombre.charAt(0)) + nombre.substring(1) + ".");
    }
    if (t != null && t.length() > largo) {
      throw new DatosInvalidosException(
          campo,
          nombre + " no puede pasar de " + largo + " caracteres (tiene " + t.length() + ").");
    }
    return t;
  }

  private static String limpio(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String recorte(String s) {
    return s.length() <= 30 ? s : s.substring(0, 30) + "…";
  }
}
