package pe.gob.minem.tramite.application.tablero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/** Who has a dashboard, and which steps it counts. */
class AlcanceTest {

  private static final UnidadOrganica OTI = new UnidadOrganica("OTI", "Tecnologías", false);
  private static final UnidadOrganica DGM = new UnidadOrganica("DGM", "Minería", true);

  private static Persona con(Cargo... cargos) {
    var p = new Persona("x", "X", "Y", null, "hash");
    for (Cargo c : cargos) {
      p.asignarCargo(c);
    }
    return p;
  }

  @Test
  void elDirectorDeUnaUnidadVeLosPasosDeSuUnidadYNadaMas() {
    var a = Alcance.de(con(new Cargo(DGM, Rol.DIRECTOR, "Director General"))).orElseThrow();
    assertEquals(Set.of("DGM"), a.unidades());
    assertTrue(a.incluye("P/OGA-TI-01", "DGM"));
    assertFalse(a.incluye("P/OGA-TI-01", "OGA"));
    assertFalse(a.incluye(null, "OTI"));
    assertFalse(a.mesaDeAyuda());
  }

  @Test
  void laOtiVeSusProcedimientosEnCualquierUnidadYLaMesaDeAyuda() {
    var a =
        Alcance.de(con(new Cargo(OTI, Rol.COORDINADOR, "Coordinador de Mesa de Ayuda", "MDA")))
            .orElseThrow();
    assertTrue(a.incluye("P/OGA-TI-01", "OGA"));
    assertTrue(a.incluye(null, "OTI"), "la atención de un expediente en la OTI");
    assertFalse(a.incluye(null, "DGM"), "la atención de un expediente en otra unidad");
    assertTrue(a.mesaDeAyuda());
  }

  @Test
  void unAnalistaOUnaSecretariaNoTienenTablero() {
    assertTrue(Alcance.de(con(new Cargo(OTI, Rol.ANALISTA, "Analista", "DESARROLLO"))).isEmpty());
    assertTrue(Alcance.de(con(new Cargo(DGM, Rol.SECRETARIA, "Secretaria"))).isEmpty());
    assertTrue(Alcance.de(con(new Cargo(DGM, Rol.COORDINADOR, "Coordinador"))).isEmpty());
  }

  @Test
  void elAdministradorVeTodo() {
    var admin = con();
    admin.nombrarAdministrador(true);
    var a = Alcance.de(admin).orElseThrow();
    assertTrue(a.incluye(null, null));
    assertTrue(a.mesaDeAyuda());
  }
}
