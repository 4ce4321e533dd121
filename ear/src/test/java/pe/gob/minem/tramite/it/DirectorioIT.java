package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.ModificationItem;
import org.junit.jupiter.api.Test;

/**
 * Login against the ministry's directory (issue 12, finding 9; ADR 0016), on a real OpenLDAP
 * ({@code directorio-de-prueba.sh}, data in {@code directorio-de-prueba.ldif}): the directory
 * checks the password, its groups give the demo cargos, a change there is seen at the next login,
 * and a directory that is down is a quick, clear refusal while local accounts keep working. Each
 * test has its own person of the directory, so that the order does not matter.
 */
class DirectorioIT extends PruebaConElEar {

  private static final Properties LDAP = propiedades();
  private static final String CLAVE_DIRECTORIO = LDAP.getProperty("clave-personas");
  private static final String PERSONAS = LDAP.getProperty("base");
  private static final String GRUPOS = LDAP.getProperty("base-grupos");

  private static Properties propiedades() {
    Properties p = new Properties();
    Path f =
        Path.of(
            System.getProperty("it.directorio.props", "target/directorio-de-prueba.properties"));
    try (InputStream in = Files.newInputStream(f)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("sin " + f + " (directorio-de-prueba.sh start)", e);
    }
    return p;
  }

  // ------------------------------------------------------------------ tests

  @Test
  void unaPersonaDelDirectorioEntraConSuClaveYVeLaBandejaDelCargoDeSuGrupo() throws SQLException {
    String numero =
        registrarValido("Para la secretaria del directorio " + marca()).path("numero").asText();
    List<String> numeros = numerosEnBandeja("jperez", CLAVE_DIRECTORIO);
    assertTrue(numeros.contains(numero), () -> "oga-secretarias → OGA:SECRETARIA: " + numeros);
    assertTrue(
        auditoria("jperez", "INGRESO").stream().anyMatch(d -> d.contains("directorio")),
        () -> "ingreso auditado: " + auditoria("jperez", "INGRESO"));
    assertFalse(
        auditoria("jperez", "PERSONA_DEL_DIRECTORIO").isEmpty(), "la persona entró al portal");
  }

  @Test
  void unaClaveErradaOUnUsuarioInexistenteEs401YQuedaAuditado() throws SQLException {
    Respuesta r = enviar(peticion("lquispe", "no-es-la-clave", "/bandeja").GET());
    problema(r, 401);
    assertTrue(r.header("WWW-Authenticate").orElse("").startsWith("Basic"), r::toString);
    assertTrue(
        auditoria("lquispe", "INGRESO_FALLIDO").stream()
            .anyMatch(d -> d.contains("contraseña incorrecta (directorio)")),
        () -> "auditoría: " + auditoria("lquispe", "INGRESO_FALLIDO"));
    assertEquals(200, enviar(peticion("lquispe", CLAVE_DIRECTORIO, "/bandeja").GET()).status());

    String nadie = "nadie." + marca();
    problema(enviar(peticion(nadie, CLAVE_DIRECTORIO, "/bandeja").GET()), 401);
    assertTrue(
        auditoria(nadie, "INGRESO_FALLIDO").stream()
            .anyMatch(d -> d.contains("ni local ni en el directorio")),
        () -> "auditoría: " + auditoria(nadie, "INGRESO_FALLIDO"));
  }

  @Test
  void elAdministradorLocalNoSeAbreConLaClaveDelDirectorio() {
    // the directory has an entry «admin» too: the local account takes precedence
    problema(enviar(peticion(ADMIN, CLAVE_DIRECTORIO, "/bandeja").GET()), 401);
    assertEquals(200, enviar(peticion(ADMIN, CLAVE, "/bandeja").GET()).status());
  }

  @Test
  void unaCuentaDeshabilitadaEnElDirectorioYaNoEntra() throws Exception {
    assertTrue(ingresarPorFormulario("mrojas", CLAVE_DIRECTORIO).exito(), "antes, entra");
    modificar(
        "uid=mrojas," + PERSONAS,
        DirContext.ADD_ATTRIBUTE,
        new BasicAttribute("pwdAccountLockedTime", "000001010000Z"));
    Ingreso despues = ingresarPorFormulario("mrojas", CLAVE_DIRECTORIO);
    assertFalse(despues.exito(), () -> "deshabilitada, no entra: " + despues);
    assertTrue(despues.pagina().contains("incorrectos"), despues::toString);
    // the failed login also forgot what the API remembered of this account
    problema(enviar(peticion("mrojas", CLAVE_DIRECTORIO, "/bandeja").GET()), 401);
    assertFalse(
        auditoria("mrojas", "RECHAZO_INGRESO_DESHABILITADA").isEmpty(),
        "el rechazo queda auditado");
  }

  @Test
  void unCambioDeGrupoSeVeEnElSiguienteIngreso() throws Exception {
    String numero =
        registrarValido("Para quien cambia de grupo " + marca()).path("numero").asText();
    assertTrue(numerosEnBandeja("cvega", CLAVE_DIRECTORIO).contains(numero), "como OGA:SECRETARIA");

    String cvega = "uid=cvega," + PERSONAS;
    modificar(
        "cn=oga-secretarias," + GRUPOS,
        DirContext.REMOVE_ATTRIBUTE,
        new BasicAttribute("member", cvega));
    modificar(
        "cn=oti-secretarias," + GRUPOS,
        DirContext.ADD_ATTRIBUTE,
        new BasicAttribute("member", cvega));

    assertTrue(ingresarPorFormulario("cvega", CLAVE_DIRECTORIO).exito(), "el siguiente ingreso");
    List<String> ahora = numerosEnBandeja("cvega", CLAVE_DIRECTORIO);
    assertFalse(ahora.contains(numero), () -> "ya no es OGA:SECRETARIA: " + ahora);
    List<String> cambios = auditoria("cvega", "CARGOS_DEL_DIRECTORIO");
    assertTrue(
        cambios.stream()
            .anyMatch(
                d -> d.contains("antes [OGA:SECRETARIA]") && d.contains("ahora [OTI:SECRETARIA]")),
        () -> "cambio de cargos auditado: " + cambios);
  }

  @Test
  void conElDirectorioCaidoSeRechazaProntoConUnMensajeClaroYElAdministradorLocalEntra()
      throws Exception {
    directorio("stop");
    try {
      long t0 = System.nanoTime();
      Respuesta r = enviar(peticion("rtorres", CLAVE_DIRECTORIO, "/bandeja").GET());
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      var p = problema(r, 503);
      assertTrue(p.path("detail").asText().contains("no responde"), r::toString);
      assertTrue(ms < 2000, () -> "tardó " + ms + " ms (espera configurada: 2000 ms)");

      Ingreso pagina = ingresarPorFormulario("rtorres", CLAVE_DIRECTORIO);
      assertFalse(pagina.exito());
      assertTrue(pagina.pagina().contains("no responde"), pagina::toString);

      assertEquals(200, enviar(peticion(ADMIN, CLAVE, "/bandeja").GET()).status(), "admin local");
      assertTrue(ingresarPorFormulario(ADMIN, CLAVE).exito(), "admin local, por la página");
      assertTrue(
          auditoria("rtorres", "RECHAZO_INGRESO_DIRECTORIO").stream()
              .anyMatch(d -> d.contains("no responde")),
          () -> "auditado: " + auditoria("rtorres", "RECHAZO_INGRESO_DIRECTORIO"));
    } finally {
      directorio("start");
    }
    assertEquals(200, enviar(peticion("rtorres", CLAVE_DIRECTORIO, "/bandeja").GET()).status());
  }

  // ------------------------------------------------------------------ helpers

  private static String marca() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static List<String> numerosEnBandeja(String usuario, String clave) {
    Respuesta r = enviar(peticion(usuario, clave, "/bandeja").GET());
    assertEquals(200, r.status(), () -> "bandeja de " + usuario + ": " + r);
    List<String> numeros = new ArrayList<>();
    r.json().forEach(t -> numeros.add(t.path("numero").asText()));
    return numeros;
  }

  /** The details of the audit rows of this user and event, oldest first. */
  private static List<String> auditoria(String usuario, String evento) {
    try (var c = BaseDeDatos.conectar();
        var ps =
            c.prepareStatement(
                "SELECT detalle FROM registro_auditoria WHERE usuario = ? AND evento = ? ORDER BY id")) {
      ps.setString(1, usuario);
      ps.setString(2, evento);
      List<String> l = new ArrayList<>();
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          l.add(String.valueOf(rs.getString(1)));
        }
      }
      return l;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A change in the directory, made as its administrator (as the ministry's would). */
  private static void modificar(String dn, int operacion, BasicAttribute atributo)
      throws NamingException {
    Hashtable<String, Object> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, LDAP.getProperty("url"));
    env.put(Context.SECURITY_AUTHENTICATION, "simple");
    env.put(Context.SECURITY_PRINCIPAL, LDAP.getProperty("raiz-dn"));
    env.put(Context.SECURITY_CREDENTIALS, LDAP.getProperty("raiz-clave"));
    DirContext ctx = new InitialDirContext(env);
    try {
      ctx.modifyAttributes(dn, new ModificationItem[] {new ModificationItem(operacion, atributo)});
    } finally {
      ctx.close();
    }
  }

  /** Stops or starts the test directory with its own script (start loads the LDIF afresh). */
  private static void directorio(String accion) throws IOException, InterruptedException {
    var pb =
        new ProcessBuilder(
                "bash",
                System.getProperty("it.directorio.script", "src/test/sh/directorio-de-prueba.sh"),
                accion)
            .redirectErrorStream(true);
    pb.environment().put("IT_TARGET", System.getProperty("it.target", "target"));
    pb.environment().put("IT_LDAP_PORT", System.getProperty("it.ldap.port", "13389"));
    Process p = pb.start();
    String salida = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "directorio-de-prueba.sh " + accion);
    assertEquals(0, p.exitValue(), () -> "directorio-de-prueba.sh " + accion + ": " + salida);
  }

  private record Ingreso(int status, String destino, String pagina) {
    boolean exito() {
      return (status == 302 || status == 303) && destino.contains("/bandeja.xhtml");
    }

    @Override
    public String toString() {
      return "HTTP " + status + " → " + destino + " " + pagina.replaceAll("\\s+", " ");
    }
  }

  /** The login page, as a browser sends it: a fresh check, never a remembered one. */
  private static Ingreso ingresarPorFormulario(String usuario, String clave) {
    Respuesta pagina = enviar(peticion(null, base() + "/login.xhtml").GET());
    assertEquals(200, pagina.status(), pagina::toString);
    var formulario = FormularioDeIngreso.de(pagina.texto());
    String galleta = pagina.header("Set-Cookie").orElse("").split(";")[0];
    String cuerpo = formulario.cuerpo(usuario, clave);
    var envio =
        peticion(null, base() + formulario.accion())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo));
    if (!galleta.isEmpty()) {
      envio.header("Cookie", galleta);
    }
    Respuesta r = enviar(envio);
    String texto = r.texto().replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ");
    return new Ingreso(r.status(), r.header("Location").orElse(""), texto);
  }
}
