package pe.gob.minem.tramite.domain.model.expediente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumeroExpedienteTest {

  @Test
  void exactoLeeSoloElTextoQueElSistemaEscribe() {
    assertEquals(
        Optional.of(new NumeroExpediente(2026, 123)), NumeroExpediente.exacto("EXP-2026-000123"));
    assertEquals(
        Optional.of(new NumeroExpediente(2026, 1234567)),
        NumeroExpediente.exacto("EXP-2026-1234567"));
    // what a person may type is read by de(), not here: a lookup by text would not find these
    assertTrue(NumeroExpediente.exacto("exp-2026-000123").isEmpty());
    assertTrue(NumeroExpediente.exacto(" EXP-2026-000123").isEmpty());
    assertTrue(NumeroExpediente.exacto("EXP-2026-0000123").isEmpty());
    assertTrue(NumeroExpediente.exacto("EXP-0000-000123").isEmpty());
    assertTrue(NumeroExpediente.exacto("EXP-2026-99999999999999999999").isEmpty());
    assertTrue(NumeroExpediente.exacto("").isEmpty());
    assertTrue(NumeroExpediente.exacto(null).isEmpty());
  }

  @Test
  void deAdmiteLoQueSeEscribe() {
    assertEquals(new NumeroExpediente(2026, 123), NumeroExpediente.de(" exp-2026-000123 "));
    assertEquals(new NumeroExpediente(2026, 123), NumeroExpediente.de("EXP-2026-0000123"));
  }
}
