package pe.gob.minem.tramite.application.organizacion;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ASVS 5.0 V6.2: length, not composition; no common password, no user name, no demo password. */
class ReglasDeClaveTest {

  private static void rechazada(String clave, String motivo) {
    String problema = ReglasDeClave.problemaDe(clave, "ana.perez", false);
    assertTrue(problema != null && problema.contains(motivo), clave + ": " + problema);
  }

  private static void aceptada(String clave) {
    assertNull(ReglasDeClave.problemaDe(clave, "ana.perez", false), clave);
  }

  @Test
  void doceCaracteresComoMinimoSinReglasDeComposicion() {
    rechazada(null, "al menos 12 caracteres");
    rechazada("abcdefghijk", "al menos 12 caracteres");
    aceptada("abcdefghijkm");
    aceptada("solamente minusculas y espacios");
    aceptada("739184620573");
  }

  @Test
  void cualquierUnicodeYHasta128Caracteres() {
    aceptada("ñandú cigüeña año");
    aceptada("日本語のパスワードです十二文字");
    rechazada("😀😀😀😀😀😀😀😀😀😀😀", "al menos 12"); // 11 code points, 22 chars
    aceptada("x".repeat(63) + "y");
    aceptada("una frase larga ".repeat(8));
    rechazada("z".repeat(129), "hasta 128");
  }

  @Test
  void lasContrasenasComunesOFiltradasSeRechazanSinImportarMayusculas() {
    rechazada("1qaz2wsx3edc", "contraseñas comunes o filtradas");
    rechazada("QWERTY123456", "contraseñas comunes o filtradas");
    rechazada("password1234", "contraseñas comunes o filtradas");
  }

  @Test
  void noPuedeContenerElUsuario() {
    rechazada("ana.perez2026!!", "nombre de usuario");
    rechazada("mi clave es ANA.PEREZ", "nombre de usuario");
  }

  @Test
  void laClavePublicadaDeLaDemostracionNuncaSeElige() {
    rechazada(pe.gob.minem.tramite.application.DatosDeDemostracion.CLAVE_DEMO, "demostración");
    assertTrue(
        ReglasDeClave.problemaDe(
                pe.gob.minem.tramite.application.DatosDeDemostracion.CLAVE_DEMO, "admin", true)
            .contains("demostración"),
        "ni en modo demostración");
  }
}
