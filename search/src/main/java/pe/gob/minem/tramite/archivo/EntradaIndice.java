package pe.gob.minem.tramite.archivo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One searchable item of the archive: an expediente's metadata, a file received with it, or a
 * version of a document drafted in it. Indexing the same {@link #id} again replaces the entry
 * (upsert), so re-indexing is idempotent.
 *
 * @param id unique key, e.g. {@code EXP:EXP-2026-000123}, {@code ARC:1050}, {@code VER:2100}
 * @param clase {@code EXPEDIENTE}, {@code ARCHIVO} or {@code DOCUMENTO} (a facet too)
 * @param expediente expediente number, exact ({@code EXP-2026-000123})
 * @param numeroDocumento the document's own number (e.g. {@code OFICIO N° 0012-2026-MINEM/OTI}),
 *     exact and also analysed; may be null
 * @param titulo asunto or file name; analysed, boosted over {@link #texto}
 * @param texto extracted text; pages separated by form feed {@code '\f'} (page 1 first); may be
 *     empty
 * @param documentoIdentidad the remitente's RUC or DNI, exact; may be null
 * @param remitente remitente's name, analysed; may be null
 * @param fecha registration or version date (sorting, year facet, date range)
 * @param unidad code of the issuing/current unit (facet {@code unidad})
 * @param procedimiento MAPRO procedure code, e.g. {@code P/OGA-TI-01} (facet); may be null
 * @param tipoDocumento document type (facet {@code tipo}), e.g. {@code OFICIO}, {@code INFORME}
 * @param estado expediente or document state (facet {@code estado})
 * @param firmado whether it carries at least one valid signature (facet {@code firmado})
 * @param origen expediente origin (facet {@code origen}), e.g. {@code EXTERNO}
 * @param nivel confidentiality level (stored, shown; the filter uses {@link #lectores})
 * @param lectores access tokens: a searcher matches the entry when one of its {@link
 *     Lector#credenciales credenciales} is in this set ({@code "*"} = every logged-in person)
 * @param referencia what the portal opens: e.g. the archivo or version id; may be null
 * @param nombreArchivo file name shown in results; may be null
 */
public record EntradaIndice(
    String id,
    String clase,
    String expediente,
    String numeroDocumento,
    String titulo,
    String texto,
    String documentoIdentidad,
    String remitente,
    LocalDate fecha,
    String unidad,
    String procedimiento,
    String tipoDocumento,
    String estado,
    boolean firmado,
    String origen,
    Nivel nivel,
    Set<String> lectores,
    Long referencia,
    String nombreArchivo) {

  public EntradaIndice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clase, "clase");
    Objects.requireNonNull(expediente, "expediente");
    Objects.requireNonNull(fecha, "fecha");
    Objects.requireNonNull(nivel, "nivel");
    lectores = Set.copyOf(lectores);
    texto = texto == null ? "" : texto;
    titulo = titulo == null ? "" : titulo;
  }
}
