package pe.gob.minem.tramite.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;
import pe.gob.minem.tramite.domain.model.documento.EstadoDocumento;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;

/**
 * Words, not codes: the label a person reads for a value the views carry as its code ({@code
 * EN_TRAMITE} → «En trámite»). Pages write {@code #{palabras.de('EstadoExpediente', e.estado)}}. A
 * code of a kind not listed, or not among its constants, is still shown as words (lower case,
 * spaces for underscores), never as the constant.
 */
@Named
@ApplicationScoped
public class Palabras {

  private static final Map<String, Class<? extends Enum<?>>> TIPOS =
      Map.of(
          "EstadoExpediente", EstadoExpediente.class,
          "Prioridad", Prioridad.class,
          "Origen", Origen.class,
          "Confidencialidad", Confidencialidad.class,
          "TipoDocumento", TipoDocumento.class,
          "EstadoDocumento", EstadoDocumento.class,
          "TipoDocumentoInterno", TipoDocumentoInterno.class,
          "Rol", Rol.class,
          "OrigenDeVersion", VersionDocumento.Origen.class);

  /** DSS's main indication of a signature's validation. */
  private static final Map<String, String> INDICACIONES =
      Map.of(
          "TOTAL_PASSED", "Válida",
          "PASSED", "Válida",
          "TOTAL_FAILED", "No válida",
          "FAILED", "No válida",
          "INDETERMINATE", "Indeterminada",
          "NO_SIGNATURE_FOUND", "Sin firma");

  /** The label of {@code codigo} as a constant of the enum named {@code tipo}. */
  public String de(String tipo, Object codigo) {
    if (codigo == null) {
      return "";
    }
    if (codigo instanceof Enum<?> e) {
      return etiqueta(e);
    }
    String texto = codigo.toString();
    if ("Indicacion".equals(tipo) && INDICACIONES.containsKey(texto)) {
      return INDICACIONES.get(texto);
    }
    Class<? extends Enum<?>> clase = TIPOS.get(tipo);
    if (clase != null) {
      for (Enum<?> e : clase.getEnumConstants()) {
        if (e.name().equals(texto)) {
          return etiqueta(e);
        }
      }
    }
    return enPalabras(texto);
  }

  private static final java.util.regex.Pattern CONSTANTE =
      java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  /**
   * A free text that may carry codes (an audit line's detail): each {@code UPPER_CASE_CONSTANT} in
   * it read as words, in lower case («RECHAZO_FIRMA: CERTIFICADO_VENCIDO» → «rechazo firma:
   * certificado vencido»). Only what is shown changes; the stored text stays as written.
   */
  public String enTexto(String texto) {
    if (texto == null) {
      return "";
    }
    return CONSTANTE
        .matcher(texto)
        .replaceAll(
            m ->
                java.util.regex.Matcher.quoteReplacement(
                    m.group().replace('_', ' ').toLowerCase(Locale.forLanguageTag("es-PE"))));
  }

  /** «DGH:ANALISTA» (a BPMN candidate group) → «DGH: Analista». */
  public String grupo(String grupo) {
    if (grupo == null) {
      return "";
    }
    int dos = grupo.indexOf(':');
    if (dos < 0) {
      return de("Rol", grupo);
    }
    String resto = grupo.substring(dos + 1);
    int otro = resto.indexOf(':');
    String rol = otro < 0 ? resto : resto.substring(0, otro);
    return grupo.substring(0, dos)
        + ": "
        + de("Rol", rol)
        + (otro < 0 ? "" : " (" + resto.substring(otro + 1) + ")");
  }

  private static String etiqueta(Enum<?> e) {
    return e instanceof ConEtiqueta conEtiqueta ? conEtiqueta.etiqueta() : enPalabras(e.name());
  }

  static String enPalabras(String codigo) {
    if (codigo.isEmpty() || !codigo.equals(codigo.toUpperCase(Locale.ROOT))) {
      return codigo;
    }
    String s = codigo.replace('_', ' ').toLowerCase(Locale.forLanguageTag("es-PE"));
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
