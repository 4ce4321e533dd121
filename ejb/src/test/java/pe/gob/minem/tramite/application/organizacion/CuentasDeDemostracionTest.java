package pe.gob.minem.tramite.application.organizacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.AuditoriaDePrueba;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/** Outside demo mode the demo accounts are disabled at start, or the portal does not start. */
class CuentasDeDemostracionTest {

  private final AuditoriaDePrueba prueba = new AuditoriaDePrueba();
  private final CuentasDeDemostracion cuentas = new CuentasDeDemostracion();

  @BeforeEach
  void preparar() {
    cuentas.personas = new PersonasDePrueba(prueba.personas());
    cuentas.auditoria = prueba.auditoria();
    for (String u : List.of("admin", "director.oti")) {
      var p = new Persona(u, "Demo", "Demo", null, "hash-de-la-clave-publicada");
      p.marcarDeDemostracion();
      prueba.personas().put(u, p);
    }
    prueba.personas().put("ana.perez", new Persona("ana.perez", "Ana", "Pérez", null, "propia"));
  }

  @Test
  void fueraDelModoDemostracionSeDeshabilitanYSeAnulaSuClave() {
    cuentas.alIniciar();
    for (String u : List.of("admin", "director.oti")) {
      Persona p = prueba.personas().get(u);
      assertFalse(p.isActiva(), u);
      assertEquals(Claves.INUTILIZABLE, p.getClaveHash(), u);
    }
    assertTrue(prueba.personas().get("ana.perez").isActiva(), "las demás cuentas no cambian");
    assertEquals(
        List.of("CUENTA_DEMO_DESHABILITADA", "CUENTA_DEMO_DESHABILITADA"),
        prueba.registros().stream().map(RegistroAuditoria::getEvento).toList());
  }

  @Test
  void enModoDemostracionNoSeTocan() {
    cuentas.modoDemostracion = true;
    cuentas.alIniciar();
    assertTrue(prueba.personas().get("admin").isActiva());
  }

  @Test
  void siUnaSigueActivaElPortalNoInicia() {
    // a database that did not keep the change (read-only, another writer): still enabled
    cuentas.personas =
        new PersonasDePrueba(prueba.personas()) {
          @Override
          public List<Persona> deDemostracionActivas() {
            var p = new Persona("admin", "Demo", "Demo", null, "hash");
            p.marcarDeDemostracion();
            return List.of(p);
          }
        };
    var e = assertThrows(IllegalStateException.class, cuentas::alIniciar);
    assertTrue(e.getMessage().contains("admin"), e.getMessage());
  }
}
