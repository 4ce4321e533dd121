package pe.gob.minem.tramite.application.auditoria;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto;
import pe.gob.minem.tramite.domain.model.auditoria.PuntoDeControl;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoriaRepository;
import pe.gob.minem.tramite.domain.model.auditoria.VerificadorDeCadena;

/**
 * Verifies the audit chain (administrators) and keeps its checkpoints: every hour and at each
 * verification the head's place and hash are stored and written to the server log, which lives
 * outside the database, so that a cut tail is found even if the head row is rewritten too.
 */
@Stateless
public class VerificacionDeAuditoria {

  private static final Logger LOG = Logger.getLogger("pe.gob.minem.tramite.auditoria");

  /** Rows outside the chain listed at most (one is enough to know; a hundred to act on). */
  private static final int MAXIMO_FUERA = 100;

  @Inject RegistroAuditoriaRepository registros;
  @Inject Administradores administradores;
  @Inject Auditoria auditoria;

  public Verificacion verificar() {
    var admin = administradores.exigir("verificar la auditoría");
    Verificacion v = recorrer();
    auditoria.registrar(
        admin.getUsuario(),
        v.intacta() ? "AUDITORIA_VERIFICADA" : "AUDITORIA_ALTERADA",
        "auditoria",
        v.revisados() + " registro(s), " + v.rotos().size() + " falla(s)");
    if (v.intacta()) {
      puntoDeControl();
    }
    return v;
  }

  /** The walk itself, without checks (the schedule and the tests). */
  Verificacion recorrer() {
    List<PuntoDeControl> puntos = registros.puntosDeControl();
    Map<Long, String> porSecuencia =
        puntos.stream()
            .collect(
                Collectors.toMap(
                    PuntoDeControl::getSecuencia, PuntoDeControl::getHash, (a, b) -> a));
    var verificador = new VerificadorDeCadena(porSecuencia);
    CabezaDeCadena cabeza = registros.cabeza();
    long hasta = cabeza.getSecuencia();
    String hashDeCabeza = cabeza.getHash();
    registros.recorrerCadena(verificador::revisar);
    registros.fueraDeLaCadena(MAXIMO_FUERA).forEach(verificador::fueraDeLaCadena);
    List<EslabonRoto> rotos = verificador.terminar(hasta, hashDeCabeza);
    rotos.forEach(r -> LOG.warning(() -> "AUDITORIA_ALTERADA " + r.falla() + " " + r.detalle()));
    return new Verificacion(
        rotos.isEmpty(),
        verificador.getRevisados(),
        hasta,
        hashDeCabeza,
        puntos.size(),
        Instant.now(),
        rotos);
  }

  /** Every hour: remember the head if it moved since the last checkpoint. */
  @Schedule(hour = "*", minute = "17", persistent = false)
  public void puntoDeControl() {
    CabezaDeCadena cabeza = registros.cabeza();
    List<PuntoDeControl> puntos = registros.puntosDeControl();
    if (cabeza.getSecuencia() == 0
        || (!puntos.isEmpty()
            && puntos.get(puntos.size() - 1).getSecuencia() == cabeza.getSecuencia())) {
      return;
    }
    registros.guardar(new PuntoDeControl(Instant.now(), cabeza));
    LOG.info(
        () ->
            "AUDITORIA_PUNTO_DE_CONTROL secuencia="
                + cabeza.getSecuencia()
                + " hash="
                + cabeza.getHash());
  }
}
