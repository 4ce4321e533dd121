package pe.gob.minem.tramite.application.expediente;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.application.plazo.PlazosService;
import pe.gob.minem.tramite.application.plazo.PlazosService.PasoPendiente;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.workflow.DiagramaSvg;

/**
 * What the expediente's pages show, each in one call and one transaction: the expediente is found
 * and its visibility checked once, then everything the page shows is read from it, with what the
 * caller may do there.
 */
@Stateless
public class PaginaDelExpediente {

  @Inject PersonaActual personaActual;
  @Inject ConsultaExpedientes consulta;
  @Inject ConsultaDeDocumentos documentos;
  @Inject PlazosService plazos;

  @Inject pe.gob.minem.tramite.application.tramiteinterno.TramiteInternoService tramiteInterno;

  /** A process drawn: its title and its SVG. */
  public record Dibujo(String titulo, String svg) implements Serializable {}

  /**
   * The expediente page. {@code diagramas}: first its routing or attention process, then each of
   * its documents' P/OGA-TI-02 still running.
   */
  public record Vista(
      ExpedienteVista expediente,
      List<MovimientoVista> hojaDeRuta,
      List<PasoPendiente> pasosPendientes,
      List<Dibujo> diagramas,
      List<DocumentoVista> documentos,
      boolean puedeElaborar,
      boolean puedeClasificar,
      boolean puedeIniciarProcedimiento,
      java.util.Map<Long, String> enviables,
      List<pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica> unidadesDeDestino) {

    /**
     * {@code enviables}: the signed documents the caller may send to another unit (ADR 0037), by
     * id, with the unit each is sent from; {@code unidadesDeDestino} the units offered then.
     */
    public Vista {
      enviables = enviables == null ? java.util.Map.of() : java.util.Map.copyOf(enviables);
      unidadesDeDestino = unidadesDeDestino == null ? List.of() : List.copyOf(unidadesDeDestino);
    }

    /** A page where nothing is to be sent. */
    public Vista(
        ExpedienteVista expediente,
        List<MovimientoVista> hojaDeRuta,
        List<PasoPendiente> pasosPendientes,
        List<Dibujo> diagramas,
        List<DocumentoVista> documentos,
        boolean puedeElaborar,
        boolean puedeClasificar,
        boolean puedeIniciarProcedimiento) {
      this(
          expediente,
          hojaDeRuta,
          pasosPendientes,
          diagramas,
          documentos,
          puedeElaborar,
          puedeClasificar,
          puedeIniciarProcedimiento,
          java.util.Map.of(),
          List.of());
    }

    /** The expediente's own process. */
    public Dibujo diagrama() {
      return diagramas.get(0);
    }

    /** Its documents' running processes. */
    public List<Dibujo> diagramasDeDocumentos() {
      return List.copyOf(diagramas.subList(1, diagramas.size()));
    }
  }

  /** The page to draft a document in an expediente: it, and whether the caller may. */
  public record ParaElaborar(
      ExpedienteVista expediente,
      boolean permitido,
      pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.CaminoDeFirma camino) {

    public ParaElaborar(ExpedienteVista expediente, boolean permitido) {
      this(
          expediente,
          permitido,
          pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.CAMINO_DE_LA_OTI);
    }
  }

  /** Everything the expediente page shows ("not found" if the caller may not see it). */
  public Vista vista(String numero) {
    Expediente e = consulta.visible(numero);
    var expediente = ExpedienteVista.de(e, Reloj.hoy());
    var hojaDeRuta = e.getMovimientos().stream().map(MovimientoVista::de).toList();
    var pendientes = plazos.pendientes(e);
    var diagramas =
        consulta.diagramas(e).stream()
            .map(
                d ->
                    new Dibujo(
                        d.titulo(), DiagramaSvg.dibujar(d.bpmnXml(), d.activas(), d.completadas())))
            .toList();
    var deExpediente = documentos.deExpediente(e);
    Persona p = personaActual.persona();
    var enviables = tramiteInterno.enviables(p, e);
    return new Vista(
        expediente,
        hojaDeRuta,
        pendientes,
        diagramas,
        deExpediente,
        documentos.puedeElaborarEn(p, e),
        ClasificacionService.puede(p, e),
        pe.gob.minem.tramite.application.procedimiento.ProcedimientosService.puedeIniciar(p),
        enviables,
        enviables.isEmpty() ? List.of() : tramiteInterno.unidadesDeDestino());
  }

  /** The expediente a document is drafted in and whether the caller may draft there. */
  public ParaElaborar paraElaborar(String numero) {
    if (numero == null || numero.isBlank()) {
      // a document of the unit without an expediente yet: the unit opens one for it (ADR 0038)
      var p = personaActual.persona();
      return new ParaElaborar(null, documentos.puedeElaborar(p), documentos.caminoDeFirma(p, null));
    }
    Expediente e = consulta.visible(numero);
    var p = personaActual.persona();
    return new ParaElaborar(
        ExpedienteVista.de(e, Reloj.hoy()),
        documentos.puedeElaborarEn(p, e),
        documentos.caminoDeFirma(p, e));
  }
}
