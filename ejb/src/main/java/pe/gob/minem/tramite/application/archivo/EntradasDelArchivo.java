package pe.gob.minem.tramite.application.archivo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.archivo.EntradaIndice;
import pe.gob.minem.tramite.archivo.Nivel;
import pe.gob.minem.tramite.domain.model.archivo.TextoExtraido;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.expediente.ArchivoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;

/**
 * The index entries of one expediente: its metadata, each file received with it, and the current
 * version of each document drafted in it (earlier versions stay in the store and on the
 * expediente's page; the archive finds the document by what it says now).
 */
final class EntradasDelArchivo {

  static final String EXPEDIENTE = "EXPEDIENTE";
  static final String ARCHIVO = "ARCHIVO";
  static final String DOCUMENTO = "DOCUMENTO";
  static final ZoneId LIMA = ZoneId.of("America/Lima");

  private EntradasDelArchivo() {}

  /**
   * @param textos extracted text of each stored file, by {@code clase:referencia} (a file whose
   *     text could not be extracted is still indexed by its metadata)
   */
  static List<EntradaIndice> de(
      Expediente e, List<Documento> documentos, Map<String, TextoExtraido> textos) {
    List<EntradaIndice> entradas = new ArrayList<>();
    var lectores = Lectores.de(e);
    Nivel nivel = Nivel.valueOf(e.getConfidencialidad().name());
    LocalDate fecha = LocalDate.ofInstant(e.getFechaRegistro(), LIMA);
    var r = e.getRemitente();
    // a unit of the ministry (ADR 0037) is found by its name and code instead of a DNI or RUC
    String remitente = r.esUnidad() ? r.descripcion() : r.getNombre();
    String identidad = r.esUnidad() ? r.getUnidadCodigo() : r.getNumeroDocumento();
    String unidad = e.getUnidadActual().getCodigo();
    String estado = e.getEstado().name();
    String origen = e.getOrigen().name();
    String tipo = e.getTipoDocumento().name();
    entradas.add(
        new EntradaIndice(
            "EXP:" + e.getNumero(),
            EXPEDIENTE,
            e.getNumero(),
            e.getNumeroDocumento(),
            e.getAsunto(),
            "",
            identidad,
            remitente,
            fecha,
            unidad,
            "P/OGA-TI-01",
            tipo,
            estado,
            false,
            origen,
            nivel,
            lectores,
            e.getId(),
            null));
    for (ArchivoExpediente a : e.getArchivos()) {
      var t = textos.get(TextoExtraido.Clase.ARCHIVO + ":" + a.getId());
      entradas.add(
          new EntradaIndice(
              "ARC:" + a.getId(),
              ARCHIVO,
              e.getNumero(),
              e.getNumeroDocumento(),
              e.getAsunto() + " — " + a.getNombre(),
              texto(t),
              identidad,
              remitente,
              fecha,
              unidad,
              "P/OGA-TI-01",
              tipo,
              estado,
              false,
              origen,
              nivel,
              lectores,
              a.getId(),
              a.getNombre()));
    }
    for (Documento d : documentos) {
      if (d.getVersiones().isEmpty()) {
        continue;
      }
      var v = d.versionActual();
      var t = textos.get(TextoExtraido.Clase.VERSION + ":" + v.getId());
      entradas.add(
          new EntradaIndice(
              "DOC:" + d.getId(),
              DOCUMENTO,
              e.getNumero(),
              null,
              d.getAsunto(),
              texto(t),
              identidad,
              remitente,
              LocalDate.ofInstant(v.getFecha(), LIMA),
              d.getUnidad().getCodigo(),
              // the MAPRO's procedure only for the OTI's documents; another unit's signing path is
              // none of the MAPRO's (ADR 0038)
              "OTI".equals(d.getUnidad().getCodigo()) ? "P/OGA-TI-02" : null,
              d.getTipo().name(),
              d.getEstado().name(),
              !d.firmasVigentes().isEmpty(),
              origen,
              Nivel.valueOf(d.getConfidencialidad().name()),
              Lectores.de(d),
              d.getId(),
              v.getNombre()));
    }
    return entradas;
  }

  private static String texto(TextoExtraido t) {
    return t == null || t.getEstado() != TextoExtraido.Estado.EXTRAIDO || t.getTexto() == null
        ? ""
        : t.getTexto();
  }
}
