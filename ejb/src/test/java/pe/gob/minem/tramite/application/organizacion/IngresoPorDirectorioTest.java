package pe.gob.minem.tramite.application.organizacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.AuditoriaDePrueba;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/**
 * Logins with the ministry's directory (ADR 0016), through {@link Autenticacion} as the portal
 * makes them, with a directory that answers what each test says.
 */
class IngresoPorDirectorioTest {

  private static final String CLAVE = "Directorio2026!";
  private static final String ORIGEN = "api desde 10.0.0.1";

  private final AuditoriaDePrueba prueba = new AuditoriaDePrueba();
  private final Autenticacion autenticacion = new Autenticacion();
  private final AtomicInteger hashes = new AtomicInteger();
  private final AtomicInteger consultas = new AtomicInteger();
  private final Map<String, Cargo> cargos = new HashMap<>();

  /** What the directory answers next; null: it does not answer. */
  private Directorio.Cuenta respuesta;

  private boolean configurado = true;

  @BeforeEach
  void preparar() {
    prueba.capturarLog();
    var oga = new UnidadOrganica("OGA", "Oficina General de Administración", false);
    var oti = new UnidadOrganica("OTI", "Oficina de Tecnologías de la Información", false);
    for (Cargo c :
        List.of(
            new Cargo(oga, Rol.SECRETARIA, "Secretaria de Administración"),
            new Cargo(oti, Rol.SECRETARIA, "Secretaria de la OTI"),
            new Cargo(oti, Rol.DIRECTOR, "Director de la OTI"))) {
      cargos.put(c.getCodigo(), c);
    }
    PersonaRepository personas = new PersonasDePrueba(prueba.personas());
    var ingreso = new IngresoPorDirectorio();
    ingreso.personas = personas;
    ingreso.cargos = codigo -> Optional.ofNullable(cargos.get(codigo));
    ingreso.auditoria = prueba.auditoria();
    ingreso.minutosDeBloqueo = 15;
    ingreso.directorio =
        new Directorio() {
          @Override
          public boolean configurado() {
            return configurado;
          }

          @Override
          public Cuenta verificar(String usuario, String clave)
              throws DirectorioNoDisponibleException {
            consultas.incrementAndGet();
            if (respuesta == null) {
              throw new DirectorioNoDisponibleException(
                  "el directorio no responde: ConnectException", null);
            }
            return respuesta;
          }
        };
    autenticacion.personas = personas;
    autenticacion.auditoria = prueba.auditoria();
    autenticacion.mesaDePartes = new MesaDePartesService();
    autenticacion.directorio = ingreso;
    autenticacion.minutosDeBloqueo = 15;
    autenticacion.verificarClave =
        (clave, hash) -> {
          hashes.incrementAndGet();
          return hash != null && hash.equals("hash:" + clave);
        };
    var admin = new Persona("admin", "Administrador", "del Portal", null, "hash:Local2026!");
    admin.nombrarAdministrador(true);
    prueba.personas().put("admin", admin);
  }

  @AfterEach
  void soltar() {
    prueba.soltarLog();
  }

  private static Directorio.Cuenta aceptada(String... cargos) {
    return new Directorio.Cuenta(
        true, true, true, "Juan", "Pérez García", "jperez@minem.gob.pe", Set.of(cargos));
  }

  private Autenticacion.Resultado intentar(String usuario, String clave) {
    hashes.set(0);
    consultas.set(0);
    prueba.registros().clear();
    return autenticacion.autenticar(usuario, clave, ORIGEN);
  }

  private List<String> eventos() {
    return prueba.registros().stream().map(RegistroAuditoria::getEvento).toList();
  }

  private RegistroAuditoria ultimo() {
    return prueba.registros().get(prueba.registros().size() - 1);
  }

  @Test
  void elPrimerIngresoTraeALaPersonaConLosCargosDeSusGruposYSinClaveLocal() {
    respuesta = aceptada("OGA:SECRETARIA");
    var r = intentar("jperez", CLAVE);
    assertTrue(r.valido());
    assertTrue(r.grupos().containsAll(Set.of("USUARIO", "OGA:SECRETARIA")), r.grupos()::toString);
    Persona p = prueba.personas().get("jperez");
    assertEquals("Juan Pérez García", p.getNombreCompleto());
    assertEquals("jperez@minem.gob.pe", p.getCorreo());
    assertTrue(p.ingresaConElDirectorio());
    assertEquals(Persona.SIN_CLAVE_LOCAL, p.getClaveHash());
    assertEquals(List.of("PERSONA_DEL_DIRECTORIO", "CARGOS_DEL_DIRECTORIO", "INGRESO"), eventos());
    assertEquals(1, hashes.get(), "una sola derivación de clave, como todo intento");
    assertEquals(1, consultas.get());
  }

  @Test
  void unCambioDeGrupoSeVeEnElSiguienteIngresoYElCargoAnteriorSeRetira() {
    respuesta = aceptada("OGA:SECRETARIA");
    intentar("jperez", CLAVE);
    respuesta = aceptada("OTI:SECRETARIA", "OTI:DIRECTOR", "OTI:NO_EXISTE");
    var r = intentar("jperez", CLAVE);
    assertTrue(r.valido());
    assertTrue(
        r.grupos().containsAll(Set.of("OTI:SECRETARIA", "OTI:DIRECTOR")), r.grupos()::toString);
    assertFalse(r.grupos().contains("OGA:SECRETARIA"), r.grupos()::toString);
    assertEquals(List.of("CARGOS_DEL_DIRECTORIO", "INGRESO"), eventos());
    assertTrue(
        prueba.registros().get(0).getDetalle().contains("antes [OGA:SECRETARIA]"),
        prueba.registros().get(0).getDetalle());
    respuesta = aceptada();
    assertEquals(Set.of("USUARIO"), intentar("jperez", CLAVE).grupos(), "sin grupos, sin cargos");
  }

  @Test
  void unaClaveErradaEsUnIngresoFallidoQueCuentaParaElBloqueo() {
    respuesta = aceptada("OGA:SECRETARIA");
    intentar("jperez", CLAVE);
    respuesta = new Directorio.Cuenta(true, true, false, null, null, null, Set.of());
    for (int i = 1; i < Persona.INTENTOS_ANTES_DE_BLOQUEO; i++) {
      var r = intentar("jperez", "errada");
      assertFalse(r.valido());
      assertEquals(IngresoPorDirectorio.INCORRECTOS, r.motivo());
      assertEquals(List.of("INGRESO_FALLIDO"), eventos());
      assertTrue(ultimo().getDetalle().contains("directorio"), ultimo().getDetalle());
    }
    intentar("jperez", "errada");
    assertEquals(List.of("INGRESO_FALLIDO", "BLOQUEO_CUENTA"), eventos());
    respuesta = aceptada("OGA:SECRETARIA");
    assertFalse(intentar("jperez", CLAVE).valido(), "bloqueada en el portal");
    assertEquals(List.of("RECHAZO_INGRESO_BLOQUEADO"), eventos());
  }

  @Test
  void unaCuentaDeshabilitadaEnElDirectorioSeRechazaYSoloQuienSabeLaClaveSabePorQue() {
    respuesta = new Directorio.Cuenta(true, false, true, null, null, null, Set.of());
    var r = intentar("mrojas", CLAVE);
    assertFalse(r.valido());
    assertEquals(IngresoPorDirectorio.DESHABILITADA, r.motivo());
    assertEquals(List.of("RECHAZO_INGRESO_DESHABILITADA"), eventos());
    respuesta = new Directorio.Cuenta(true, false, false, null, null, null, Set.of());
    assertEquals(IngresoPorDirectorio.INCORRECTOS, intentar("mrojas", "otra").motivo());
    assertEquals(List.of("RECHAZO_INGRESO_DESHABILITADA"), eventos());
    assertNull(prueba.personas().get("mrojas"), "nadie entra: nadie se crea");
  }

  @Test
  void unUsuarioQueNoEstaEnNingunLadoEsUnIngresoFallido() {
    respuesta = Directorio.Cuenta.inexistente();
    var r = intentar("nadie", CLAVE);
    assertFalse(r.valido());
    assertEquals(IngresoPorDirectorio.INCORRECTOS, r.motivo());
    assertEquals(List.of("INGRESO_FALLIDO"), eventos());
    assertEquals(1, hashes.get());
  }

  @Test
  void conElDirectorioCaidoSeRechazaConUnMensajeClaroYQuedaAuditado() {
    respuesta = null;
    for (String usuario : List.of("jperez", "nadie")) {
      var r = intentar(usuario, CLAVE);
      assertFalse(r.valido());
      assertEquals(IngresoPorDirectorio.NO_RESPONDE, r.motivo());
      assertEquals(List.of("RECHAZO_INGRESO_DIRECTORIO"), eventos());
      assertTrue(ultimo().getDetalle().contains("no responde"), ultimo().getDetalle());
      assertEquals(1, hashes.get());
    }
  }

  @Test
  void elAdministradorLocalEntraSinConsultarAlDirectorioAunqueEsteCaido() {
    respuesta = null;
    var r = intentar("admin", "Local2026!");
    assertTrue(r.valido());
    assertTrue(r.grupos().contains(Autenticacion.ADMIN));
    assertEquals(0, consultas.get(), "una cuenta con clave local no depende del directorio");
    respuesta = aceptada("OTI:DIRECTOR");
    assertFalse(
        intentar("admin", CLAVE).valido(), "la clave del directorio no abre la cuenta local");
    assertEquals(0, consultas.get());
  }

  @Test
  void unaPersonaDelDirectorioDesactivadaEnElPortalNoEntra() {
    respuesta = aceptada("OGA:SECRETARIA");
    intentar("jperez", CLAVE);
    prueba.personas().get("jperez").activar(false);
    var r = intentar("jperez", CLAVE);
    assertFalse(r.valido());
    assertEquals(List.of("INGRESO_FALLIDO"), eventos());
  }

  @Test
  void unaPersonaLocalDesactivadaNoSeBuscaEnElDirectorio() {
    var inactiva = new Persona("ana.local", "Ana", "Local", null, "hash:Local2026!");
    inactiva.activar(false);
    prueba.personas().put("ana.local", inactiva);
    respuesta = aceptada();
    assertFalse(intentar("ana.local", CLAVE).valido());
    assertEquals(0, consultas.get());
  }

  @Test
  void sinDirectorioConfiguradoTodoEsComoAntes() {
    configurado = false;
    respuesta = aceptada("OGA:SECRETARIA");
    var r = intentar("jperez", CLAVE);
    assertFalse(r.valido());
    assertEquals(0, consultas.get());
    assertEquals(List.of("INGRESO_FALLIDO"), eventos());
    assertNotNull(intentar("admin", "Local2026!").grupos());
  }

  @Test
  void unNombreQueElPortalNoPodriaTenerNoSeBuscaEnElDirectorio() {
    respuesta = aceptada("OGA:SECRETARIA");
    for (String u : List.of("JPerez", "*", "a)(uid=*", "x".repeat(61), "")) {
      assertFalse(intentar(u, CLAVE).valido(), u);
      assertEquals(0, consultas.get(), u);
      assertEquals(1, hashes.get(), u);
    }
  }
}
