package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;

class NumeroExpedienteConverterTest {

  final NumeroExpedienteConverter conversor = new NumeroExpedienteConverter();

  @Test
  void guardaElTextoYLoLeeDeVuelta() {
    var n = new NumeroExpediente(2026, 123);
    assertEquals("EXP-2026-000123", conversor.convertToDatabaseColumn(n));
    assertEquals(n, conversor.convertToEntityAttribute("EXP-2026-000123"));
    assertNull(conversor.convertToDatabaseColumn(null));
    assertNull(conversor.convertToEntityAttribute(null));
    assertThrows(
        IllegalStateException.class, () -> conversor.convertToEntityAttribute("exp-2026-000123"));
  }

  @Test
  void laColumnaSigueSiendoElTextoYLasBusquedasPorTextoFuncionan() {
    try (var bd = new BaseDeDatosEnMemoria()) {
      bd.enTransaccion(em -> Semilla.expediente(em, 42, Semilla.unidad(em, "OGA", "Adm.")));
      bd.enTransaccion(
          em -> {
            assertEquals(
                List.of("EXP-2026-000042"),
                em.createNativeQuery("SELECT numero FROM expediente").getResultList());
            var e =
                em.createQuery("SELECT e FROM Expediente e", Expediente.class).getSingleResult();
            assertEquals(new NumeroExpediente(2026, 42), e.getNumeroExpediente());
            assertEquals("EXP-2026-000042", e.getNumero());
            // the lists' text filter (ConsultaExpedientes.listar) compares the column's text
            assertEquals(
                List.of(e),
                em.createQuery(
                        "SELECT e FROM Expediente e WHERE LOWER(e.numero) LIKE :texto",
                        Expediente.class)
                    .setParameter("texto", "%exp-2026-00004%")
                    .getResultList());
          });
    }
  }
}
