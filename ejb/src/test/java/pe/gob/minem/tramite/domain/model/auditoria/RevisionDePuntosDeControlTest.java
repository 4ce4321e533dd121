package pe.gob.minem.tramite.domain.model.auditoria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto.Falla;

/**
 * Checkpoints as the chain must match them: an unsigned one by its row; one whose constancia is not
 * valid by its row too, and named; a valid constancia's place counts as signed.
 */
class RevisionDePuntosDeControlTest {

  private final CabezaDeCadena cabeza = CabezaDeCadena.nueva();

  private PuntoDeControl punto(int filas) {
    for (int i = 0; i < filas; i++) {
      cabeza.enlazar(
          new RegistroAuditoria(Instant.now(), "admin", "AUDITORIA_VERIFICADA", "auditoria", "x"));
    }
    return new PuntoDeControl(Instant.now(), cabeza);
  }

  @Test
  void unPuntoSinFirmarCuentaPorSuFila() {
    var r = new RevisionDePuntosDeControl();
    PuntoDeControl p = punto(2);
    r.revisar(p, null);
    assertEquals(Map.of(2L, p.getHash()), r.esperados());
    assertEquals(Set.of(), r.firmados());
    assertEquals(List.of(), r.rotos());
    assertEquals(1, r.getRevisados());
    assertEquals(0, r.getValidos());
  }

  @Test
  void unaConstanciaNoValidaSeNombraConSuMotivo() {
    var r = new RevisionDePuntosDeControl();
    PuntoDeControl p = punto(4);
    r.revisar(p, Constancia.noValida("fue modificado después de firmarlo"));
    assertEquals(Map.of(4L, p.getHash()), r.esperados());
    assertEquals(1, r.rotos().size());
    EslabonRoto roto = r.rotos().get(0);
    assertEquals(Falla.CONSTANCIA_NO_VALIDA, roto.falla());
    assertEquals(4L, roto.secuencia());
    assertTrue(roto.detalle().endsWith("fue modificado después de firmarlo."), roto::detalle);
  }

  @Test
  void unaConstanciaValidaCuentaPorLoQueDiceAunqueLaFilaDigaOtraCosa() {
    var r = new RevisionDePuntosDeControl();
    PuntoDeControl editado = punto(3); // the row says place 3; its PDF, place 7
    r.revisar(
        editado, Constancia.valida(99, 7, "ab".repeat(32), Instant.parse("2026-12-02T10:00:00Z")));
    assertEquals(Map.of(7L, "ab".repeat(32)), r.esperados());
    assertEquals(Set.of(7L), r.firmados());
    assertEquals(Falla.PUNTO_DE_CONTROL_ALTERADO, r.rotos().get(0).falla());
    assertEquals(Instant.parse("2026-12-02T10:00:00Z"), r.getUltimoFirmado());
  }
}
