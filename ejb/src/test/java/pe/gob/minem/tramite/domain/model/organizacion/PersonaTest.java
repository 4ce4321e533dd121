package pe.gob.minem.tramite.domain.model.organizacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonaTest {

  @Test
  void cincoIntentosFallidosBloqueanLaCuentaUnTiempo() {
    var p = new Persona("secretaria.oga", "Rosa", "Quispe", "41234567", "hash");
    var t = Instant.parse("2026-11-26T10:00:00Z");
    for (int i = 1; i < Persona.INTENTOS_ANTES_DE_BLOQUEO; i++) {
      assertFalse(p.registrarIntentoFallido(t, Duration.ofMinutes(15)));
    }
    assertTrue(p.registrarIntentoFallido(t, Duration.ofMinutes(15)));
    assertTrue(p.estaBloqueada(t.plusSeconds(60)));
    assertFalse(p.estaBloqueada(t.plus(Duration.ofMinutes(16))));
  }

  @Test
  void ingresoCorrectoReiniciaLosIntentos() {
    var p = new Persona("x", "a", "b", null, "h");
    var t = Instant.now();
    p.registrarIntentoFallido(t, Duration.ofMinutes(1));
    p.registrarIntentoFallido(t, Duration.ofMinutes(1));
    p.registrarIngreso();
    for (int i = 1; i < Persona.INTENTOS_ANTES_DE_BLOQUEO; i++) {
      assertFalse(p.registrarIntentoFallido(t, Duration.ofMinutes(1)));
    }
  }

  @Test
  void losGruposDelFlujoSonUnidadYRolDeCadaCargo() {
    var oti = new UnidadOrganica("OTI", "OTI", false);
    var p = new Persona("analista.oti", "Andrea", "Flores", null, "h");
    p.asignarCargo(new Cargo(oti, Rol.ANALISTA, "Analista de Desarrollo de Sistemas"));
    p.asignarCargo(new Cargo(oti, Rol.ANALISTA, "Analista de Base de Datos", "BD"));
    assertEquals(Set.of("OTI:ANALISTA", "OTI:ANALISTA:BD"), p.grupos());
    assertTrue(p.tieneGrupo("OTI:ANALISTA:BD"));
    assertFalse(p.tieneGrupo("OTI:ANALISTA:PRUEBAS"), "a suffixed group names one cargo exactly");
    assertTrue(p.perteneceA("OTI"));
    assertFalse(p.tieneRolEn(Rol.DIRECTOR, "OTI"));
  }
}
