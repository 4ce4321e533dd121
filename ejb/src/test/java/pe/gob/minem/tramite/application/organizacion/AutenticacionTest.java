package pe.gob.minem.tramite.application.organizacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.AuditoriaDePrueba;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/**
 * A failed login must not tell whether the user exists (every failure costs one password hash), nor
 * break on an overlong user name, nor write what the user typed raw into the log.
 */
class AutenticacionTest {

  private static final String CLAVE = "Ministerio2026";
  private static final String ORIGEN = "api desde 10.0.0.1";

  private final AuditoriaDePrueba prueba = new AuditoriaDePrueba();
  private final Autenticacion autenticacion = new Autenticacion();
  private final AtomicInteger verificaciones = new AtomicInteger();

  @BeforeEach
  void preparar() {
    prueba.capturarLog();
    autenticacion.personas =
        new pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository() {
          @Override
          public java.util.Optional<Persona> porUsuario(String usuario) {
            return java.util.Optional.ofNullable(prueba.personas().get(usuario));
          }

          @Override
          public java.util.List<Persona> deUnidad(String codigoUnidad) {
            return java.util.List.of();
          }

          @Override
          public java.util.List<Persona> todas() {
            return java.util.List.copyOf(prueba.personas().values());
          }

          @Override
          public long contar() {
            return prueba.personas().size();
          }

          @Override
          public java.util.List<Persona> deDemostracionActivas() {
            return java.util.List.of();
          }

          @Override
          public void guardar(Persona persona) {
            prueba.personas().put(persona.getUsuario(), persona);
          }
        };
    autenticacion.auditoria = prueba.auditoria();
    autenticacion.mesaDePartes = new MesaDePartesService();
    autenticacion.directorio = new IngresoPorDirectorio(); // no directory: local accounts only
    autenticacion.minutosDeBloqueo = 15;
    // a cheap stand-in for PBKDF2 that counts the checks
    autenticacion.verificarClave =
        (clave, hash) -> {
          verificaciones.incrementAndGet();
          return hash != null && hash.equals("hash:" + clave);
        };
    prueba.personas().put("activa", persona("activa"));
    Persona inactiva = persona("inactiva");
    inactiva.activar(false);
    prueba.personas().put("inactiva", inactiva);
    Persona bloqueada = persona("bloqueada");
    for (int i = 0; i < Persona.INTENTOS_ANTES_DE_BLOQUEO; i++) {
      bloqueada.registrarIntentoFallido(Instant.now(), Duration.ofMinutes(15));
    }
    prueba.personas().put("bloqueada", bloqueada);
    Persona demo = persona("demo");
    demo.marcarDeDemostracion();
    prueba.personas().put("demo", demo);
  }

  @AfterEach
  void soltar() {
    prueba.soltarLog();
  }

  private static Persona persona(String usuario) {
    return new Persona(usuario, "Nombre", "Apellido", "41234567", "hash:" + CLAVE);
  }

  private Autenticacion.Resultado intentar(String usuario, String clave) {
    verificaciones.set(0);
    prueba.registros().clear();
    return autenticacion.autenticar(usuario, clave, ORIGEN);
  }

  private List<String> eventos() {
    return prueba.registros().stream().map(RegistroAuditoria::getEvento).toList();
  }

  @Test
  void cadaIntentoFallidoVerificaUnaClaveUnaVezSeaCualSeaElMotivo() {
    Map<String, Supplier<Autenticacion.Resultado>> fallos = new java.util.LinkedHashMap<>();
    fallos.put("usuario desconocido", () -> intentar("nadie", CLAVE));
    fallos.put("cuenta inactiva", () -> intentar("inactiva", CLAVE));
    fallos.put("cuenta bloqueada, clave correcta", () -> intentar("bloqueada", CLAVE));
    fallos.put("cuenta bloqueada, clave errada", () -> intentar("bloqueada", "otra"));
    fallos.put("clave errada", () -> intentar("activa", "otra"));
    fallos.put("sin clave", () -> intentar("activa", null));
    fallos.put("sin usuario", () -> intentar(null, CLAVE));
    fallos.put("usuario de 61 caracteres", () -> intentar("a".repeat(61), CLAVE));
    fallos.put("cuenta de demostración fuera del modo", () -> intentar("demo", CLAVE));
    fallos.forEach(
        (caso, intento) -> {
          assertFalse(intento.get().valido(), caso);
          assertEquals(1, verificaciones.get(), caso + ": verificaciones de clave");
          assertEquals(1, prueba.registros().size(), caso + ": " + eventos());
        });
  }

  @Test
  void elIngresoCorrectoTambienVerificaUnaVez() {
    var r = intentar("activa", CLAVE);
    assertTrue(r.valido());
    assertTrue(r.grupos().contains(Autenticacion.USUARIO));
    assertEquals(1, verificaciones.get());
    assertEquals(List.of("INGRESO"), eventos());
  }

  @Test
  void laCuentaDeDemostracionSoloEntraEnModoDemostracion() {
    var r = intentar("demo", CLAVE);
    assertFalse(r.valido());
    assertTrue(
        prueba.registros().get(0).getDetalle().contains("cuenta de demostración"),
        prueba.registros().get(0).getDetalle());
    autenticacion.modoDemostracion = true;
    assertTrue(intentar("demo", CLAVE).valido());
  }

  @Test
  void laCuentaTecnicaNoIngresaNiConElValorQueGuardaEnLugarDeClave() {
    var tecnica =
        Persona.tecnica("sistema.monitoreo", "Sistema de", "Monitoreo", Claves.INUTILIZABLE);
    prueba.personas().put("sistema.monitoreo", tecnica);
    for (String clave : new String[] {Claves.INUTILIZABLE, "", CLAVE, null}) {
      var r = intentar("sistema.monitoreo", clave);
      assertFalse(r.valido(), "cuenta técnica con clave " + clave);
      assertEquals(1, verificaciones.get(), "cuesta lo que una clave errada");
      assertEquals(List.of("INGRESO_FALLIDO"), eventos());
      assertTrue(prueba.registros().get(0).getDetalle().startsWith("cuenta técnica"));
    }
  }

  @Test
  void unHashDeCostoAntiguoSeRederivaAlIngresarUnaSolaVez() {
    autenticacion.verificarClave = Claves::coincide;
    String antiguo = Claves.derivarComo(CLAVE, new byte[16], 120_000);
    prueba.personas().get("activa").cambiarClave(antiguo);
    assertTrue(intentar("activa", CLAVE).valido());
    String nuevo = prueba.personas().get("activa").getClaveHash();
    assertTrue(nuevo.startsWith("pbkdf2-sha256$" + Claves.ITERACIONES + "$"), nuevo);
    assertTrue(Claves.coincide(CLAVE, nuevo));
    assertEquals(List.of("CLAVE_REDERIVADA", "INGRESO"), eventos());
    assertTrue(intentar("activa", CLAVE).valido());
    assertEquals(nuevo, prueba.personas().get("activa").getClaveHash(), "ya está al día");
    assertEquals(List.of("INGRESO"), eventos());
  }

  @Test
  void unHashAntiguoNoSeTocaSiLaClaveEsErrada() {
    autenticacion.verificarClave = Claves::coincide;
    String antiguo = Claves.derivarComo(CLAVE, new byte[16], 120_000);
    prueba.personas().get("activa").cambiarClave(antiguo);
    assertFalse(intentar("activa", "otra-clave-cualquiera").valido());
    assertEquals(antiguo, prueba.personas().get("activa").getClaveHash());
  }

  @Test
  void laCuentaBloqueadaSeRechazaAunConLaClaveCorrectaYSeAudita() {
    var r = intentar("bloqueada", CLAVE);
    assertFalse(r.valido());
    assertEquals(List.of("RECHAZO_INGRESO_BLOQUEADO"), eventos());
  }

  @Test
  void cincoFallosBloqueanLaCuentaQuinceMinutos() {
    for (int i = 1; i < Persona.INTENTOS_ANTES_DE_BLOQUEO; i++) {
      intentar("activa", "errada-" + i);
      assertEquals(List.of("INGRESO_FALLIDO"), eventos());
    }
    Instant antes = Instant.now();
    intentar("activa", "errada-5");
    assertEquals(List.of("INGRESO_FALLIDO", "BLOQUEO_CUENTA"), eventos());
    assertTrue(prueba.registros().get(1).getDetalle().contains("bloqueado 15 minutos"));
    Instant hasta = prueba.personas().get("activa").getBloqueadaHasta();
    assertFalse(hasta.isBefore(antes.plus(Duration.ofMinutes(15))), hasta::toString);
    assertFalse(intentar("activa", CLAVE).valido(), "bloqueada, la clave correcta no basta");
    assertEquals(List.of("RECHAZO_INGRESO_BLOQUEADO"), eventos());
  }

  @Test
  void unUsuarioDeMasDe60CaracteresEsUnIngresoFallidoAuditadoComoCualquierOtro() {
    for (int largo : new int[] {61, 300, 8000}) {
      String usuario = "x".repeat(largo);
      var r = intentar(usuario, CLAVE);
      assertFalse(r.valido());
      assertEquals(List.of("INGRESO_FALLIDO"), eventos());
      RegistroAuditoria fila = prueba.registros().get(0);
      assertTrue(fila.getUsuario().length() <= 60, "cabe en la columna: " + fila.getUsuario());
      assertTrue(fila.getUsuario().startsWith("x".repeat(50)), fila.getUsuario());
      assertTrue(fila.getDetalle().contains(largo + " caracteres"), fila.getDetalle());
    }
    assertFalse(
        prueba.consultados().stream().anyMatch(u -> u.length() > 60),
        "un usuario que no cabe en la tabla no se busca en ella");
  }

  @Test
  void elUsuarioConSaltosDeLineaNoLlegaCrudoAlLog() {
    String usuario = "intruso\nRECHAZO_ACCESO usuario=admin\r\u001b[2J";
    var r = intentar(usuario, CLAVE);
    assertFalse(r.valido());
    for (var linea : prueba.log()) {
      String m = linea.getMessage();
      assertTrue(m.chars().noneMatch(Character::isISOControl), m);
      assertTrue(m.contains("usuario=intruso_RECHAZO_ACCESO usuario=admin__[2J"), m);
    }
    assertEquals(
        "intruso_RECHAZO_ACCESO usuario=admin__[2J", prueba.registros().get(0).getUsuario());
  }

  @Test
  void laLineaDeBloqueoConservaElUsuario() {
    String usuario = "activa";
    for (int i = 0; i < Persona.INTENTOS_ANTES_DE_BLOQUEO; i++) {
      intentar(usuario, "errada");
    }
    assertTrue(
        prueba.log().stream()
            .anyMatch(l -> l.getMessage().contains("usuario activa bloqueado 15 minutos")),
        "la línea de bloqueo que buscan los operadores (y ExpedientesApiIT) se mantiene");
  }

  // ------------------------------------------------------------------ with the real PBKDF2

  /** Shortest of a few runs: what the work costs, without the pauses of a busy machine. */
  private static long minimoNanos(Runnable r) {
    long min = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      r.run();
      min = Math.min(min, System.nanoTime() - t0);
    }
    return min;
  }

  @Test
  void ningunFalloContestaAntesQueUnaClaveErradaConElHashReal() {
    autenticacion.verificarClave = Claves::coincide;
    String hash = Claves.derivar(CLAVE);
    for (String u : List.of("activa", "inactiva", "bloqueada")) {
      Persona p = prueba.personas().get(u);
      p.cambiarClave(hash); // also clears the lock: set it again below
    }
    Persona bloqueada = prueba.personas().get("bloqueada");
    for (int i = 0; i < Persona.INTENTOS_ANTES_DE_BLOQUEO; i++) {
      bloqueada.registrarIntentoFallido(Instant.now(), Duration.ofMinutes(15));
    }
    Runnable claveErrada =
        () -> {
          prueba.personas().get("activa").registrarIngreso(); // never reaches the lock
          intentar("activa", "otra-clave");
        };
    claveErrada.run(); // warm-up
    Map<String, Runnable> otros = new java.util.LinkedHashMap<>();
    otros.put("cuenta bloqueada", () -> intentar("bloqueada", CLAVE));
    otros.put("usuario desconocido", () -> intentar("nadie", CLAVE));
    otros.put("cuenta inactiva", () -> intentar("inactiva", CLAVE));
    otros.put("usuario de 61 caracteres", () -> intentar("z".repeat(61), CLAVE));
    otros.forEach(
        (caso, intento) -> {
          // interleaved, so that both see the same load; a quarter is a generous margin for a
          // path that skipped the hash answers in well under a hundredth of the time
          long errada = minimoNanos(claveErrada);
          long otro = minimoNanos(intento);
          assertTrue(
              otro >= errada / 4,
              () -> caso + " tardó " + otro / 1000 + " µs; una clave errada, " + errada / 1000);
        });
  }
}
