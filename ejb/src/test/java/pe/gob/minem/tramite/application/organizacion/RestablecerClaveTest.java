package pe.gob.minem.tramite.application.organizacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.AuditoriaDePrueba;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/**
 * An administrator resets a password to a temporary one the person must change; a new person's
 * first password too; demo accounts stay closed outside demo mode.
 */
class RestablecerClaveTest {

  private final AuditoriaDePrueba prueba = new AuditoriaDePrueba();
  private final OrganizacionService organizacion = new OrganizacionService();
  private String quien = "jefa";

  @BeforeEach
  void preparar() {
    organizacion.personas = new PersonasDePrueba(prueba.personas());
    organizacion.auditoria = prueba.auditoria();
    organizacion.derivarClave = clave -> "hash:" + clave;
    organizacion.personaActual =
        new PersonaActual() {
          @Override
          public Persona persona() {
            return prueba.personas().get(quien);
          }
        };
    var jefa = new Persona("jefa", "Jefa", "Admin", null, "hash:x");
    jefa.nombrarAdministrador(true);
    prueba.personas().put("jefa", jefa);
    prueba.personas().put("ana.perez", new Persona("ana.perez", "Ana", "Pérez", null, "hash:y"));
    var demo = new Persona("director.oti", "Miguel", "Castillo", null, "hash:z");
    demo.marcarDeDemostracion();
    demo.activar(false);
    prueba.personas().put("director.oti", demo);
  }

  @Test
  void elAdministradorRestableceConUnaTemporalGeneradaQueDebeCambiarse() {
    String temporal = organizacion.restablecerClave("ana.perez", null);
    Persona ana = prueba.personas().get("ana.perez");
    assertEquals("hash:" + temporal, ana.getClaveHash());
    assertTrue(ana.isDebeCambiarClave());
    var fila = prueba.registros().get(0);
    assertEquals(
        List.of("CLAVE_RESTABLECIDA", "jefa", "ana.perez"),
        List.of(fila.getEvento(), fila.getUsuario(), fila.getObjeto()));
    assertFalse(fila.getDetalle().contains(temporal), "la temporal no queda en la auditoría");
  }

  @Test
  void unaTemporalEscritaPorElAdministradorSigueLasReglas() {
    assertThrows(
        DatosInvalidosException.class, () -> organizacion.restablecerClave("ana.perez", "corta"));
    assertEquals(
        "temporal del lunes 14",
        organizacion.restablecerClave("ana.perez", "temporal del lunes 14"));
  }

  @Test
  void soloUnAdministradorRestablece() {
    quien = "ana.perez";
    assertThrows(AccesoDenegadoException.class, () -> organizacion.restablecerClave("jefa", null));
    assertEquals("hash:x", prueba.personas().get("jefa").getClaveHash());
  }

  @Test
  void laPrimeraClaveDeUnaPersonaNuevaSeCambiaAlIngresar() {
    var p = organizacion.crearPersona("luis.rojas", "Luis", "Rojas", null, "primera clave de luis");
    assertTrue(p.isDebeCambiarClave());
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> organizacion.crearPersona("eva.diaz", "Eva", "Díaz", null, "qwerty123456"));
    assertTrue(e.getMessage().contains("comunes o filtradas"), e.getMessage());
  }

  @Test
  void fueraDelModoDemostracionUnaCuentaDemoNoSeActivaNiRecibeClave() {
    assertThrows(
        ConflictoException.class, () -> organizacion.restablecerClave("director.oti", null));
    var e =
        assertThrows(
            ConflictoException.class,
            () ->
                organizacion.actualizarPersona(
                    "director.oti", "Miguel", "Castillo", null, null, true, false));
    assertTrue(e.getMessage().contains("es de demostración"), e.getMessage());
    organizacion.modoDemostracion = true;
    organizacion.actualizarPersona("director.oti", "Miguel", "Castillo", null, null, true, false);
    assertTrue(prueba.personas().get("director.oti").isActiva());
  }
}
