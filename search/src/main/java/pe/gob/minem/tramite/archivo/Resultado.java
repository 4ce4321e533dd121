package pe.gob.minem.tramite.archivo;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param total entries matching (only those the lector may see)
 * @param hallazgos the page
 * @param facetas facet name to its values with counts (most frequent first, at most 20 each),
 *     counted over every matching entry the lector may see
 * @param milisegundos time spent in the index
 */
public record Resultado(
    long total, List<Hallazgo> hallazgos, Map<String, List<Faceta>> facetas, long milisegundos) {

  /** One facet value and how many matching entries have it. */
  public record Faceta(String valor, long cuenta) implements Serializable {}

  /**
   * One result.
   *
   * @param fragmento HTML-escaped snippet with the matched words in {@code <mark>…</mark>}; the
   *     start of the text when nothing in it matched (the title when the text is empty)
   * @param pagina page (1-based) of the first match inside {@link EntradaIndice#texto}, counted in
   *     the snippet shown (the text's best passage), so that the page opened is the one the snippet
   *     comes from; null when the match is not in the text
   */
  public record Hallazgo(
      String id,
      String clase,
      String expediente,
      String numeroDocumento,
      String titulo,
      String fragmento,
      Integer pagina,
      float puntaje,
      java.time.LocalDate fecha,
      String unidad,
      String tipoDocumento,
      String estado,
      boolean firmado,
      Nivel nivel,
      Long referencia,
      String nombreArchivo)
      implements Serializable {}
}
