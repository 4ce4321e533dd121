package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many mesa-de-partes clients at once: every registration gets its own, distinct number. */
class ConcurrenciaIT extends PruebaConElEar {

  private static final int CLIENTES = 20;

  @Test
  void veinteRegistrosSimultaneosTienenNumerosDistintos() throws Exception {
    String lote = UUID.randomUUID().toString().substring(0, 8);
    long archivosAntes = archivosGuardados();
    ExecutorService hilos = Executors.newFixedThreadPool(CLIENTES);
    CountDownLatch salida = new CountDownLatch(1);
    List<Future<Respuesta>> futuros = new ArrayList<>();
    List<byte[]> pdfs = new ArrayList<>();
    for (int i = 0; i < CLIENTES; i++) {
      String asunto = "Concurrencia " + lote + " cliente " + i;
      byte[] pdf = Documentos.pdf(asunto);
      pdfs.add(pdf);
      futuros.add(
          hilos.submit(
              () -> {
                salida.await();
                return registrar(
                    SECRETARIA_OGA,
                    datosExpediente(asunto),
                    new Archivo("cliente.pdf", "application/pdf", pdf));
              }));
    }
    salida.countDown();
    Set<String> numeros = new HashSet<>();
    List<String> fallos = new ArrayList<>();
    for (int i = 0; i < CLIENTES; i++) {
      Respuesta r = futuros.get(i).get(180, TimeUnit.SECONDS);
      if (r.status() != 201) {
        fallos.add("cliente " + i + ": " + r);
        continue;
      }
      JsonNode e = r.json();
      numeros.add(e.path("numero").asText());
      assertEquals("Concurrencia " + lote + " cliente " + i, e.path("asunto").asText());
      assertEquals(
          Documentos.sha256(pdfs.get(i)),
          e.path("archivos").get(0).path("sha256").asText().toLowerCase(),
          "cada expediente guarda su propio archivo");
    }
    hilos.shutdownNow();
    assertTrue(fallos.isEmpty(), () -> "registros fallidos: " + fallos);
    assertEquals(CLIENTES, numeros.size(), () -> "números repetidos: " + numeros);
    assertTrue(numeros.stream().allMatch(n -> n.matches("EXP-\\d{4}-\\d{6}")), numeros::toString);

    JsonNode lista = buscar(SECRETARIA_OGA, lote);
    assertEquals(CLIENTES, lista.path("total").asInt(), () -> "la búsqueda del lote: " + lista);
    assertTrue(
        archivosGuardados() >= archivosAntes + CLIENTES,
        "cada registro guardó su archivo en documentos/");
    long enBandeja =
        bandeja(SECRETARIA_OGA).stream()
            .filter(t -> t.path("asunto").asText().contains(lote))
            .count();
    assertEquals(CLIENTES, enBandeja, "una tarea de mesa de partes por expediente");
  }
}
