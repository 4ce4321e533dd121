package pe.gob.minem.tramite.application.organizacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.application.AuditoriaDePrueba;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/**
 * {@code bin/tramite administrador}: the request file the command writes and the portal consumes,
 * creating or re-enabling the administrator; a request anyone else could have written is refused.
 */
class SolicitudesDeAdministradorTest {

  @TempDir Path datos;

  private final AuditoriaDePrueba prueba = new AuditoriaDePrueba();
  private final SolicitudesDeAdministrador solicitudes = new SolicitudesDeAdministrador();
  private final AdministradorPorConsola administrador = new AdministradorPorConsola();
  private final String hash = Claves.derivar("la clave del primer administrador");

  @BeforeEach
  void preparar() {
    administrador.personas = new PersonasDePrueba(prueba.personas());
    administrador.auditoria = prueba.auditoria();
    solicitudes.auditoria = prueba.auditoria();
  }

  private boolean atender() {
    return solicitudes.atender(datos, administrador::aplicar);
  }

  private List<String> resultado() throws IOException {
    return Files.readAllLines(datos.resolve("cuentas/administrador.resultado"));
  }

  @Test
  void laSolicitudSeEscribeSoloParaSuDuenoYSinLaClave() throws IOException {
    new SolicitudDeAdministrador("ana.perez", hash).escribir(datos);
    Path f = datos.resolve("cuentas/administrador.solicitud");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    assertEquals(
        "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.getParent())));
    assertFalse(Files.readString(f).contains("la clave del primer administrador"));
    assertEquals(
        new SolicitudDeAdministrador("ana.perez", hash), SolicitudDeAdministrador.leer(datos));
  }

  @Test
  void creaElAdministradorBorraLaSolicitudYContesta() throws IOException {
    assertFalse(atender(), "sin solicitud no hace nada");
    new SolicitudDeAdministrador("ana.perez", hash).escribir(datos);
    assertTrue(atender());
    Persona p = prueba.personas().get("ana.perez");
    assertTrue(p.isAdministrador() && p.isActiva());
    assertTrue(Claves.coincide("la clave del primer administrador", p.getClaveHash()));
    assertFalse(Files.exists(datos.resolve("cuentas/administrador.solicitud")));
    assertEquals("ok", resultado().get(0));
    assertEquals(
        List.of("ADMINISTRADOR_POR_CONSOLA"),
        prueba.registros().stream().map(RegistroAuditoria::getEvento).toList());
  }

  @Test
  void reactivaAUnaPersonaExistenteComoAdministradora() throws IOException {
    var p = new Persona("ana.perez", "Ana", "Pérez", null, "vieja");
    p.activar(false);
    p.restablecerClave("vieja");
    prueba.personas().put("ana.perez", p);
    new SolicitudDeAdministrador("ana.perez", hash).escribir(datos);
    atender();
    assertTrue(p.isActiva() && p.isAdministrador() && !p.isDebeCambiarClave());
    assertEquals(hash, p.getClaveHash());
  }

  @Test
  void unaCuentaDeDemostracionNoRevivePorEsteCamino() throws IOException {
    var demo = new Persona("admin", "Demo", "Demo", null, Claves.INUTILIZABLE);
    demo.marcarDeDemostracion();
    demo.activar(false);
    prueba.personas().put("admin", demo);
    new SolicitudDeAdministrador("admin", hash).escribir(datos);
    atender();
    assertFalse(demo.isActiva());
    assertEquals(List.of("error"), resultado().subList(0, 1));
    assertTrue(resultado().get(1).contains("es de demostración"), resultado().get(1));
  }

  @Test
  void unaSolicitudQueOtrosPodianEscribirSeRechazaYSeBorra() throws IOException {
    new SolicitudDeAdministrador("ana.perez", hash).escribir(datos);
    Path f = datos.resolve("cuentas/administrador.solicitud");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-rw-"));
    assertTrue(atender());
    assertFalse(prueba.personas().containsKey("ana.perez"));
    assertFalse(Files.exists(f), "no se vuelve a leer cada pocos segundos");
    assertEquals("error", resultado().get(0));
    assertTrue(resultado().get(1).contains("0600"), resultado().get(1));
    assertEquals(
        List.of("RECHAZO_SOLICITUD_ADMINISTRADOR"),
        prueba.registros().stream().map(RegistroAuditoria::getEvento).toList());
  }

  @Test
  void unHashQueNoEsDelCostoVigenteSeRechaza() throws IOException {
    String debil = Claves.derivarComo("x", new byte[16], 1000);
    new SolicitudDeAdministrador("ana.perez", debil).escribir(datos);
    atender();
    assertFalse(prueba.personas().containsKey("ana.perez"));
    assertEquals("error", resultado().get(0));
  }
}
