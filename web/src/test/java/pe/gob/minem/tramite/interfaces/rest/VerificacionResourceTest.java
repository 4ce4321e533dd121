package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.documento.VerificacionService;
import pe.gob.minem.tramite.application.documento.VerificacionService.Descarga;
import pe.gob.minem.tramite.application.documento.VerificacionService.InformeDeValidacion;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** Public verification: the uploaded PDF's part, and the headers of a public download. */
class VerificacionResourceTest {

  static class VerificacionDePrueba extends VerificacionService {
    String nombre;
    Descarga descarga;

    @Override
    public InformeDeValidacion validar(ArchivoRecibido archivo) {
      nombre = archivo.nombre();
      return new InformeDeValidacion(Instant.EPOCH, true, "ok", List.of());
    }

    @Override
    public Descarga descargar(String codigo) {
      return descarga;
    }

    @Override
    public Descarga descargarInforme(String codigo) {
      return new Descarga("informe-de-validacion-" + codigo + "-v3.pdf", new byte[] {'%'});
    }
  }

  private final VerificacionDePrueba servicio = new VerificacionDePrueba();
  private final VerificacionResource recurso = new VerificacionResource();

  {
    recurso.verificacion = servicio;
  }

  @Test
  void validaLaParteArchivoAunqueVengaDespuesDeOtras() {
    recurso.validar(
        List.of(ParteDePrueba.json("nota", "{}"), ParteDePrueba.archivo("archivo", "f.pdf", "x")));
    assertEquals("f.pdf", servicio.nombre);
    recurso.validar(List.of(ParteDePrueba.archivo("archivo", null, "x")));
    assertEquals("documento.pdf", servicio.nombre);
  }

  @Test
  void sinParteArchivoLaPide() {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> recurso.validar(List.of(ParteDePrueba.archivo("pdf", "f.pdf", "x"))));
    assertEquals("archivo", e.getCampo());
    assertEquals("Adjunte el PDF firmado en la parte «archivo».", e.getMessage());
  }

  @Test
  void laDescargaPublicaEsUnAdjuntoSinCacheConElNombreSaneado() {
    byte[] pdf = {'%', 'P', 'D', 'F'};
    servicio.descarga = new Descarga("Resolución \"final\"\r\n.pdf", pdf);
    var r = recurso.pdf("AB12");
    assertEquals(200, r.getStatus());
    assertEquals("application/pdf", r.getMediaType().toString());
    assertArrayEquals(pdf, (byte[]) r.getEntity());
    assertEquals("no-store", r.getHeaderString("Cache-Control"));
    assertEquals(
        "attachment; filename=\"Resoluci_n _final___.pdf\";"
            + " filename*=UTF-8''Resoluci%C3%B3n%20_final___.pdf",
        r.getHeaderString("Content-Disposition"));
  }

  @Test
  void elInformeGuardadoSeAbreEnElNavegadorSinCache() {
    var r = recurso.informe("AB12-CD34-EF56");
    assertEquals(200, r.getStatus());
    assertEquals("application/pdf", r.getMediaType().toString());
    assertEquals("no-store", r.getHeaderString("Cache-Control"));
    assertEquals(
        "inline; filename=\"informe-de-validacion-AB12-CD34-EF56-v3.pdf\";"
            + " filename*=UTF-8''informe-de-validacion-AB12-CD34-EF56-v3.pdf",
        r.getHeaderString("Content-Disposition"));
  }
}
