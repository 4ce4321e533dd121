package pe.gob.minem.tramite.infrastructure.directorio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The groups of the directory give the cargos the configuration says, and nothing else. */
class CargosDelDirectorioTest {

  private static final String GRUPOS = "ou=grupos,dc=minem,dc=gob,dc=pe";

  private final CargosDelDirectorio mapa =
      CargosDelDirectorio.leer(
          "cn=oti-directores,"
              + GRUPOS
              + "=OTI:DIRECTOR;"
              + " oga-secretarias = OGA:SECRETARIA ;"
              + "cn=mesa,"
              + GRUPOS
              + "=ADAC:SECRETARIA;"
              + "cn=mesa,"
              + GRUPOS
              + "=oga:secretaria;");

  @Test
  void unDnCompletoSeComparaComoNombreSinImportarMayusculasNiEspacios() {
    assertEquals(
        Set.of("OTI:DIRECTOR"),
        mapa.cargosDe(List.of("CN=OTI-Directores, OU=Grupos,DC=minem,DC=gob,DC=pe")));
  }

  @Test
  void unNombreSueltoCoincideConElPrimerRdnDeCualquierGrupo() {
    assertEquals(
        Set.of("OGA:SECRETARIA"), mapa.cargosDe(List.of("cn=OGA-Secretarias,ou=otros,dc=minem")));
  }

  @Test
  void unGrupoPuedeDarVariosCargosYCadaCargoSaleUnaVez() {
    assertEquals(
        Set.of("ADAC:SECRETARIA", "OGA:SECRETARIA"),
        mapa.cargosDe(List.of("cn=mesa," + GRUPOS, "cn=oga-secretarias," + GRUPOS)));
  }

  @Test
  void unGrupoNoMapeadoNoDaNada() {
    assertEquals(
        Set.of(), mapa.cargosDe(List.of("cn=comedor," + GRUPOS, "cn=oti-directores,ou=otros")));
    assertTrue(
        CargosDelDirectorio.leer("").cargosDe(List.of("cn=oti-directores," + GRUPOS)).isEmpty());
    assertTrue(CargosDelDirectorio.leer(null).vacio());
  }

  @Test
  void unaEntradaSinCargoEsUnErrorQueLaNombra() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> CargosDelDirectorio.leer("oti-directores"));
    assertTrue(e.getMessage().contains("oti-directores"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CargosDelDirectorio.leer("cn=x,ou=y="));
    assertThrows(IllegalArgumentException.class, () -> CargosDelDirectorio.leer("cn=,,=X"));
  }
}
