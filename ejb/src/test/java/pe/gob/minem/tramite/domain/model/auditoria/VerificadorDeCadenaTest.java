package pe.gob.minem.tramite.domain.model.auditoria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto.Falla;

/** The chain in memory: appending links rows; the walk names what is missing or cut. */
class VerificadorDeCadenaTest {

  private final CabezaDeCadena cabeza = CabezaDeCadena.nueva();
  private final List<RegistroAuditoria> filas = new ArrayList<>();

  private void escribir(int n) {
    for (int i = 0; i < n; i++) {
      var r =
          new RegistroAuditoria(
              Instant.parse("2026-12-01T10:00:00.123456Z").plusSeconds(i),
              "secretaria.oga",
              "EXPEDIENTE_REGISTRADO",
              "EXP-2026-00000" + i,
              "1 archivo(s)");
      cabeza.enlazar(r);
      filas.add(r);
    }
  }

  private List<EslabonRoto> verificar(List<RegistroAuditoria> cadena, Map<Long, String> puntos) {
    var v = new VerificadorDeCadena(puntos);
    cadena.forEach(v::revisar);
    return v.terminar(cabeza.getSecuencia(), cabeza.getHash());
  }

  @Test
  void cadaRegistroTomaLaPosicionSiguienteYElHashDelAnterior() {
    escribir(3);
    assertEquals(List.of(1L, 2L, 3L), filas.stream().map(RegistroAuditoria::getSecuencia).toList());
    assertEquals(HuellaDeRegistro.GENESIS, filas.get(0).getHashAnterior());
    assertEquals(filas.get(0).getHash(), filas.get(1).getHashAnterior());
    assertEquals(filas.get(2).getHash(), cabeza.getHash());
    assertNotEquals(filas.get(0).getHash(), filas.get(1).getHash());
    assertTrue(verificar(filas, Map.of()).isEmpty());
  }

  @Test
  void unRegistroNoSeEncadenaDosVeces() {
    escribir(1);
    assertThrows(IllegalStateException.class, () -> cabeza.enlazar(filas.get(0)));
  }

  @Test
  void laFechaSeGuardaEnMilisegundosParaQueElHashSobrevivaALaBaseDeDatos() {
    escribir(1);
    assertEquals(Instant.parse("2026-12-01T10:00:00.123Z"), filas.get(0).getFecha());
  }

  @Test
  void unRegistroBorradoEnMedioSeNombraPorSuPosicion() {
    escribir(5);
    filas.remove(2);
    List<EslabonRoto> rotos = verificar(filas, Map.of());
    assertEquals(1, rotos.size(), rotos.toString());
    assertEquals(Falla.FALTAN_REGISTROS, rotos.get(0).falla());
    assertEquals(3L, rotos.get(0).secuencia());
  }

  @Test
  void cortarLaColaSeVeContraLaCabeza() {
    escribir(5);
    List<EslabonRoto> rotos = verificar(filas.subList(0, 3), Map.of());
    assertEquals(Falla.COLA_CORTADA, rotos.get(0).falla());
    assertEquals(4L, rotos.get(0).secuencia());
  }

  @Test
  void cortarLaColaYLaCabezaSeVeContraElPuntoDeControl() {
    escribir(5);
    Map<Long, String> puntos = Map.of(5L, cabeza.getHash());
    // the head rewritten to the 3rd row, as someone who deleted rows 4 and 5 would
    var v = new VerificadorDeCadena(puntos);
    filas.subList(0, 3).forEach(v::revisar);
    List<EslabonRoto> rotos = v.terminar(3, filas.get(2).getHash());
    assertEquals(1, rotos.size(), rotos.toString());
    assertEquals(Falla.COLA_CORTADA, rotos.get(0).falla());
  }

  @Test
  void unCorteAntesDeUnPuntoFirmadoLoDice() {
    escribir(5);
    var v = new VerificadorDeCadena(Map.of(5L, cabeza.getHash()), java.util.Set.of(5L));
    filas.subList(0, 3).forEach(v::revisar);
    List<EslabonRoto> rotos = v.terminar(3, filas.get(2).getHash());
    assertEquals(1, rotos.size(), rotos.toString());
    assertEquals(Falla.COLA_CORTADA, rotos.get(0).falla());
    assertEquals(
        "La cadena termina en la posición 3 pero un punto de control firmado la vio llegar a la"
            + " 5: faltan los registros de las posiciones 4 a 5.",
        rotos.get(0).detalle());
  }

  @Test
  void otroRegistroEnLaPosicionDeUnPuntoFirmadoLoDice() {
    escribir(3);
    var v = new VerificadorDeCadena(Map.of(2L, filas.get(0).getHash()), java.util.Set.of(2L));
    filas.forEach(v::revisar);
    List<EslabonRoto> rotos = v.terminar(cabeza.getSecuencia(), cabeza.getHash());
    assertEquals(1, rotos.size(), rotos.toString());
    assertEquals(Falla.ENLACE_ROTO, rotos.get(0).falla());
    assertTrue(rotos.get(0).detalle().contains("punto de control firmado"), rotos::toString);
  }
}
