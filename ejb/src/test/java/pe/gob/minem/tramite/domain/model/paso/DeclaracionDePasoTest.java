package pe.gob.minem.tramite.domain.model.paso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;

/** What a step accepts: each input checked against its declaration, errors naming the field. */
class DeclaracionDePasoTest {

  private static DeclaracionDePaso paso(
      TipoDeAccion accion, String variable, List<Desenlace> desenlaces, List<Campo> campos) {
    return new DeclaracionDePaso(
        "t",
        accion,
        null,
        variable,
        desenlaces,
        campos,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static final DeclaracionDePaso REVISION =
      paso(
          TipoDeAccion.DECIDIR,
          "decision",
          List.of(
              new Desenlace("CONFORME", "Conforme", false, null),
              new Desenlace("CAMBIOS", "Requiere cambios", true, "Indique qué cambios requiere.")),
          List.of());

  private static DatosInvalidosException falla(
      DeclaracionDePaso p, Map<String, String> campos, String instr) {
    return assertThrows(
        DatosInvalidosException.class, () -> p.leer(new EntradaDePaso(campos, instr)));
  }

  @Test
  void unaDecisionFijaSuVariableYExigeLaObservacionDondeSeDeclara() {
    var v = REVISION.leer(new EntradaDePaso(Map.of("decision", " conforme "), null));
    assertEquals("CONFORME", v.desenlace());
    assertEquals(Map.of("decision", "CONFORME"), v.variables());

    var e = falla(REVISION, Map.of("decision", "CAMBIOS"), "  ");
    assertEquals("instruccion", e.getCampo());
    assertEquals("Indique qué cambios requiere.", e.getMessage());

    e = falla(REVISION, Map.of(), null);
    assertEquals("decision", e.getCampo());
    assertTrue(e.getMessage().contains("Conforme o Requiere cambios"), e::getMessage);

    e = falla(REVISION, Map.of("decision", "QUIZAS"), null);
    assertEquals("decision", e.getCampo());
    assertTrue(e.getMessage().contains("«QUIZAS» no es una opción"), e::getMessage);

    assertEquals(
        "CAMBIOS",
        REVISION.leer(new EntradaDePaso(Map.of("decision", "CAMBIOS"), "Precisar")).desenlace());
    assertEquals(Movimiento.Accion.REVISION, REVISION.movimiento());
  }

  @Test
  void losDesenlacesSiNoSonBooleanos() {
    var p =
        paso(
            TipoDeAccion.DECIDIR,
            "revisionLegal",
            List.of(
                new Desenlace("true", "Sí", false, null),
                new Desenlace("false", "No", false, null)),
            List.of());
    assertEquals(
        Boolean.FALSE,
        p.leer(new EntradaDePaso(Map.of("revisionLegal", "false"), null))
            .variables()
            .get("revisionLegal"));
    assertEquals(
        Boolean.TRUE,
        p.leer(new EntradaDePaso(Map.of("revisionLegal", "TRUE"), null))
            .variables()
            .get("revisionLegal"));
  }

  @Test
  void cadaTipoDeCampoSeConvierteYSeValida() {
    var campos =
        List.of(
            new Campo(
                "numeroOrden",
                TipoDeCampo.NUMERO,
                "Número de orden",
                true,
                null,
                0,
                List.of(),
                "numeroOrden",
                null),
            new Campo(
                "fecha",
                TipoDeCampo.FECHA,
                "Fecha de la orden",
                true,
                null,
                0,
                List.of(),
                "fechaOrden",
                null),
            new Campo(
                "medio",
                TipoDeCampo.OPCION,
                "Medio",
                false,
                null,
                0,
                List.of(new Campo.Opcion("CINTA", "Cinta"), new Campo.Opcion("DISCO", "Disco")),
                "medio",
                null),
            new Campo(
                "verificado",
                TipoDeCampo.SI_NO,
                "Verificado",
                true,
                "Diga si se verificó.",
                0,
                List.of(),
                null,
                null),
            new Campo("nota", TipoDeCampo.TEXTO, "Nota", false, null, 5, List.of(), null, null));
    var p = paso(TipoDeAccion.LLENAR_CAMPOS, null, List.of(), campos);

    var v =
        p.leer(
            new EntradaDePaso(
                Map.of(
                    "numeroOrden",
                    "42",
                    "fecha",
                    "2026-12-01",
                    "medio",
                    "disco",
                    "verificado",
                    "sí"),
                null));
    assertEquals(
        Map.of("numeroOrden", 42L, "fechaOrden", LocalDate.of(2026, 12, 1), "medio", "DISCO"),
        v.variables());
    assertEquals(Boolean.TRUE, v.campos().get("verificado"));

    var base = Map.of("numeroOrden", "42", "fecha", "2026-12-01", "verificado", "no");
    assertEquals("numeroOrden", falla(p, con(base, "numeroOrden", "cuarenta"), null).getCampo());
    assertEquals("fecha", falla(p, con(base, "fecha", "01/12/2026"), null).getCampo());
    assertEquals("medio", falla(p, con(base, "medio", "NUBE"), null).getCampo());
    assertEquals("verificado", falla(p, con(base, "verificado", "tal vez"), null).getCampo());
    var falta = falla(p, Map.of("numeroOrden", "42", "fecha", "2026-12-01"), null);
    assertEquals("verificado", falta.getCampo());
    assertEquals("Diga si se verificó.", falta.getMessage());
    var largo = falla(p, con(base, "nota", "demasiado"), null);
    assertEquals("nota", largo.getCampo());
    assertTrue(largo.getMessage().contains("no puede pasar de 5"), largo::getMessage);
  }

  @Test
  void laObservacionDeclaradaComoRequeridaSeExigeYLaLargaSeRechaza() {
    var p =
        paso(
            TipoDeAccion.LLENAR_CAMPOS,
            null,
            List.of(),
            List.of(
                new Campo(
                    "instruccion",
                    TipoDeCampo.TEXTO_LARGO,
                    "Observación",
                    true,
                    "Escriba la observación.",
                    0,
                    List.of(),
                    null,
                    null)));
    var e = falla(p, Map.of(), null);
    assertEquals("instruccion", e.getCampo());
    assertEquals("Escriba la observación.", e.getMessage());
    assertEquals("Revisar", p.leer(new EntradaDePaso(Map.of(), " Revisar ")).instruccion());
    assertEquals("instruccion", falla(p, Map.of(), "x".repeat(1001)).getCampo());
  }

  private static Map<String, String> con(Map<String, String> base, String k, String v) {
    var m = new java.util.HashMap<>(base);
    m.put(k, v);
    return m;
  }
}
