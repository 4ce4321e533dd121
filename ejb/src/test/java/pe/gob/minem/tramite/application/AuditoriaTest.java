package pe.gob.minem.tramite.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;

/** What a user typed reaches the audit log and table without control characters, and fits. */
class AuditoriaTest {

  private final AuditoriaDePrueba prueba = new AuditoriaDePrueba();
  private final Auditoria auditoria = prueba.auditoria();

  @BeforeEach
  void capturar() {
    prueba.capturarLog();
  }

  @AfterEach
  void soltar() {
    prueba.soltarLog();
  }

  @Test
  void neutralizarCambiaLosCaracteresDeControlPorGuionBajo() {
    assertEquals(
        "a_b_c_d_e_f_g_h_", Auditoria.neutralizar("a\nb\rc\td\u001be\u0000f\u007fg\u0085h\u2028"));
    assertEquals("x_y_z_", Auditoria.neutralizar("x\u202ey\u2029z\u2066"));
    assertNull(Auditoria.neutralizar(null));
  }

  @Test
  void neutralizarDejaIntactoElTextoComun() {
    String comun = "José Ñahui — «Oficio N° 12» 20131368829 ⚖ 🇵🇪 ok";
    assertSame(comun, Auditoria.neutralizar(comun));
  }

  @Test
  void unaLineaInyectadaNoLlegaCrudaAlLogNiALaTabla() {
    String usuario = "intruso\r\nINGRESO usuario=admin";
    auditoria.registrar(usuario, "INGRESO_FALLIDO", "obj\n1", "detalle\nINGRESO usuario=root");

    RegistroAuditoria r = prueba.registros().get(0);
    assertEquals("intruso__INGRESO usuario=admin", r.getUsuario());
    assertEquals("obj_1", r.getObjeto());
    assertEquals("detalle_INGRESO usuario=root", r.getDetalle());
    assertEquals(1, prueba.log().size());
    String linea = prueba.log().get(0).getMessage();
    assertEquals(Level.WARNING, prueba.log().get(0).getLevel());
    assertFalse(linea.contains("\n") || linea.contains("\r"), linea);
    assertTrue(linea.startsWith("INGRESO_FALLIDO usuario=intruso__INGRESO"), linea);
  }

  @Test
  void registrarAparteTambienNeutraliza() {
    auditoria.registrarAparte("a\nb", "RECHAZO_PKI_DEMO", "c\u001b[2Jd", null);
    assertEquals("a_b", prueba.registros().get(0).getUsuario());
    assertEquals("c_[2Jd", prueba.registros().get(0).getObjeto());
    assertFalse(prueba.log().get(0).getMessage().contains("\u001b"));
  }

  @Test
  void unUsuarioOUnObjetoLargoSeRecortaAlTamanoDeSuColumna() {
    String largo = "u".repeat(300);
    auditoria.registrar(largo, "INGRESO_FALLIDO", "o".repeat(500), "d".repeat(5000));
    RegistroAuditoria r = prueba.registros().get(0);
    assertEquals(60, r.getUsuario().length());
    assertTrue(r.getUsuario().startsWith("u".repeat(59)), r.getUsuario());
    assertTrue(r.getUsuario().endsWith("…"), r.getUsuario());
    assertEquals(120, r.getObjeto().length());
    assertEquals(1000, r.getDetalle().length());
    // the log line says what the row says, not 5 KB of whatever was sent
    assertTrue(prueba.log().get(0).getMessage().length() < 1300);
  }

  @Test
  void elRecorteNoPartePorLaMitadUnCaracterFueraDelPlanoBasico() {
    String usuario = "u".repeat(58) + "😀😀";
    String r =
        new RegistroAuditoria(java.time.Instant.now(), usuario, "X", null, null).getUsuario();
    assertTrue(r.length() <= 60, r);
    assertTrue(r.chars().noneMatch(c -> Character.isSurrogate((char) c)), r);
  }

  @Test
  void cadaRegistroSeEncadenaAlAnteriorEnSuPropiaTransaccionOAparte() {
    auditoria.registrar("secretaria.oga", "EXPEDIENTE_REGISTRADO", "EXP-2026-000001", null);
    auditoria.registrarAparte("intruso", "INGRESO_FALLIDO", null, null);
    var r = prueba.registros();
    assertEquals(1L, r.get(0).getSecuencia());
    assertEquals(2L, r.get(1).getSecuencia());
    assertEquals(r.get(0).getHash(), r.get(1).getHashAnterior());
    assertEquals(r.get(1).getHash(), prueba.cabeza().getHash());
  }
}
