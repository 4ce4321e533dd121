package pe.gob.minem.tramite.application.tramiteinterno;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;

/** The rules of a trámite interno that need no database (ADR 0037). */
class EnvioInternoTest {

  static DatosInvalidosException rechazo(Long documento, String origen, String destino) {
    return assertThrows(
        DatosInvalidosException.class,
        () -> new EnvioInterno(documento, origen, destino, null, null, null, null));
  }

  @Test
  void laUnidadDeDestinoNoPuedeSerLaQueEnvia() {
    var e = rechazo(7L, "OTI", " oti ");
    assertEquals("unidadDestino", e.getCampo());
    assertEquals("La unidad de destino debe ser distinta de la unidad que envía.", e.getMessage());
  }

  @Test
  void sinDocumentoNiUnidadesSeDiceQueFalta() {
    assertEquals("Indique el documento que se envía.", rechazo(null, "OTI", "DGM").getMessage());
    assertEquals("unidadOrigen", rechazo(7L, " ", "DGM").getCampo());
    assertEquals(
        "Elija la unidad a la que se envía el documento.", rechazo(7L, "OTI", null).getMessage());
  }

  @Test
  void elPlazoYLosFoliosTienenSusLimites() {
    assertThrows(
        DatosInvalidosException.class,
        () -> new EnvioInterno(7L, "OTI", "DGM", null, 400, null, null));
    assertThrows(
        DatosInvalidosException.class,
        () -> new EnvioInterno(7L, "OTI", "DGM", null, null, 0, null));
  }

  @Test
  void sinOpcionalesTomaLosValoresDeLaMesaDePartes() {
    var e = new EnvioInterno(7L, " oti", "dgm ", null, null, null, null);
    assertEquals("OTI", e.unidadOrigen());
    assertEquals("DGM", e.unidadDestino());
    assertEquals(Prioridad.NORMAL, e.prioridadONormal());
    assertEquals(EnvioInterno.PLAZO_POR_DEFECTO, e.plazoODefecto());
    assertEquals(1, e.foliosOUno());
    assertEquals(Confidencialidad.PUBLICO, e.confidencialidadO(Confidencialidad.PUBLICO));
  }

  @Test
  void elTipoDelDocumentoSeRegistraConSuNombreDeMesaDePartes() {
    var e = new EnvioInterno(7L, "OTI", "DGM", null, null, null, null);
    assertEquals(TipoDocumento.MEMORANDO, e.tipoDeExpediente(TipoDocumentoInterno.MEMORANDO));
    assertEquals(TipoDocumento.INFORME, e.tipoDeExpediente(TipoDocumentoInterno.INFORME_TECNICO));
    assertEquals(TipoDocumento.OTRO, e.tipoDeExpediente(TipoDocumentoInterno.ACTA));
    assertEquals(
        "Memorando N° 003-2026-MINEM-OGA-OTI",
        EnvioInterno.numeroDelDocumento("Memorando N° 003-2026-MINEM-OGA-OTI.pdf"));
  }
}
