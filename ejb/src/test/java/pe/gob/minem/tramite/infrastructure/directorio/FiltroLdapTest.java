package pe.gob.minem.tramite.infrastructure.directorio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What someone types as a user name can never change the meaning of a directory search. */
class FiltroLdapTest {

  @Test
  void unNombreComunQuedaIgual() {
    assertEquals("(uid=jperez)", FiltroLdap.formatear("(uid={0})", "jperez"));
    assertEquals("(uid=josé.núñez)", FiltroLdap.formatear("(uid={0})", "josé.núñez"));
  }

  @Test
  void losCaracteresEspecialesDeUnFiltroSeEscapanSegunRfc4515() {
    assertEquals("\\2a\\28\\29\\5c\\00", FiltroLdap.escapar("*()\\\0"));
  }

  @Test
  void unComodinNoEncuentraATodos() {
    assertEquals("(uid=\\2a)", FiltroLdap.formatear("(uid={0})", "*"));
  }

  @Test
  void unaInyeccionQuedaComoUnSoloValorLiteral() {
    String f = FiltroLdap.formatear("(&(objectClass=person)(uid={0}))", "x)(|(uid=*))(cn=admin");
    assertEquals("(&(objectClass=person)(uid=x\\29\\28|\\28uid=\\2a\\29\\29\\28cn=admin))", f);
  }

  @Test
  void elDnDeUnGrupoTambienSeEscapa() {
    assertEquals(
        "(|(member=cn=Pérez\\5c, Juan,ou=personas)(memberUid=jp))",
        FiltroLdap.formatear(
            "(|(member={1})(memberUid={0}))", "jp", "cn=Pérez\\, Juan,ou=personas"));
  }

  @Test
  void unFiltroSinParentesisLosRecibe() {
    assertEquals("(sAMAccountName=ana)", FiltroLdap.formatear("sAMAccountName={0}", "ana"));
  }

  @Test
  void unMarcadorSinValorEsUnErrorDeConfiguracion() {
    assertThrows(IllegalArgumentException.class, () -> FiltroLdap.formatear("(member={1})", "x"));
  }

  @Test
  void unValorConSignosDeReemplazoNoSeInterpreta() {
    assertEquals("(uid=$1\\5c$0)", FiltroLdap.formatear("(uid={0})", "$1\\$0"));
  }
}
