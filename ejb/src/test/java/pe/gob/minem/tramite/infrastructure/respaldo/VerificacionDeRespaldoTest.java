package pe.gob.minem.tramite.infrastructure.respaldo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verification restores the database into scratch space and reads every file of the backup. */
class VerificacionDeRespaldoTest {

  @TempDir Path tmp;

  private Path respaldo() throws Exception {
    var d = new DatosDePrueba(tmp.resolve("datos"));
    Path respaldo = tmp.resolve("respaldo");
    d.respaldar(respaldo);
    return respaldo;
  }

  @Test
  void unRespaldoIntactoCoincideConSuManifiesto() throws Exception {
    assertEquals(0, DatosDePrueba.verificar(respaldo()));
  }

  @Test
  void unDocumentoAlteradoEsUnaDiferencia() throws Exception {
    Path r = respaldo();
    Manifiesto m = Manifiesto.leer(r);
    var doc =
        m.archivos().stream().filter(a -> a.ruta().startsWith("datos/documentos/")).findFirst();
    Files.writeString(r.resolve(doc.orElseThrow().ruta()), "otro contenido");
    var diferencias = CopiaDeDatos.comprobar(r, m);
    assertEquals(1, diferencias.size(), diferencias::toString);
    assertEquals(
        true, diferencias.get(0).startsWith(doc.get().ruta() + ": tiene"), diferencias::toString);
    assertEquals(1, DatosDePrueba.verificar(r));
  }

  @Test
  void unArchivoFueraDelManifiestoEsUnaDiferencia() throws Exception {
    Path r = respaldo();
    Files.writeString(r.resolve("datos/pki/intruso"), "x");
    var diferencias = CopiaDeDatos.comprobar(r, Manifiesto.leer(r));
    assertEquals(
        java.util.List.of("datos/pki/intruso: está en el respaldo pero no en su manifiesto"),
        diferencias);
  }

  @Test
  void filasDeMasODeMenosSeNombranPorTabla() {
    var esperadas = new java.util.TreeMap<String, Long>(java.util.Map.of("A", 3L, "B", 1L));
    var halladas = new java.util.TreeMap<String, Long>(java.util.Map.of("A", 2L, "C", 5L));
    assertEquals(
        java.util.List.of(
            "tabla A: 2 filas aquí; el manifiesto dice 3",
            "tabla B: falta aquí (el manifiesto dice 1 filas)",
            "tabla C: no está en el manifiesto y tiene 5 filas aquí"),
        ComandoDeRespaldo.compararTablas(esperadas, halladas, "aquí"));
  }
}
