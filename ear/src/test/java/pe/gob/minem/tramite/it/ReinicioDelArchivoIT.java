package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static pe.gob.minem.tramite.it.Portal.ADMIN;
import static pe.gob.minem.tramite.it.Portal.SECRETARIA_OGA;
import static pe.gob.minem.tramite.it.Portal.datosExpediente;
import static pe.gob.minem.tramite.it.Portal.get;
import static pe.gob.minem.tramite.it.Portal.registrar;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The extraction queue is durable: the server is killed ({@code kill -9}) while the worker is in
 * the middle of extracting (OCR of scanned pages keeps it busy), started again, and then every
 * stored file is in the index exactly once and the index agrees with the database.
 */
class ReinicioDelArchivoIT extends PruebaConElEar {

  private static final int EXPEDIENTES = 6;

  @Test
  void trasMatarAlServidorAMitadDeLaExtraccionCadaArchivoQuedaIndexadoUnaVez() throws Exception {
    long extraidosAntes = estado().get("textosExtraidos").asLong();
    String marca = marca();
    List<String> palabras = new ArrayList<>();
    List<String> numeros = new ArrayList<>();
    for (int i = 0; i < EXPEDIENTES; i++) {
      // a digit at the end: the Spanish stemmer folds final vowels (…a and …e are one word)
      String palabra = marca + "z" + i;
      palabras.add(palabra);
      var r =
          registrar(
              SECRETARIA_OGA,
              datosExpediente("Reinicio del archivo " + i),
              Portal.pdf("clave.pdf", "Documento con la clave " + palabra),
              new Portal.Archivo(
                  "escaneo-1.png",
                  "image/png",
                  ArchivoIT.imagenConTexto("PAGINA UNO", "ESCANEADA")),
              new Portal.Archivo(
                  "escaneo-2.png",
                  "image/png",
                  ArchivoIT.imagenConTexto("PAGINA DOS", "ESCANEADA")));
      assertEquals(201, r.status(), r::toString);
      numeros.add(r.json().get("numero").asText());
    }
    int archivos = EXPEDIENTES * 3;

    // wait until the worker has extracted some files but not all of them, then kill the server
    long hasta = System.currentTimeMillis() + 120_000;
    JsonNode e;
    while (true) {
      e = estado();
      long hechos = e.get("textosExtraidos").asLong() - extraidosAntes;
      if (hechos >= 1 && hechos < archivos) {
        break;
      }
      if (hechos >= archivos || System.currentTimeMillis() > hasta) {
        fail("no se pudo detener el servidor a mitad de la extracción: " + e);
      }
      Thread.sleep(100);
    }
    ServidorDePrueba.matar();
    ServidorDePrueba.iniciar();

    // after the restart the queue carries on; the index ends equal to the database
    long fin = System.currentTimeMillis() + 240_000;
    while (true) {
      e = estado();
      if (e.get("coincide").asBoolean()
          && e.get("colaPendiente").asLong() == 0
          && e.get("colaEnCurso").asLong() == 0) {
        break;
      }
      if (System.currentTimeMillis() > fin) {
        fail("el índice no se puso al día tras el reinicio: " + e);
      }
      Thread.sleep(1000);
    }
    assertEquals(
        extraidosAntes + archivos,
        e.get("textosExtraidos").asLong(),
        "cada archivo extraído una vez: " + e);
    for (int i = 0; i < EXPEDIENTES; i++) {
      var r =
          get(
              SECRETARIA_OGA,
              "/archivo?tamano=100&q="
                  + URLEncoder.encode(palabras.get(i), StandardCharsets.UTF_8));
      assertEquals(200, r.status(), r::toString);
      JsonNode j = r.json();
      assertEquals(
          1, j.get("total").asLong(), "una sola entrada con " + palabras.get(i) + ": " + j);
      assertEquals(numeros.get(i), j.get("resultados").get(0).get("expediente").asText());
      var escaneos =
          get(
              SECRETARIA_OGA,
              "/archivo?tamano=100&clase=ARCHIVO&q="
                  + URLEncoder.encode(numeros.get(i) + " escaneada", StandardCharsets.UTF_8));
      assertEquals(2, escaneos.json().get("total").asLong(), "dos escaneos: " + escaneos.texto());
    }
  }

  private static JsonNode estado() {
    var r = get(ADMIN, "/archivo/estado");
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  private static String marca() {
    var r = new Random();
    var s = new StringBuilder("qr");
    for (int i = 0; i < 7; i++) {
      s.append((char) ('a' + r.nextInt(26)));
    }
    return s.toString();
  }
}
