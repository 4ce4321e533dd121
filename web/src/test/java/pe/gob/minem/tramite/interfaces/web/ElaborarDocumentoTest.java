package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente.ParaElaborar;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;

/** The drafting page asks once for the expediente and whether the person may draft in it. */
class ElaborarDocumentoTest {

  static class PaginaDePrueba extends PaginaDelExpediente {
    final List<String> pedidos = new ArrayList<>();
    ParaElaborar respuesta;
    RuntimeException falla;

    @Override
    public ParaElaborar paraElaborar(String numero) {
      pedidos.add(numero);
      if (falla != null) {
        throw falla;
      }
      return respuesta;
    }
  }

  private final PaginaDePrueba servicio = new PaginaDePrueba();
  private final ElaborarDocumento pagina = new ElaborarDocumento();

  {
    pagina.paginaDelExpediente = servicio;
    pagina.setNumero("exp-2026-1");
  }

  @Test
  void quienTieneElExpedienteElabora() {
    servicio.respuesta = new ParaElaborar(DetalleExpedienteTest.expediente(List.of()), true);
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();
      assertTrue(faces.mensajes.isEmpty());
    }
    assertEquals(List.of("exp-2026-1"), servicio.pedidos);
    assertSame(servicio.respuesta.expediente(), pagina.getExpediente());
    assertTrue(pagina.isPermitido());
  }

  @Test
  void otroVeElExpedienteYElMotivo() {
    servicio.respuesta = new ParaElaborar(DetalleExpedienteTest.expediente(List.of()), false);
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();
      assertEquals(1, faces.mensajes.size());
      assertTrue(faces.mensajes.get(0).getSummary().startsWith("Solo el analista"));
    }
    assertSame(servicio.respuesta.expediente(), pagina.getExpediente());
    assertFalse(pagina.isPermitido());
  }

  @Test
  void unExpedienteQueNoSePuedeVerNoSeMuestra() {
    servicio.falla = new NoEncontradoException("No existe el expediente EXP-2026-000001.");
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();
      assertEquals("No existe el expediente EXP-2026-000001.", faces.mensajes.get(0).getSummary());
    }
    assertNull(pagina.getExpediente());
  }
}
