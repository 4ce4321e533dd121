package pe.gob.minem.tramite.application.conciliacion;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.archivo.ConteosDelArchivo;
import pe.gob.minem.tramite.application.auditoria.Administradores;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoriaRepository;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;
import pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * Reconciliation (ADR 0021): the document store against the database, the archive index against the
 * database, and the workflow's instances against the expedientes; each finding reported, orphan
 * files old enough moved to quarantine, quarantine purged after its period. Administrators run it
 * (page, API, {@code bin/tramite conciliar}); the portal runs it after start-up and nightly.
 *
 * <p>No transaction around the run: reading and hashing every file may take longer than a
 * transaction may last, and each query sees what was committed just before it (the order of the
 * reads is what makes the check safe against registrations in progress).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConciliacionService {

  private static final Logger LOG = Logger.getLogger(ConciliacionService.class.getName());
  static final String SISTEMA = "sistema";

  @Inject Administradores administradores;
  @Inject Auditoria auditoria;
  @Inject ExpedienteRepository expedientes;
  @Inject DocumentoRepository documentos;
  @Inject RegistroAuditoriaRepository auditoriaRegistros;
  @Inject DocumentStore almacen;
  @Inject ConteosDelArchivo archivo;
  @Inject Flujos flujos;
  @Inject UltimaConciliacion ultima;

  @Inject
  @ConfigProperty(name = "tramite.conciliacion.antiguedad-minima", defaultValue = "PT1H")
  String antiguedadMinima;

  @Inject
  @ConfigProperty(name = "tramite.conciliacion.cuarentena", defaultValue = "P30D")
  String cuarentena;

  private ConciliacionDelAlmacen delAlmacen;

  @PostConstruct
  void preparar() {
    delAlmacen =
        new ConciliacionDelAlmacen(
            almacen,
            duracion("tramite.conciliacion.antiguedad-minima", antiguedadMinima),
            duracion("tramite.conciliacion.cuarentena", cuarentena));
  }

  /** Runs it now on behalf of the administrator calling. */
  public InformeDeConciliacion conciliar() {
    return ejecutar(exigirAdministrador("conciliar el almacén de documentos").getUsuario());
  }

  /** The last report since this server started. */
  public InformeDeConciliacion ultimo() {
    exigirAdministrador("consultar la conciliación");
    return ultima
        .ultimo()
        .orElseThrow(() -> new NoEncontradoException("Aún no se ha hecho ninguna conciliación."));
  }

  /** The background run (start-up, nightly): nobody to check. */
  public InformeDeConciliacion conciliarEnSegundoPlano() {
    return ejecutar(SISTEMA);
  }

  private InformeDeConciliacion ejecutar(String usuario) {
    ultima.empezar();
    InformeDeConciliacion informe = null;
    try {
      Instant inicio = Instant.now();
      List<Hallazgo> hallazgos = new ArrayList<>();
      var almacenado = revisarAlmacen(inicio, hallazgos);
      List<String> purgadas = purgarCuarentena(inicio, hallazgos);
      revisarIndice(hallazgos);
      long procesos = revisarFlujo(hallazgos);
      informe =
          new InformeDeConciliacion(
              inicio,
              Instant.now(),
              usuario,
              almacenado.archivos(),
              almacenado.filas(),
              procesos,
              List.copyOf(hallazgos),
              purgadas);
      for (Hallazgo h : hallazgos) {
        LOG.warning(
            () ->
                "Conciliación: "
                    + h.tipo()
                    + " "
                    + h.objeto()
                    + " — "
                    + h.detalle()
                    + (h.accion() == null ? "" : " " + h.accion()));
      }
      LOG.info("Conciliación de " + usuario + ": " + informe.resumen());
      auditoria.registrar(usuario, "CONCILIACION", "almacen", informe.resumen());
      return informe;
    } finally {
      ultima.terminar(informe);
    }
  }

  private ConciliacionDelAlmacen.Revision revisarAlmacen(Instant ahora, List<Hallazgo> hallazgos) {
    try {
      var archivos = delAlmacen.listar(); // before the rows: see ConciliacionDelAlmacen
      List<ContenidoReferido> filas = new ArrayList<>(expedientes.contenidosDeArchivos());
      filas.addAll(documentos.contenidosDeVersiones());
      filas.addAll(auditoriaRegistros.constancias());
      var r = delAlmacen.revisar(archivos, filas, ahora);
      hallazgos.addAll(r.hallazgos());
      return r;
    } catch (Exception e) {
      hallazgos.add(fallida("almacén de documentos", e));
      return new ConciliacionDelAlmacen.Revision(0, 0, List.of());
    }
  }

  private List<String> purgarCuarentena(Instant ahora, List<Hallazgo> hallazgos) {
    try {
      List<String> purgadas = delAlmacen.purgar(ahora);
      purgadas.forEach(p -> LOG.info("Conciliación: cuarentena purgada " + p));
      return purgadas;
    } catch (Exception e) {
      hallazgos.add(fallida("cuarentena", e));
      return List.of();
    }
  }

  private void revisarIndice(List<Hallazgo> hallazgos) {
    try {
      var conteos = archivo.contar();
      if (conteos.coinciden() || archivo.enCola() > 0) {
        return; // equal, or the indexer is still catching up
      }
      conteos
          .baseDeDatos()
          .forEach(
              (clase, enBd) -> {
                long enIndice = conteos.indice().get(clase);
                if (enIndice != enBd) {
                  hallazgos.add(
                      Hallazgo.de(
                          TipoDeHallazgo.INDICE_DESCUADRADO,
                          "índice: " + clase,
                          enBd + " en la base de datos, " + enIndice + " en el índice.",
                          "Reconstruya el índice en «Índice del archivo»."));
                }
              });
    } catch (Exception e) {
      hallazgos.add(fallida("índice del archivo", e));
    }
  }

  /** The expedientes are read before and after the instances: see ConciliacionDelFlujo. */
  private long revisarFlujo(List<Hallazgo> hallazgos) {
    try {
      Map<String, EstadoExpediente> antes = expedientes.estados();
      // every running top-level instance: a document's signing path (P/OGA-TI-02 or its
      // unit's, ADR 0038) by its code, any other (the
      // attention, the OTI's procedures, ADR 0026) by the expediente's number
      Map<String, String> deExpedientes = new java.util.HashMap<>();
      Map<String, String> deDocumentos = new java.util.HashMap<>();
      flujos
          .instanciasPrincipalesEnCurso()
          .forEach(
              (id, claveYNegocio) ->
                  (ElaboracionDeDocumentos.esProcesoDeFirma(claveYNegocio[0])
                          ? deDocumentos
                          : deExpedientes)
                      .put(id, claveYNegocio[1]));
      Map<String, EstadoExpediente> despues = expedientes.estados();
      // an instance may be named by an expediente without a process of its own (the one that holds
      // a month of backups): it exists, and it is no expediente without its process
      var nombrados = new java.util.ArrayList<>(deExpedientes.values());
      nombrados.removeAll(despues.keySet());
      Set<String> sinProcesoPropio = expedientes.existentes(nombrados);
      Set<String> codigos = documentos.codigos();
      hallazgos.addAll(
          ConciliacionDelFlujo.revisar(
              deExpedientes, deDocumentos, antes, despues, codigos, sinProcesoPropio));
      return deExpedientes.size() + deDocumentos.size();
    } catch (Exception e) {
      hallazgos.add(fallida("procesos", e));
      return 0;
    }
  }

  private static Hallazgo fallida(String que, Exception e) {
    LOG.log(Level.WARNING, "Conciliación: no se pudo revisar " + que, e);
    return Hallazgo.de(
        TipoDeHallazgo.REVISION_FALLIDA,
        que,
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
        "Vea el registro del servidor.");
  }

  private Persona exigirAdministrador(String accion) {
    return administradores.exigir(accion, "RECHAZO_CONCILIACION", "almacen");
  }

  static Duration duracion(String propiedad, String valor) {
    try {
      Duration d = Duration.parse(valor.strip());
      if (d.isNegative()) {
        throw new IllegalStateException(propiedad + " no puede ser negativa: " + valor);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          propiedad + " debe ser una duración ISO-8601 (PT1H, P30D): " + valor, e);
    }
  }
}
