package pe.gob.minem.tramite.infrastructure.firma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.infrastructure.pdf.PuntoDeControlPdf;
import pe.gob.minem.tramite.infrastructure.pdf.PuntoDeControlPdf.Datos;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.SignatureOptions;

/**
 * A checkpoint's constancia signed with the portal's demo seal: it validates, and place and hash
 * read back from it; any change after the signature, or a signature by someone else, is refused.
 */
class SelloDelPortalTest {

  @TempDir static Path datos;
  static FirmaDigital firma;
  static SelloDelPortal sello;

  static final Datos PUNTO =
      new Datos(
          1050,
          3411,
          "9f2c4a1be0d3c5f67a8b9c0d1e2f30415263748596a7b8c9d0e1f2a3b4c5d6e7",
          Instant.parse("2026-12-02T15:17:00.123Z"));

  @BeforeAll
  static void abrir() {
    firma = FirmaDeDemostracion.enDemostracion(datos, null);
    sello = FirmaDeDemostracion.sello(firma, null, null);
  }

  @AfterAll
  static void cerrar() {
    FirmaDeDemostracion.cerrar(firma, sello);
  }

  private static byte[] constanciaFirmada() {
    return sello.firmar(PuntoDeControlPdf.generar(PUNTO));
  }

  @Test
  void laConstanciaFirmadaEsValidaYDiceSuPosicionYSuHash() {
    byte[] firmada = constanciaFirmada();
    assertEquals(Optional.empty(), sello.objecion(firmada));
    assertEquals(Optional.of(PUNTO), PuntoDeControlPdf.leer(firmada));
    var f = firma.validar(firmada).signatures().get(0);
    assertEquals("PAdES-BASELINE-T", f.level());
    assertEquals("Sello de auditoría del portal Trámite", f.firmante());
    assertEquals(SelloDelPortal.MOTIVO, f.motivo());
    assertEquals(1, f.timestamps().size(), f.timestamps()::toString);
    assertEquals(Optional.empty(), sello.aviso());
  }

  @Test
  void unByteCambiadoEnLaConstanciaSeRechaza() {
    byte[] firmada = constanciaFirmada();
    byte[] hash = PUNTO.hash().getBytes(StandardCharsets.US_ASCII);
    int i = indice(firmada, hash);
    assertTrue(i >= 0, "el hash no está en claro en el PDF");
    firmada[i] = (byte) (firmada[i] == '9' ? '8' : '9');
    Optional<String> objecion = sello.objecion(firmada);
    assertTrue(objecion.orElse("").contains("no es válida"), objecion::toString);
  }

  @Test
  void otraPosicionEscritaDespuesDeFirmarSeRechazaAunqueSeLeaEnElPdf() throws Exception {
    var salida = new ByteArrayOutputStream();
    try (var d =
        new PdfDocument(
            new PdfReader(new ByteArrayInputStream(constanciaFirmada())),
            new PdfWriter(salida),
            new StampingProperties().useAppendMode())) {
      d.getDocumentInfo().setMoreInfo("TramiteAuditoriaSecuencia", "3000");
    }
    byte[] editada = salida.toByteArray();
    assertEquals(3000L, PuntoDeControlPdf.leer(editada).orElseThrow().secuencia());
    assertEquals(Optional.of("fue modificado después de firmarlo"), sello.objecion(editada));
  }

  @Test
  void unaConstanciaQueFirmoOtraPersonaSeRechaza() {
    byte[] ajena =
        firma.firmarConLlaveDelServidor(
            new FirmaDigital.Titular("Ana Torres Quispe", "40123456", "Directora", "OTI"),
            PuntoDeControlPdf.generar(PUNTO),
            SignatureOptions.invisible(PadesLevel.B_T, SelloDelPortal.MOTIVO));
    assertEquals(
        Optional.of("lo firmó «Ana Torres Quispe», no el sello del portal"), sello.objecion(ajena));
  }

  @Test
  void unaConstanciaSinFirmaSeRechaza() {
    assertEquals(
        Optional.of("tiene 0 firma(s); una constancia lleva solo la del sello del portal"),
        sello.objecion(PuntoDeControlPdf.generar(PUNTO)));
  }

  @Test
  void unPdfCualquieraNoDiceNingunPuntoDeControl() {
    assertEquals(Optional.empty(), PuntoDeControlPdf.leer("no es un PDF".getBytes()));
  }

  @Test
  void conUnSelloConfiguradoEnPkcs12SeFirmaConEseYNoConElDeDemostracion(@TempDir Path dir)
      throws Exception {
    var titular =
        new FirmaDigital.Titular(
            "Portal Trámite — MINEM", "SELLO-PORTAL", "Sello electrónico", "OTI");
    Path p12 = FirmaDeDemostracion.pkcs12(firma, titular, dir.resolve("sello.p12"));
    var configurado = FirmaDeDemostracion.sello(firma, p12, "demo");
    try {
      byte[] firmada = configurado.firmar(PuntoDeControlPdf.generar(PUNTO));
      assertEquals(Optional.empty(), configurado.objecion(firmada));
      assertEquals("Portal Trámite — MINEM", firma.validar(firmada).signatures().get(0).firmante());
      assertEquals(
          Optional.of("lo firmó «Sello de auditoría del portal Trámite», no el sello del portal"),
          configurado.objecion(constanciaFirmada()));
    } finally {
      configurado.cerrar();
    }
  }

  static int indice(byte[] en, byte[] buscado) {
    for (int i = 0; i + buscado.length <= en.length; i++) {
      boolean igual = true;
      for (int j = 0; j < buscado.length && igual; j++) {
        igual = en[i + j] == buscado[j];
      }
      if (igual) {
        return i;
      }
    }
    return -1;
  }
}
