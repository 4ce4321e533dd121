package pe.gob.minem.tramite.application.organizacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.AuditoriaDePrueba;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/** A person changes their own password: the current one first, then the rules, audited. */
class CuentaServiceTest {

  private static final String ACTUAL = "k7pm-3xqa-9hcv-t2wd";
  private static final String NUEVA = "una frase que solo yo conozco";

  private final AuditoriaDePrueba prueba = new AuditoriaDePrueba();
  private final CuentaService cuentas = new CuentaService();
  private Persona ana;

  @BeforeEach
  void preparar() {
    var personas = new PersonasDePrueba(prueba.personas());
    var autenticacion = new Autenticacion();
    autenticacion.personas = personas;
    autenticacion.auditoria = prueba.auditoria();
    autenticacion.mesaDePartes = new MesaDePartesService();
    autenticacion.minutosDeBloqueo = 15;
    autenticacion.directorio = new IngresoPorDirectorio(); // no directory: local accounts only
    autenticacion.verificarClave = (clave, hash) -> hash != null && hash.equals("hash:" + clave);
    cuentas.autenticacion = autenticacion;
    cuentas.personas = personas;
    cuentas.auditoria = prueba.auditoria();
    cuentas.derivarClave = clave -> "hash:" + clave;
    cuentas.personaActual =
        new PersonaActual() {
          @Override
          public String usuario() {
            return "ana.perez";
          }
        };
    ana = new Persona("ana.perez", "Ana", "Pérez", null, "hash:" + ACTUAL);
    ana.exigirCambioDeClave();
    prueba.personas().put("ana.perez", ana);
  }

  private List<String> eventos() {
    return prueba.registros().stream().map(RegistroAuditoria::getEvento).toList();
  }

  @Test
  void quienEntraConElDirectorioNoCambiaSuClaveEnElPortal() {
    prueba.personas().put("ana.perez", Persona.delDirectorio("ana.perez", "Ana", "Pérez"));
    // the directory accepted her password (the check of the current one passed)
    cuentas.autenticacion.verificarClave = (clave, hash) -> true;
    var e =
        assertThrows(
            DatosInvalidosException.class, () -> cuentas.cambiarClave(ACTUAL, NUEVA, "prueba"));
    assertTrue(e.getMessage().contains("directorio del ministerio"), e.getMessage());
  }

  @Test
  void conLaClaveActualSeCambiaYTerminaElCambioPendiente() {
    assertTrue(cuentas.debeCambiarClave("ana.perez"));
    cuentas.cambiarClave(ACTUAL, NUEVA, "web desde 10.0.0.1");
    assertEquals("hash:" + NUEVA, ana.getClaveHash());
    assertFalse(ana.isDebeCambiarClave());
    assertFalse(cuentas.debeCambiarClave("ana.perez"));
    assertEquals(List.of("INGRESO", "CLAVE_CAMBIADA"), eventos());
  }

  @Test
  void unaClaveActualErradaSeRechazaCuentaComoIntentoYSeAudita() {
    var e =
        assertThrows(
            DatosInvalidosException.class, () -> cuentas.cambiarClave("otra", NUEVA, "api"));
    assertEquals("actual", e.getCampo());
    assertEquals("La contraseña actual no es correcta.", e.getMessage());
    assertEquals("hash:" + ACTUAL, ana.getClaveHash());
    assertEquals(List.of("INGRESO_FALLIDO", "RECHAZO_CAMBIO_CLAVE"), eventos());
  }

  @Test
  void laNuevaDebeCumplirLasReglas() {
    var corta =
        assertThrows(
            DatosInvalidosException.class, () -> cuentas.cambiarClave(ACTUAL, "corta", "api"));
    assertEquals("nueva", corta.getCampo());
    assertTrue(corta.getMessage().contains("al menos 12 caracteres"), corta.getMessage());
    var comun =
        assertThrows(
            DatosInvalidosException.class,
            () -> cuentas.cambiarClave(ACTUAL, "1qaz2wsx3edc", "api"));
    assertTrue(comun.getMessage().contains("comunes o filtradas"), comun.getMessage());
    var igual =
        assertThrows(
            DatosInvalidosException.class, () -> cuentas.cambiarClave(ACTUAL, ACTUAL, "api"));
    assertTrue(igual.getMessage().contains("distinta de la actual"), igual.getMessage());
    assertEquals("hash:" + ACTUAL, ana.getClaveHash());
    assertTrue(ana.isDebeCambiarClave());
  }
}
