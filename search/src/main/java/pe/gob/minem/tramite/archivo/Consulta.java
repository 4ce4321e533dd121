package pe.gob.minem.tramite.archivo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search: free text, facet filters, a date range, order and page, on behalf of a {@link Lector}.
 *
 * <p>The text accepts words (any order, all of them matter, more matching ranks higher), {@code
 * "quoted phrases"}, and exact values: an expediente number, a RUC/DNI or a document number typed
 * as they are match their exact fields. Syntax errors never fail: the text is then taken as plain
 * words.
 *
 * @param texto what the person typed; blank = everything they may see (by date)
 * @param filtros facet name ({@link Facetas}) to the values selected (OR inside a facet, AND across
 *     facets)
 * @param desde first date, inclusive; may be null
 * @param hasta last date, inclusive; may be null
 * @param orden relevance or date
 * @param inicio offset of the first result (0-based)
 * @param tamano page size (1..100)
 * @param lector who searches
 */
public record Consulta(
    String texto,
    Map<String, Set<String>> filtros,
    LocalDate desde,
    LocalDate hasta,
    Orden orden,
    int inicio,
    int tamano,
    Lector lector) {

  public Consulta {
    texto = texto == null ? "" : texto.strip();
    filtros = filtros == null ? Map.of() : Map.copyOf(filtros);
    orden = orden == null ? Orden.RELEVANCIA : orden;
    Objects.requireNonNull(lector, "lector");
    if (inicio < 0) {
      throw new IllegalArgumentException("inicio < 0");
    }
    if (tamano < 1 || tamano > 100) {
      throw new IllegalArgumentException("tamano fuera de 1..100");
    }
  }

  public static Consulta simple(String texto, Lector lector) {
    return new Consulta(texto, Map.of(), null, null, Orden.RELEVANCIA, 0, 20, lector);
  }

  /** Result order. */
  public enum Orden {
    RELEVANCIA,
    FECHA_RECIENTE,
    FECHA_ANTIGUA
  }
}
