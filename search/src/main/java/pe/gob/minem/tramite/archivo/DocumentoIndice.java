package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns an {@link EntradaIndice} into the Lucene document (fields in {@link Campos}).
 *
 * <p>Kept lean for bulk loads: no term vectors; offsets in the postings only for {@link
 * Campos#TITULO} and {@link Campos#TEXTO} (what the highlighter reads instead of analysing the text
 * again); stored only what a {@link Resultado.Hallazgo} shows, plus the text up to {@link
 * Campos#TEXTO_GUARDADO_MAXIMO} characters for the snippet. The remitente, the RUC/DNI, the
 * procedure, the origin and the access tokens are searchable but not stored.
 */
final class DocumentoIndice {

  /** Analysed, with offsets in the postings, not stored. */
  static final FieldType ANALIZADO_CON_POSICIONES = tipoConOffsets(false);

  /** Analysed, with offsets in the postings, stored. */
  static final FieldType ANALIZADO_CON_POSICIONES_GUARDADO = tipoConOffsets(true);

  private DocumentoIndice() {}

  /** The facets' configuration: one doc-values field, drill-down terms for full paths only. */
  static FacetsConfig configuracionFacetas() {
    FacetsConfig config = new FacetsConfig();
    for (String faceta : Facetas.TODAS) {
      config.setDrillDownTermsIndexing(faceta, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
    }
    return config;
  }

  static Document construir(EntradaIndice e, FacetsConfig config) {
    Document d = new Document();
    // Stored fields first, the long text last.
    d.add(new StringField(Campos.ID, e.id(), Field.Store.YES));
    d.add(new StoredField(Campos.CLASE, e.clase()));

    d.add(
        new StringField(
            Campos.EXPEDIENTE,
            Campos.acotar(Campos.normalizarExpediente(e.expediente())),
            Field.Store.NO));
    d.add(new StoredField(Campos.EXPEDIENTE, e.expediente()));

    if (!Campos.vacio(e.numeroDocumento())) {
      String numero = e.numeroDocumento();
      d.add(
          new StringField(
              Campos.NUMERO_EXACTO,
              Campos.acotar(Campos.normalizarNumero(numero)),
              Field.Store.NO));
      d.add(new TextField(Campos.NUMERO, numero, Field.Store.NO));
      d.add(new StoredField(Campos.NUMERO, numero));
    }
    if (!Campos.vacio(e.documentoIdentidad())) {
      d.add(
          new StringField(
              Campos.DOCUMENTO_IDENTIDAD,
              Campos.acotar(Campos.normalizarIdentidad(e.documentoIdentidad())),
              Field.Store.NO));
    }
    if (!Campos.vacio(e.remitente())) {
      d.add(new TextField(Campos.REMITENTE, e.remitente(), Field.Store.NO));
    }

    long dia = e.fecha().toEpochDay();
    d.add(new LongPoint(Campos.FECHA, dia));
    d.add(new NumericDocValuesField(Campos.FECHA, dia));
    d.add(new StoredField(Campos.FECHA, dia));

    guardar(d, Campos.UNIDAD, e.unidad());
    guardar(d, Campos.TIPO, e.tipoDocumento());
    guardar(d, Campos.ESTADO, e.estado());
    d.add(new StoredField(Campos.FIRMADO, e.firmado() ? 1 : 0));
    d.add(new StoredField(Campos.NIVEL, e.nivel().name()));
    if (e.referencia() != null) {
      d.add(new StoredField(Campos.REFERENCIA, e.referencia()));
    }
    guardar(d, Campos.NOMBRE_ARCHIVO, e.nombreArchivo());

    for (String lector : e.lectores()) {
      d.add(new StringField(Campos.LECTORES, Campos.acotar(lector), Field.Store.NO));
    }

    faceta(d, Facetas.ANIO, Integer.toString(e.fecha().getYear()));
    faceta(d, Facetas.UNIDAD, e.unidad());
    faceta(d, Facetas.PROCEDIMIENTO, e.procedimiento());
    faceta(d, Facetas.TIPO, e.tipoDocumento());
    faceta(d, Facetas.ESTADO, e.estado());
    faceta(d, Facetas.FIRMADO, e.firmado() ? "si" : "no");
    faceta(d, Facetas.ORIGEN, e.origen());
    faceta(d, Facetas.CLASE, e.clase());

    d.add(new Field(Campos.TITULO, e.titulo(), ANALIZADO_CON_POSICIONES_GUARDADO));
    String texto = e.texto();
    if (texto.length() <= Campos.TEXTO_GUARDADO_MAXIMO) {
      d.add(new Field(Campos.TEXTO, texto, ANALIZADO_CON_POSICIONES_GUARDADO));
    } else {
      d.add(new Field(Campos.TEXTO, texto, ANALIZADO_CON_POSICIONES));
      d.add(new StoredField(Campos.TEXTO, texto.substring(0, corte(texto))));
    }
    try {
      return config.build(d);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex); // only a taxonomy writer throws; none is used
    }
  }

  /** Where to cut the stored text: the limit, or one less so as not to split a surrogate pair. */
  private static int corte(String texto) {
    int corte = Campos.TEXTO_GUARDADO_MAXIMO;
    return Character.isHighSurrogate(texto.charAt(corte - 1)) ? corte - 1 : corte;
  }

  private static void guardar(Document d, String campo, String valor) {
    if (valor != null) {
      d.add(new StoredField(campo, valor));
    }
  }

  private static void faceta(Document d, String faceta, String valor) {
    if (!Campos.vacio(valor)) {
      d.add(new SortedSetDocValuesFacetField(faceta, Campos.acotar(valor.strip())));
    }
  }

  private static FieldType tipoConOffsets(boolean guardado) {
    FieldType tipo = new FieldType(TextField.TYPE_NOT_STORED);
    tipo.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    tipo.setStored(guardado);
    tipo.freeze();
    return tipo;
  }
}
