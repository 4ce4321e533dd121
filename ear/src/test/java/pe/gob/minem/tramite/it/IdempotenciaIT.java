package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on {@code POST /expedientes}, on Payara Server with PostgreSQL: a retry gets the
 * same number and registers nothing more; the same key with another body is refused (422); two
 * sends at once register once.
 */
class IdempotenciaIT extends PruebaConElEar {

  private static Respuesta registrarConClave(String clave, String asunto) {
    return Portal.registrarConClave(
        "/expedientes", clave, asunto, Documentos.pdf("Oficio de prueba: " + asunto));
  }

  private static long expedientesConAsunto(String asunto) {
    JsonNode p = get(SECRETARIA_OGA, "/expedientes?q=" + asunto.replace(" ", "%20")).json();
    return p.path("total").asLong();
  }

  @Test
  void repetirConLaMismaClaveDevuelveElMismoNumeroSinRegistrarOtro() {
    String clave = UUID.randomUUID().toString();
    String asunto = "Reintento " + UUID.randomUUID();
    Respuesta primera = registrarConClave(clave, asunto);
    assertEquals(201, primera.status(), primera::toString);
    Respuesta segunda = registrarConClave(clave, asunto);
    assertEquals(201, segunda.status(), segunda::toString);
    String numero = primera.json().path("numero").asText();
    assertEquals(numero, segunda.json().path("numero").asText());
    assertEquals(primera.header("Location"), segunda.header("Location"));
    assertEquals("true", segunda.header("Idempotent-Replayed").orElse(null), segunda::toString);
    assertEquals(1, expedientesConAsunto(asunto));
  }

  @Test
  void laMismaClaveConOtroCuerpoEs422EnEspanol() {
    String clave = UUID.randomUUID().toString();
    assertEquals(201, registrarConClave(clave, "Primero " + UUID.randomUUID()).status());
    Respuesta otra = registrarConClave(clave, "Segundo " + UUID.randomUUID());
    assertEquals(422, otra.status(), otra::toString);
    assertTrue(otra.tipo().startsWith("application/problem+json"), otra::toString);
    assertTrue(otra.json().path("detail").asText().contains("ya se usó"), otra::toString);
  }

  @Test
  void dosEnviosALaVezConLaMismaClaveRegistranUnaSolaVez() {
    String clave = UUID.randomUUID().toString();
    String asunto = "Doble clic " + UUID.randomUUID();
    var a = CompletableFuture.supplyAsync(() -> registrarConClave(clave, asunto));
    var b = CompletableFuture.supplyAsync(() -> registrarConClave(clave, asunto));
    List<Respuesta> r = List.of(a.join(), b.join());
    assertTrue(r.stream().allMatch(x -> x.status() == 201 || x.status() == 409), r::toString);
    assertTrue(r.stream().anyMatch(x -> x.status() == 201), r::toString);
    assertEquals(1, expedientesConAsunto(asunto));
  }
}
