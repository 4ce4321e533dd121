package pe.gob.minem.tramite.domain.model.expediente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RucTest {

  @Test
  void rucDelMinemEsValido() {
    assertTrue(Ruc.esValido("20131368829"));
  }

  @Test
  void rucConDigitoVerificadorErradoSeRechaza() {
    for (int d = 0; d <= 9; d++) {
      if (d != 9) {
        assertFalse(Ruc.esValido("2013136882" + d), "dígito " + d);
      }
    }
  }

  @Test
  void digitoDiezSeVuelveCeroYOnceSeVuelveUno() {
    String restoUno = null; // 11 - 1 = 10 -> 0
    String restoCero = null; // 11 - 0 = 11 -> 1
    for (int n = 0; n < 100 && (restoUno == null || restoCero == null); n++) {
      String diez = String.format("20%08d", n);
      int resto = suma(diez) % 11;
      if (resto == 1) restoUno = diez;
      if (resto == 0) restoCero = diez;
    }
    assertEquals(0, Ruc.digitoVerificador(restoUno));
    assertEquals(1, Ruc.digitoVerificador(restoCero));
    assertTrue(Ruc.esValido(restoUno + "0"));
    assertTrue(Ruc.esValido(restoCero + "1"));
  }

  @Test
  void soloOnceDigitosConPrefijoDeContribuyente() {
    assertFalse(Ruc.esValido("2013136882"));
    assertFalse(Ruc.esValido("201313688290"));
    assertFalse(Ruc.esValido("3013136882" + Ruc.digitoVerificador("3013136882")));
    assertFalse(Ruc.esValido(null));
    assertFalse(Ruc.esValido("2013136882A"));
  }

  @Test
  void remitenteConRucInvalidoDiceQueCampoFalla() {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> new Remitente("Empresa", Remitente.TipoDocumentoIdentidad.RUC, "20131368828"));
    assertEquals("remitente.numeroDocumento", e.getCampo());
    assertTrue(e.getMessage().contains("RUC"));
  }

  @Test
  void dniDebeTenerOchoDigitos() {
    assertThrows(
        DatosInvalidosException.class,
        () -> new Remitente("Juan", Remitente.TipoDocumentoIdentidad.DNI, "1234567"));
    assertEquals(
        "12345678",
        new Remitente("Juan", Remitente.TipoDocumentoIdentidad.DNI, " 12345678 ")
            .getNumeroDocumento());
  }

  private static int suma(String s) {
    int[] w = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int suma = 0;
    for (int i = 0; i < 10; i++) {
      suma += (s.charAt(i) - '0') * w[i];
    }
    return suma;
  }
}
