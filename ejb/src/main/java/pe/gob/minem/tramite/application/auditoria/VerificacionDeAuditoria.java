package pe.gob.minem.tramite.application.auditoria;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoriaRepository;
import pe.gob.minem.tramite.domain.model.auditoria.RevisionDePuntosDeControl;
import pe.gob.minem.tramite.domain.model.auditoria.VerificadorDeCadena;

/**
 * Verifies the audit chain (administrators): every row against its hash and its predecessor, the
 * end against the head and the checkpoints, and each signed checkpoint against its constancia.
 * After an intact verification a checkpoint of the head is taken ({@link PuntosDeControl}).
 *
 * <p>No transaction around it: the walk only reads, and the checkpoint's signature (a TSA call)
 * must run outside any transaction; the audit row of the verification commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VerificacionDeAuditoria {

  private static final Logger LOG = Logger.getLogger("pe.gob.minem.tramite.auditoria");

  /** Rows outside the chain listed at most (one is enough to know; a hundred to act on). */
  private static final int MAXIMO_FUERA = 100;

  @Inject RegistroAuditoriaRepository registros;
  @Inject Administradores administradores;
  @Inject Auditoria auditoria;
  @Inject PuntosDeControl puntos;

  public Verificacion verificar() {
    var admin = administradores.exigir("verificar la auditoría");
    Verificacion v = recorrer(puntos.revisar());
    auditoria.registrar(
        admin.getUsuario(),
        v.intacta() ? "AUDITORIA_VERIFICADA" : "AUDITORIA_ALTERADA",
        "auditoria",
        v.revisados() + " registro(s), " + v.rotos().size() + " falla(s)");
    if (v.intacta()) {
      try {
        puntos.marcar();
      } catch (RuntimeException e) {
        // the verification stands; the next hour tries again
        LOG.log(Level.WARNING, "No se pudo guardar el punto de control tras la verificación", e);
      }
    }
    return v;
  }

  /** The walk itself, without checks, against the checkpoints as reviewed. */
  Verificacion recorrer(RevisionDePuntosDeControl revision) {
    var verificador = new VerificadorDeCadena(revision.esperados(), revision.firmados());
    CabezaDeCadena cabeza = registros.cabeza();
    long hasta = cabeza.getSecuencia();
    String hashDeCabeza = cabeza.getHash();
    registros.recorrerCadena(verificador::revisar);
    registros.fueraDeLaCadena(MAXIMO_FUERA).forEach(verificador::fueraDeLaCadena);
    List<EslabonRoto> rotos = new ArrayList<>(verificador.terminar(hasta, hashDeCabeza));
    rotos.addAll(revision.rotos());
    rotos.sort(Comparator.comparing(EslabonRoto::secuencia, Comparator.nullsLast(Long::compare)));
    rotos.forEach(r -> LOG.warning(() -> "AUDITORIA_ALTERADA " + r.falla() + " " + r.detalle()));
    return new Verificacion(
        rotos.isEmpty(),
        verificador.getRevisados(),
        hasta,
        hashDeCabeza,
        revision.getRevisados(),
        revision.getValidos(),
        revision.getUltimoFirmado(),
        puntos.aviso().orElse(null),
        Instant.now(),
        List.copyOf(rotos));
  }
}
