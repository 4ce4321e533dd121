package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A TSA that does not answer: B-T and above are refused with reason TIMESTAMP_UNAVAILABLE (the
 * caller says "try later"), B-B does not need it, and the same TSA reached over HTTP works.
 */
class SelloDeTiempoInalcanzableTest extends SignatureScenario {

  /** A loopback port where nothing listens (taken and released at once). */
  private static URI nadieEscucha() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/tsa");
    }
  }

  @Test
  void sinRespuestaDeLaTsaNoSeFirmaBtNiSuperiorYSeDiceQueSeReintente() throws Exception {
    URI caida = nadieEscucha();
    for (SigningConfig cfg :
        new SigningConfig[] {
          config().withTimestampAuthority(null).withTsaUrl(caida),
          config().withTimestampAuthority(TimestampAuthority.online(caida, Duration.ofSeconds(2)))
        }) {
      SigningService servicio = SigningService.create(cfg);
      for (PadesLevel nivel : new PadesLevel[] {PadesLevel.B_T, PadesLevel.B_LT}) {
        SigningException e =
            assertThrows(
                SigningException.class,
                () ->
                    servicio.sign(
                        SamplePdf.informe(4),
                        TestPki.analista().signerKey(),
                        SignatureOptions.vistoBueno(nivel)));
        assertEquals(SigningException.Reason.TIMESTAMP_UNAVAILABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("sellado de tiempo"), e.getMessage());
      }
      // B-B needs no timestamp
      byte[] bb =
          servicio.sign(
              SamplePdf.informe(4),
              TestPki.analista().signerKey(),
              SignatureOptions.vistoBueno(PadesLevel.B_B));
      assertAllPassed(bb, 1);
    }
  }

  @Test
  void laTsaDeDemostracionPorHttpSellaComoLaDelProceso() {
    SigningService porHttp =
        SigningService.create(
            config()
                .withTimestampAuthority(
                    TimestampAuthority.online(pki().tsaUrl(), Duration.ofSeconds(10))));
    byte[] firmado =
        porHttp.sign(
            SamplePdf.informe(4),
            TestPki.analista().signerKey(),
            SignatureOptions.vistoBueno(PadesLevel.B_LT));
    assertAllPassed(firmado, 1);
  }
}
