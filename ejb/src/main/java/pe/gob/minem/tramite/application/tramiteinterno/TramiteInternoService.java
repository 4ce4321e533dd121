package pe.gob.minem.tramite.application.tramiteinterno;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * Trámite interno (ADR 0037): a person of a unit sends a document his unit drafted and signed
 * (P/OGA-TI-02 finished) directly to another unit, without the mesa de partes. It becomes an
 * expediente numbered from the same series, with the unit and the signer as its sender, that
 * arrives in the destination unit's bandeja; the drafting expediente notes where it went.
 */
@Stateless
public class TramiteInternoService {

  private static final Logger LOG = Logger.getLogger(TramiteInternoService.class.getName());

  /** The process that receives it in the destination unit. */
  public static final String PROCESO = "tramite_interno";

  @Inject PersonaActual personaActual;
  @Inject UnidadOrganicaRepository unidades;
  @Inject DocumentoRepository documentos;
  @Inject ConsultaExpedientes consulta;
  @Inject MesaDePartesService mesaDePartes;
  @Inject DocumentStore almacen;
  @Inject Flujos flujos;
  @Inject Auditoria auditoria;

  public ExpedienteVista enviar(EnvioInterno envio) {
    return enviarComo(personaActual.persona(), envio);
  }

  /** As {@link #enviar}, for this person. */
  public ExpedienteVista enviarComo(Persona p, EnvioInterno envio) {
    if (!p.perteneceA(envio.unidadOrigen())) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_TRAMITE_INTERNO",
          envio.unidadOrigen(),
          "no pertenece a la unidad que envía");
      throw new AccesoDenegadoException(
          "Usted no pertenece a la unidad «"
              + envio.unidadOrigen()
              + "»: no puede enviar documentos en su nombre.");
    }
    UnidadOrganica origen = vigente(envio.unidadOrigen(), "unidadOrigen");
    UnidadOrganica destino = vigente(envio.unidadDestino(), "unidadDestino");
    Documento d =
        documentos
            .porId(envio.documentoId())
            .orElseThrow(
                () ->
                    new NoEncontradoException(
                        "No existe el documento " + envio.documentoId() + "."));
    // a document of an expediente the person may not see does not exist for him (nor does the
    // number of that expediente)
    try {
      consulta.visiblePara(p, d.getExpediente().getNumero());
    } catch (NoEncontradoException e) {
      throw new NoEncontradoException("No existe el documento " + envio.documentoId() + ".");
    }
    if (!d.getUnidad().getCodigo().equals(origen.getCodigo())) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_TRAMITE_INTERNO",
          d.getCodigoVerificacion(),
          "documento de " + d.getUnidad().getCodigo() + ", no de " + origen.getCodigo());
      throw new AccesoDenegadoException(
          "El documento fue elaborado por "
              + d.getUnidad().getNombre()
              + ": solo esa unidad lo envía en su nombre.");
    }
    Firma firma = firmaFinal(d);
    Instant ahora = Instant.now();
    var version = d.versionActual();
    var datos =
        new DatosDeRegistro(
            d.getAsunto(),
            Origen.ORGANO_MINISTERIO,
            Remitente.deUnidad(
                origen.getCodigo(),
                origen.getNombre(),
                firma.getFirmanteNombre(),
                firma.getCargo()),
            envio.tipoDeExpediente(d.getTipo()),
            EnvioInterno.numeroDelDocumento(version.getNombre()),
            envio.foliosOUno(),
            envio.prioridadONormal(),
            envio.plazoODefecto(),
            envio.confidencialidadO(nivelPorDefecto(d)));
    ExpedienteVista enviado;
    try {
      enviado =
          mesaDePartes.emitirInterno(
              p,
              origen,
              destino,
              datos,
              List.of(new ArchivoRecibido(version.getNombre(), almacen.abrir(version.getSha256()))),
              PROCESO,
              // no documentoId: the steps work on the expediente received, not on the document
              // (a P/OGA-TI-02 variable that would make them signing steps of the sender's draft)
              Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer el documento firmado", e);
    }
    d.getExpediente()
        .anotarEnvioInterno(
            d.getTipo().etiqueta() + " «" + d.getAsunto() + "»",
            enviado.numero(),
            destino,
            p,
            origen.getCodigo(),
            ahora);
    // the expediente the unit opened for this document (ADR 0038) is attended once the document
    // leaves, unless another of its documents is still being signed
    var anfitrion = d.getExpediente();
    if (anfitrion.abiertoParaElaborar()
        && documentos.deExpediente(anfitrion).stream()
            .noneMatch(x -> x.getProcesoId() != null && flujos.enCurso(x.getProcesoId()))) {
      anfitrion.atender();
    }
    auditoria.registrar(
        p.getUsuario(),
        "TRAMITE_INTERNO_ENVIADO",
        enviado.numero(),
        d.getCodigoVerificacion() + " de " + origen.getCodigo() + " a " + destino.getCodigo());
    LOG.info(
        () ->
            "Trámite interno "
                + enviado.numero()
                + ": "
                + d.getCodigoVerificacion()
                + " de "
                + origen.getCodigo()
                + " a "
                + destino.getCodigo()
                + " por "
                + p.getUsuario());
    return enviado;
  }

  /**
   * Only signed documents are sent (ADR 0037): its P/OGA-TI-02 has ended with its final signature,
   * the suscripción for the kinds that are signed, the Director General's V°B° for the others.
   */
  private Firma firmaFinal(Documento d) {
    String nombre = d.getTipo().etiqueta() + " «" + d.getAsunto() + "»";
    if (d.getProcesoId() != null && flujos.enCurso(d.getProcesoId())) {
      throw new ConflictoException(
          "El "
              + nombre
              + " aún está en visto bueno y firma: solo se envían documentos"
              + " firmados.");
    }
    return ultimaFirmaFinal(d)
        .orElseThrow(
            () ->
                new ConflictoException(
                    "El "
                        + nombre
                        + (d.getTipo().paraSuscribir() ? " no está suscrito" : " no está firmado")
                        + ": solo se envían documentos firmados."));
  }

  private static Optional<Firma> ultimaFirmaFinal(Documento d) {
    return d.firmasVigentes().stream()
        .filter(x -> !d.getTipo().paraSuscribir() || x.getClase() == Firma.Clase.SUSCRIPCION)
        .max(Comparator.comparing(Firma::getFecha));
  }

  /**
   * The documents of this expediente (already found visible) the person may send now (signed, of
   * one of his units), each with the unit it would be sent from: what the expediente page offers to
   * send.
   */
  public Map<Long, String> enviables(
      Persona p, pe.gob.minem.tramite.domain.model.expediente.Expediente e) {
    Map<Long, String> m = new LinkedHashMap<>();
    for (Documento d : documentos.deExpediente(e)) {
      String unidad = d.getUnidad().getCodigo();
      if (p.perteneceA(unidad)
          && ultimaFirmaFinal(d).isPresent()
          && (d.getProcesoId() == null || !flujos.enCurso(d.getProcesoId()))) {
        m.put(d.getId(), unidad);
      }
    }
    return m;
  }

  /** The units a document may be sent to: the organisation's active units. */
  public List<UnidadOrganica> unidadesDeDestino() {
    return unidades.todas().stream().filter(UnidadOrganica::isActiva).toList();
  }

  /**
   * Reservado, as at the mesa de partes, unless the document is confidential: a document published
   * on the verification page is not for that a public expediente of another unit.
   */
  private static Confidencialidad nivelPorDefecto(Documento d) {
    return d.getConfidencialidad() == Confidencialidad.CONFIDENCIAL
        ? Confidencialidad.CONFIDENCIAL
        : Confidencialidad.RESERVADO;
  }

  private UnidadOrganica vigente(String codigo, String campo) {
    return unidades
        .porCodigo(codigo)
        .filter(UnidadOrganica::isActiva)
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    campo, "La unidad «" + codigo + "» no es una unidad vigente del ministerio."));
  }
}
