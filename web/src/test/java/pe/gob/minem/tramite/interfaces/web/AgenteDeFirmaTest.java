package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Where the page finds the agent: an origin the CSP header can carry, never anything else. */
class AgenteDeFirmaTest {

  @Test
  void porDefectoElPuertoDelAgenteEnLaPropiaComputadora() {
    assertEquals("http://127.0.0.1:18650", new AgenteDeFirma().getUrl());
  }

  @Test
  void laUrlConfiguradaQuedaComoOrigen() {
    assertEquals("http://localhost:19000", AgenteDeFirma.origen("http://localhost:19000/"));
    assertEquals("https://127.0.0.1:18651", AgenteDeFirma.origen(" https://127.0.0.1:18651 "));
    assertEquals("http://127.0.0.1:18650", new AgenteDeFirma("http://127.0.0.1:18650").getOrigen());
  }

  @Test
  void loQueNoEsUnOrigenHttpVuelveAlValorPorDefecto() {
    for (String malo :
        new String[] {
          "ftp://127.0.0.1:18650",
          "http://127.0.0.1:18650/firmas",
          "http://127.0.0.1:18650; script-src *",
          "127.0.0.1:18650",
          "http://usuario@127.0.0.1:18650",
          "no es una url"
        }) {
      assertEquals("http://127.0.0.1:18650", AgenteDeFirma.origen(malo), malo);
    }
  }

  @Test
  void losMensajesEnInglesTambienDicenLosIntentos() {
    assertEquals(
        "Wrong PIN; nothing was signed. 2 tries left.",
        AgenteDeFirma.mensaje("PIN_INCORRECTO", 2, null, Locale.ENGLISH));
  }
}
