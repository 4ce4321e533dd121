package pe.gob.minem.tramite.application.equipo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.equipo.LecturaDeInventario.FilaValida;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.equipo.Equipo;
import pe.gob.minem.tramite.domain.model.equipo.EquipoDadoDeBajaException;
import pe.gob.minem.tramite.domain.model.equipo.EventoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEventoDeEquipo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The inventory from a CSV (ADR 0030): every row is checked first, without writing; then the good
 * ones are written together in this call's one transaction (new código: REGISTRO; known código with
 * other data: ACTUALIZACION listing the changes; the same data: nothing), and the bad ones are
 * returned with their line, column and reason. A file read twice adds nothing the second time. A
 * failure while writing (the database, or someone registering the same código at that moment) rolls
 * the whole import back: the file can be sent again as it is.
 */
@Stateless
public class ImportacionDeEquipos {

  private static final Logger LOG = Logger.getLogger(ImportacionDeEquipos.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Auditoria auditoria;
  @Inject PersonaRepository personas;
  @Inject UnidadOrganicaRepository unidades;
  @Inject Flujos flujos;

  @Inject
  @ConfigProperty(name = "tramite.equipos.importacion.tamano-maximo", defaultValue = "5242880")
  long tamanoMaximo;

  @Inject
  @ConfigProperty(name = "tramite.equipos.importacion.filas-maximas", defaultValue = "20000")
  int filasMaximas;

  public long tamanoMaximo() {
    return tamanoMaximo;
  }

  public InformeDeImportacion importar(byte[] archivo, Persona actor) {
    if (!InventarioDeEquipos.puedeEditar(actor)) {
      auditoria.registrarAparte(
          actor == null ? "(anónimo)" : actor.getUsuario(),
          "RECHAZO_EQUIPO",
          "equipos",
          "importar el inventario de equipos");
      throw new AccesoDenegadoException(
          "Solo el personal de la OTI puede importar el inventario de equipos.");
    }
    if (archivo.length > tamanoMaximo) {
      throw new ContenidoDemasiadoGrandeException(tamanoMaximo);
    }
    var lectura = LecturaDeInventario.leer(archivo, recordado(), filasMaximas);
    List<ErrorDeFila> errores = new ArrayList<>(lectura.errores());
    Map<String, Equipo> existentes = new HashMap<>();
    for (FilaValida f : lectura.validas()) {
      existentes.put(f.datos().codigoPatrimonial(), null);
    }
    buscarExistentes(existentes);
    Instant ahora = flujos.ahora();
    int nuevos = 0;
    int cambiados = 0;
    int iguales = 0;
    for (FilaValida f : lectura.validas()) {
      Equipo e = existentes.get(f.datos().codigoPatrimonial());
      if (e == null) {
        e = new Equipo(f.datos(), ahora);
        em.persist(e);
        em.persist(
            new EventoDeEquipo(
                e,
                ahora,
                TipoDeEventoDeEquipo.REGISTRO,
                InventarioDeEquipos.descripcionDeRegistro(e)
                    + " (importación CSV, línea "
                    + f.linea()
                    + ")",
                null,
                actor.getUsuario()));
        nuevos++;
        continue;
      }
      List<String> cambios;
      try {
        cambios = e.actualizar(f.datos()); // checks before it changes anything
      } catch (EquipoDadoDeBajaException baja) {
        errores.add(new ErrorDeFila(f.linea(), "estado", baja.getMessage()));
        continue;
      }
      if (cambios.isEmpty()) {
        iguales++;
        continue;
      }
      em.persist(
          new EventoDeEquipo(
              e,
              ahora,
              TipoDeEventoDeEquipo.ACTUALIZACION,
              "Importación CSV (línea " + f.linea() + "): " + String.join("; ", cambios),
              null,
              actor.getUsuario()));
      cambiados++;
    }
    errores.sort(
        java.util.Comparator.comparingInt(ErrorDeFila::linea)); // refused at write time go in place
    var informe = new InformeDeImportacion(lectura.leidas(), nuevos, cambiados, errores, iguales);
    auditoria.registrar(
        actor.getUsuario(),
        "EQUIPOS_IMPORTADOS",
        "equipos",
        lectura.leidas()
            + " filas: "
            + nuevos
            + " nuevas, "
            + cambiados
            + " actualizadas, "
            + iguales
            + " sin cambios, "
            + errores.size()
            + " con errores");
    LOG.info(
        () ->
            "Importación de equipos por "
                + actor.getUsuario()
                + ": "
                + informe.leidas()
                + " filas, "
                + informe.importadas()
                + " nuevas, "
                + informe.actualizadas()
                + " actualizadas, "
                + informe.errores().size()
                + " errores");
    return informe;
  }

  /** The items already in the inventory, by código, read in batches. */
  private void buscarExistentes(Map<String, Equipo> existentes) {
    List<String> codigos = new ArrayList<>(existentes.keySet());
    for (int i = 0; i < codigos.size(); i += 500) {
      em.createQuery("SELECT e FROM Equipo e WHERE e.codigoPatrimonial IN :c", Equipo.class)
          .setParameter("c", codigos.subList(i, Math.min(codigos.size(), i + 500)))
          .getResultList()
          .forEach(e -> existentes.put(e.getCodigoPatrimonial(), e));
    }
  }

  /** The directory, each person and unit asked once per file. */
  private LecturaDeInventario.Padron recordado() {
    var padron = LecturaDeInventario.padron(personas, unidades);
    Map<String, Boolean> usuarios = new HashMap<>();
    Map<String, String> unidadDe = new HashMap<>();
    Map<String, Boolean> existeUnidad = new HashMap<>();
    return new LecturaDeInventario.Padron() {
      @Override
      public boolean existeUsuario(String usuario) {
        return usuarios.computeIfAbsent(usuario, padron::existeUsuario);
      }

      @Override
      public String unidadDe(String usuario) {
        return unidadDe.computeIfAbsent(usuario, (Function<String, String>) padron::unidadDe);
      }

      @Override
      public boolean existeUnidad(String codigo) {
        return existeUnidad.computeIfAbsent(codigo, padron::existeUnidad);
      }
    };
  }
}
