package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;

class PalabrasTest {

  private final Palabras palabras = new Palabras();

  @Test
  void unCodigoConocidoSeLeeConSuEtiqueta() {
    assertEquals("En trámite", palabras.de("EstadoExpediente", "EN_TRAMITE"));
    assertEquals("Público", palabras.de("Confidencialidad", "PUBLICO"));
    assertEquals("Analista legal", palabras.de("Rol", "ANALISTA_LEGAL"));
    assertEquals(Prioridad.MUY_URGENTE.etiqueta(), palabras.de("Prioridad", Prioridad.MUY_URGENTE));
    assertEquals("Válida", palabras.de("Indicacion", "TOTAL_PASSED"));
  }

  @Test
  void unCodigoDesconocidoSeLeeEnPalabrasNuncaComoConstante() {
    assertEquals("Organo ministerio", palabras.de("Desconocido", "ORGANO_MINISTERIO"));
    assertEquals("Ya en palabras", palabras.de("EstadoExpediente", "Ya en palabras"));
    assertEquals("", palabras.de("EstadoExpediente", null));
  }

  @Test
  void losGruposDelFlujoSeLeenComoUnidadYCargo() {
    assertEquals("DGH: Analista", palabras.grupo("DGH:ANALISTA"));
    assertEquals("OTI: Coordinador(a) (MDA)", palabras.grupo("OTI:COORDINADOR:MDA"));
  }

  @Test
  void enUnTextoLibreLasConstantesSeLeenEnMinusculas() {
    assertEquals(
        "rechazo firma: certificado vencido (EXP-2026-000001)",
        palabras.enTexto("RECHAZO_FIRMA: CERTIFICADO_VENCIDO (EXP-2026-000001)"));
    assertEquals("Informe técnico K7QM-2WXP", palabras.enTexto("Informe técnico K7QM-2WXP"));
  }
}
