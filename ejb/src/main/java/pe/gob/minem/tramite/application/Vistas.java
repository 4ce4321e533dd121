package pe.gob.minem.tramite.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pe.gob.minem.tramite.domain.model.expediente.ArchivoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.expediente.RemisionFisica;

/** What the services hand to the web layer and the REST API: plain data, no entities. */
public final class Vistas {
  private Vistas() {}

  /**
   * The sender: {@code tipoDocumento} DNI, RUC or UNIDAD (a unit of the ministry, ADR 0037, with
   * {@code unidad}, {@code unidadNombre} and the signer's {@code cargo}); {@code descripcion} says
   * it in words.
   */
  public record RemitenteVista(
      String nombre,
      String tipoDocumento,
      String numeroDocumento,
      String unidad,
      String unidadNombre,
      String cargo,
      String descripcion)
      implements Serializable {

    public RemitenteVista(String nombre, String tipoDocumento, String numeroDocumento) {
      this(
          nombre,
          tipoDocumento,
          numeroDocumento,
          null,
          null,
          null,
          nombre + " — " + tipoDocumento + " " + numeroDocumento);
    }

    static RemitenteVista de(pe.gob.minem.tramite.domain.model.expediente.Remitente r) {
      return new RemitenteVista(
          r.getNombre(),
          r.esUnidad() ? "UNIDAD" : r.getTipoDocumento().name(),
          r.getNumeroDocumento(),
          r.getUnidadCodigo(),
          r.getUnidadNombre(),
          r.getCargo(),
          r.descripcion());
    }

    /** True for a unit of the ministry. */
    public boolean esUnidad() {
      return unidad != null;
    }
  }

  public record ArchivoVista(Long id, String nombre, String tipoMime, long tamano, String sha256)
      implements Serializable {
    static ArchivoVista de(ArchivoExpediente a) {
      return new ArchivoVista(
          a.getId(), a.getNombre(), a.getTipoMime(), a.getTamano(), a.getSha256());
    }

    public boolean esPdf() {
      return "application/pdf".equals(tipoMime);
    }
  }

  public record ExpedienteVista(
      String numero,
      String asunto,
      String origen,
      RemitenteVista remitente,
      String tipoDocumento,
      String numeroDocumento,
      int folios,
      String prioridad,
      int plazo,
      LocalDate fechaLimite,
      Instant fechaRegistro,
      String registradoPor,
      String estado,
      String unidadActual,
      String unidadActualNombre,
      String unidadDestino,
      String responsable,
      String responsableNombre,
      String codigoVerificacion,
      boolean vencido,
      String confidencialidad,
      List<ArchivoVista> archivos)
      implements Serializable {

    /** Its origin in words («Órgano del ministerio»), for the pages. */
    public String origenEnPalabras() {
      return pe.gob.minem.tramite.domain.model.expediente.Origen.valueOf(origen).etiqueta();
    }

    /** The kind of its document in words («Memorando»), for the pages. */
    public String tipoDocumentoEnPalabras() {
      return pe.gob.minem.tramite.domain.model.expediente.TipoDocumento.valueOf(tipoDocumento)
          .etiqueta();
    }

    public static ExpedienteVista de(Expediente e, LocalDate hoy) {
      var r = e.getRemitente();
      return new ExpedienteVista(
          e.getNumero(),
          e.getAsunto(),
          e.getOrigen().name(),
          RemitenteVista.de(r),
          e.getTipoDocumento().name(),
          e.getNumeroDocumento(),
          e.getFolios(),
          e.getPrioridad().name(),
          e.getPlazoDias(),
          e.getFechaLimite(),
          e.getFechaRegistro(),
          e.getRegistradoPor(),
          e.getEstado().name(),
          e.getUnidadActual().getCodigo(),
          e.getUnidadActual().getNombre(),
          e.getUnidadDestino() == null ? null : e.getUnidadDestino().getCodigo(),
          e.getResponsable() == null ? null : e.getResponsable().getUsuario(),
          e.getResponsable() == null ? null : e.getResponsable().getNombreCompleto(),
          e.getCodigoVerificacion(),
          e.estaVencido(hoy),
          e.getConfidencialidad().name(),
          e.getArchivos().stream().map(ArchivoVista::de).toList());
    }
  }

  public record MovimientoVista(
      int secuencia,
      Instant fecha,
      String procedimiento,
      int actividad,
      String accion,
      String descripcion,
      String usuario,
      String persona,
      String cargo,
      String unidad,
      String destino,
      String instruccion,
      Long duracionSegundos)
      implements Serializable {
    public static MovimientoVista de(Movimiento m) {
      return new MovimientoVista(
          m.getSecuencia(),
          m.getFecha(),
          m.getProcedimiento(),
          m.getActividad(),
          m.getAccion().name(),
          m.getDescripcion(),
          m.getUsuario(),
          m.getPersonaNombre(),
          m.getCargoNombre(),
          m.getUnidadCodigo(),
          m.getDestino(),
          m.getInstruccion(),
          m.getDuracionSegundos());
    }
  }

  /** One item of a bandeja: a workflow task with the expediente it is about. */
  public record TareaVista(
      String id,
      String numero,
      String asunto,
      String procedimiento,
      int actividad,
      String nombre,
      String clave,
      String asignado,
      Instant creada,
      long esperaSegundos,
      String prioridad,
      String tipoDocumento,
      boolean vencido,
      LocalDate fechaLimite,
      String documento,
      pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso paso,
      Instant venceElPaso,
      boolean pasoVencido)
      implements Serializable {

    /** Does completing it place a digital signature (V°B° or suscripción)? */
    public boolean firma() {
      return paso != null && paso.firma();
    }

    /** What a signer is shown outside the portal (the signing agent's PIN window). */
    public String descripcion() {
      String d = nombre + " — " + numero + ": " + asunto;
      return d.length() <= 160 ? d : d.substring(0, 159) + "…";
    }
  }

  public record RemisionVista(
      Long id,
      String numero,
      String asunto,
      String unidadOrigen,
      String unidadDestino,
      String personaDestino,
      String enviadoPor,
      Instant fechaEnvio,
      String recibidoPor,
      Instant fechaRecepcion,
      int folios,
      boolean porRecibir)
      implements Serializable {
    public static RemisionVista de(RemisionFisica r, boolean porRecibir) {
      return new RemisionVista(
          r.getId(),
          r.getExpediente().getNumero(),
          r.getExpediente().getAsunto(),
          r.getUnidadOrigen().getCodigo(),
          r.getUnidadDestino().getCodigo(),
          r.getPersonaDestino() == null ? null : r.getPersonaDestino().getNombreCompleto(),
          r.getEnviadoPor(),
          r.getFechaEnvio(),
          r.getRecibidoPor(),
          r.getFechaRecepcion(),
          r.getFolios(),
          porRecibir);
    }
  }

  public record Pagina<T>(List<T> items, long total, int page, int size) {}

  /** Counts shown at the top of the bandeja. */
  public record ResumenBandeja(int tareas, int vencidas, int porRecibir, int enviadasPendientes) {}
}
