package pe.gob.minem.tramite.application.equipo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * A search of the inventory: words over código, serie, marca, modelo, usuario and ubicación; the
 * kind, unit, state and person; under warranty or not on {@code fecha} (null: today in Lima); a
 * page (from 0) of at most 200 rows, sorted by {@code orden} (a column, "-" first for descending).
 */
public record CriteriosDeEquipo(
    String q,
    TipoDeEquipo tipo,
    String unidad,
    EstadoDeEquipo estado,
    Boolean enGarantia,
    String usuario,
    LocalDate fecha,
    int pagina,
    int tamano,
    String orden) {

  public static final List<String> ORDENES =
      List.of("codigo", "tipo", "marca", "usuario", "unidad", "ubicacion", "garantia", "estado");

  public CriteriosDeEquipo {
    q = vacio(q);
    unidad = vacio(unidad) == null ? null : unidad.strip().toUpperCase(Locale.ROOT);
    usuario = vacio(usuario) == null ? null : usuario.strip().toLowerCase(Locale.ROOT);
    pagina = Math.max(0, pagina);
    tamano = tamano <= 0 ? 20 : Math.min(tamano, 200);
    orden = vacio(orden) == null ? "codigo" : orden.strip().toLowerCase(Locale.ROOT);
    if (!ORDENES.contains(orden.startsWith("-") ? orden.substring(1) : orden)) {
      throw new DatosInvalidosException(
          "orden",
          "«orden» debe ser uno de "
              + String.join(", ", ORDENES)
              + " (con «-» delante para orden descendente).");
    }
  }

  /** Everything, first page. */
  public static CriteriosDeEquipo todos() {
    return new CriteriosDeEquipo(null, null, null, null, null, null, null, 0, 20, null);
  }

  /** The criteria as a query string or a form gives them: codes or Spanish labels. */
  public static CriteriosDeEquipo de(
      String q,
      String tipo,
      String unidad,
      String estado,
      String garantia,
      String usuario,
      Integer pagina,
      Integer tamano,
      String orden) {
    return new CriteriosDeEquipo(
        q,
        vacio(tipo) == null
            ? null
            : TipoDeEquipo.de(tipo)
                .orElseThrow(
                    () ->
                        new DatosInvalidosException(
                            "tipo", "Tipo de equipo desconocido: «" + tipo.strip() + "».")),
        unidad,
        vacio(estado) == null
            ? null
            : EstadoDeEquipo.de(estado)
                .orElseThrow(
                    () ->
                        new DatosInvalidosException(
                            "estado", "Estado desconocido: «" + estado.strip() + "».")),
        garantia(garantia),
        usuario,
        null,
        pagina == null ? 0 : pagina,
        tamano == null ? 20 : tamano,
        orden);
  }

  /** "vigente", "sí", "true" → under warranty; "vencida", "no", "false" → not; blank → either. */
  static Boolean garantia(String texto) {
    if (vacio(texto) == null) {
      return null;
    }
    String t =
        java.text.Normalizer.normalize(
                texto.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return switch (t) {
      case "vigente", "si", "true" -> Boolean.TRUE;
      case "vencida", "sin", "no", "false" -> Boolean.FALSE;
      default ->
          throw new DatosInvalidosException(
              "garantia", "«garantia» debe ser «vigente» o «vencida» (o sí / no).");
    };
  }

  private static String vacio(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
