package pe.gob.minem.tramite.archivo;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of the index's fields and the normalisation of its exact values, shared by the document
 * builder, the query and the tests.
 *
 * <ul>
 *   <li>Exact, not analysed: {@link #ID}, {@link #EXPEDIENTE} (upper case), {@link #NUMERO_EXACTO}
 *       (see {@link #normalizarNumero}), {@link #DOCUMENTO_IDENTIDAD}, {@link #LECTORES}.
 *   <li>Analysed ({@link AnalizadorEspanol}): {@link #TITULO} and {@link #TEXTO} with offsets in
 *       their postings (for the highlighter), {@link #REMITENTE}, {@link #NUMERO}.
 *   <li>{@link #FECHA}: epoch day as a point (range), a doc value (sort) and stored.
 *   <li>Facets: one sorted-set doc-values field for all of them, with drill-down terms (see {@link
 *       LuceneSearchIndex}).
 * </ul>
 */
final class Campos {
  static final String ID = "id";
  static final String CLASE = "clase";
  static final String EXPEDIENTE = "expediente";
  static final String NUMERO = "numeroDocumento";
  static final String NUMERO_EXACTO = "numeroDocumentoExacto";
  static final String TITULO = "titulo";
  static final String TEXTO = "texto";
  static final String DOCUMENTO_IDENTIDAD = "documentoIdentidad";
  static final String REMITENTE = "remitente";
  static final String FECHA = "fecha";
  static final String UNIDAD = "unidad";
  static final String TIPO = "tipoDocumento";
  static final String ESTADO = "estado";
  static final String FIRMADO = "firmado";
  static final String NIVEL = "nivel";
  static final String LECTORES = "lectores";
  static final String REFERENCIA = "referencia";
  static final String NOMBRE_ARCHIVO = "nombreArchivo";

  /**
   * The stored text is cut at this many characters (the whole text is indexed): the snippet and its
   * page come from this part only, which covers several hundred pages.
   */
  static final int TEXTO_GUARDADO_MAXIMO = 1_000_000;

  /** Longest exact value (term, facet value) indexed; longer ones are cut. */
  static final int VALOR_EXACTO_MAXIMO = 1_000;

  private static final Pattern ESPACIOS = Pattern.compile("\\s+");

  private Campos() {}

  /** An expediente number as indexed: trimmed, upper case ({@code exp-2026-000123} is found). */
  static String normalizarExpediente(String expediente) {
    return expediente.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * A document number as indexed exactly: upper case, runs of spaces collapsed to one, and the
   * masculine ordinal {@code º} written as the degree sign {@code °} (both are typed for "N°").
   */
  static String normalizarNumero(String numero) {
    return ESPACIOS
        .matcher(numero.strip().toUpperCase(Locale.ROOT).replace('º', '°'))
        .replaceAll(" ");
  }

  /** A RUC or DNI as indexed: without surrounding spaces. */
  static String normalizarIdentidad(String documento) {
    return documento.strip();
  }

  /**
   * An exact value cut to {@link #VALOR_EXACTO_MAXIMO} characters: Lucene refuses terms over 32 KB,
   * and one absurd value must not fail a whole batch.
   */
  static String acotar(String valor) {
    return valor.length() <= VALOR_EXACTO_MAXIMO ? valor : valor.substring(0, VALOR_EXACTO_MAXIMO);
  }

  static boolean vacio(String valor) {
    return valor == null || valor.isBlank();
  }
}
