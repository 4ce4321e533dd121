package pe.gob.minem.tramite.infrastructure.directorio;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.organizacion.DirectorioNoDisponibleException;

/**
 * A directory that is down or hangs is a quick refusal, never a login that waits (the answers of a
 * real directory are tested against OpenLDAP in DirectorioIT).
 */
class DirectorioLdapTest {

  private static final int ESPERA_MS = 800;

  private static DirectorioLdap en(String url) {
    return new DirectorioLdap(
        new ParametrosDelDirectorio(
            url,
            false,
            "ou=personas,dc=minem,dc=gob,dc=pe",
            "cn=portal,ou=servicios,dc=minem,dc=gob,dc=pe",
            "clave",
            ParametrosDelDirectorio.FILTRO_USUARIO,
            "",
            "",
            ParametrosDelDirectorio.FILTRO_GRUPOS,
            CargosDelDirectorio.leer(""),
            ESPERA_MS));
  }

  private static long milisegundos(DirectorioLdap d) {
    long t0 = System.nanoTime();
    var e =
        assertThrows(
            DirectorioNoDisponibleException.class, () -> d.verificar("jperez", "Clave2026!"));
    assertTrue(e.getMessage().startsWith("el directorio no responde"), e::getMessage);
    return (System.nanoTime() - t0) / 1_000_000;
  }

  @Test
  void unDirectorioQueAceptaLaConexionYNoContestaSeDaPorCaidoAlVencerLaEspera() throws Exception {
    List<Socket> aceptadas = new ArrayList<>();
    try (ServerSocket mudo = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread t =
          new Thread(
              () -> {
                try {
                  while (true) {
                    aceptadas.add(mudo.accept()); // and never answers
                  }
                } catch (java.io.IOException cerrado) {
                  // the test is over
                }
              });
      t.setDaemon(true);
      t.start();
      long ms = milisegundos(en("ldap://127.0.0.1:" + mudo.getLocalPort()));
      assertTrue(ms >= ESPERA_MS - 50 && ms < ESPERA_MS + 2000, () -> "tardó " + ms + " ms");
    } finally {
      for (Socket s : aceptadas) {
        s.close();
      }
    }
  }

  @Test
  void unDirectorioApagadoSeRechazaDeInmediato() throws Exception {
    int puerto;
    try (ServerSocket libre = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      puerto = libre.getLocalPort();
    }
    long ms = milisegundos(en("ldap://127.0.0.1:" + puerto));
    assertTrue(ms < ESPERA_MS + 500, () -> "tardó " + ms + " ms");
  }

  @Test
  void unaConfiguracionSinBaseRechazaTodoIngresoPorElDirectorio() {
    var d = new DirectorioLdap();
    d.url = java.util.Optional.of("ldap://127.0.0.1:1");
    d.base = java.util.Optional.empty();
    d.usuarioServicio = java.util.Optional.empty();
    d.claveServicio = java.util.Optional.empty();
    d.filtroUsuario = ParametrosDelDirectorio.FILTRO_USUARIO;
    d.filtroHabilitado = java.util.Optional.empty();
    d.baseGrupos = java.util.Optional.empty();
    d.filtroGrupos = ParametrosDelDirectorio.FILTRO_GRUPOS;
    d.cargos = java.util.Optional.of("oti-directores=OTI:DIRECTOR");
    d.esperaMs = ESPERA_MS;
    d.leerConfiguracion();
    assertTrue(d.configurado());
    var e = assertThrows(DirectorioNoDisponibleException.class, () -> d.verificar("jperez", "x"));
    assertTrue(e.getMessage().contains("tramite.directorio.base"), e::getMessage);
  }
}
