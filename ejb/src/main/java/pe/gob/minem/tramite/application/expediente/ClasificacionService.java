package pe.gob.minem.tramite.application.expediente;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.archivo.ColaDeIndexacion;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;

/**
 * Changing an expediente's confidentiality level after registration (ADR 0012): the director of the
 * unit that holds it, or an administrator, with a reason. The level, the level of its documents,
 * the hoja de ruta's entry, the audit record and the archive's queue row commit together; the
 * archive re-indexes the expediente right after, and the expediente's page and lists apply the new
 * level at once (they read it from the database).
 */
@Stateless
public class ClasificacionService {

  private static final Logger LOG = Logger.getLogger(ClasificacionService.class.getName());

  static final int MOTIVO_MINIMO = 10;
  static final int MOTIVO_MAXIMO = 500;

  @Inject ExpedienteRepository expedientes;
  @Inject DocumentoRepository documentos;
  @Inject PersonaActual personaActual;
  @Inject ConsultaExpedientes consulta;
  @Inject Auditoria auditoria;
  @Inject ColaDeIndexacion colaDelArchivo;

  /**
   * Whether this person may change the level of an expediente they are viewing (held by this unit):
   * the page shows the form only then.
   */
  public boolean puedeClasificar(String unidadActual) {
    return puede(personaActual.persona(), unidadActual);
  }

  static boolean puede(Persona p, Expediente e) {
    return puede(p, e.getUnidadActual().getCodigo());
  }

  private static boolean puede(Persona p, String unidad) {
    return p.isAdministrador() || p.tieneRolEn(Rol.DIRECTOR, unidad);
  }

  public ExpedienteVista clasificar(String numero, Confidencialidad nivel, String motivo) {
    Persona p = personaActual.persona();
    Expediente e = consulta.visible(numero);
    if (!puede(p, e)) {
      String unidad = e.getUnidadActual().getCodigo();
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_CLASIFICACION",
          e.getNumero(),
          "no dirige la unidad que tiene el expediente (" + unidad + ")");
      throw new AccesoDenegadoException(
          "Solo el director de la unidad que tiene el expediente ("
              + e.getUnidadActual().getNombre()
              + ") puede cambiar su confidencialidad.");
    }
    if (nivel == null) {
      throw new DatosInvalidosException("nivel", "Elija el nuevo nivel de confidencialidad.");
    }
    String m = motivo == null ? "" : motivo.strip();
    if (m.length() < MOTIVO_MINIMO || m.length() > MOTIVO_MAXIMO) {
      throw new DatosInvalidosException(
          "motivo",
          "Indique el motivo del cambio (de "
              + MOTIVO_MINIMO
              + " a "
              + MOTIVO_MAXIMO
              + " caracteres): queda en la hoja de ruta.");
    }
    Confidencialidad anterior = e.getConfidencialidad();
    if (nivel == anterior) {
      throw new ReglaIncumplidaException(
          "El expediente " + e.getNumero() + " ya es " + nivel.etiqueta().toLowerCase() + ".");
    }
    e.clasificar(nivel);
    documentos.deExpediente(e).forEach(Documento::seguirNivelDelExpediente);
    e.anotarCambioDeConfidencialidad(anterior, m, p, Instant.now());
    auditoria.registrar(
        p.getUsuario(),
        "EXPEDIENTE_RECLASIFICADO",
        e.getNumero(),
        anterior.etiqueta() + " → " + nivel.etiqueta() + ": " + m);
    expedientes.sincronizar();
    colaDelArchivo.encolar(e);
    LOG.info(
        () ->
            "Expediente "
                + e.getNumero()
                + " reclasificado "
                + anterior
                + " → "
                + nivel
                + " por "
                + p.getUsuario());
    return ExpedienteVista.de(e, Reloj.hoy());
  }
}
