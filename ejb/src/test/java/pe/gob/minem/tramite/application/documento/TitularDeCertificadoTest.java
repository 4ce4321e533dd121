package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitularDeCertificadoTest {

  @Test
  void elDniDelCertificadoDecideEnCualquieraDeSusFormas() {
    for (String serie :
        new String[] {"08765432", "PNOPE-08765432", "DNI 08765432", "IDCPE-08765432"}) {
      assertTrue(
          TitularDeCertificado.esDe(serie, "Otro Nombre", "08765432", "Miguel Castillo León"),
          serie);
    }
    assertFalse(
        TitularDeCertificado.esDe(
            "PNOPE-42345678", "Miguel Castillo León", "08765432", "Miguel Castillo León"),
        "the same name with another DNI is another person");
  }

  @Test
  void sinDniSeComparaElNombreSinTildesNiOrden() {
    assertTrue(
        TitularDeCertificado.esDe(
            null, "CASTILLO LEON, MIGUEL", "08765432", "Miguel Castillo León"));
    assertTrue(
        TitularDeCertificado.esDe(
            "sin número", "Miguel Castillo León", null, "Miguel Castillo León"));
    assertFalse(
        TitularDeCertificado.esDe(null, "Carmen Vargas Paredes", null, "Miguel Castillo León"));
    assertFalse(TitularDeCertificado.esDe(null, null, "08765432", "Miguel Castillo León"));
  }
}
