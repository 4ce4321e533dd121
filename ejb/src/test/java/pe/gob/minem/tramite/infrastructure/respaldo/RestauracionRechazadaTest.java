package pe.gob.minem.tramite.infrastructure.respaldo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore that would mix two portals, or restore damaged data, touches nothing. */
class RestauracionRechazadaTest {

  @TempDir Path tmp;

  @Test
  void unDirectorioDeDatosConArchivosSeRechaza() throws Exception {
    var d = new DatosDePrueba(tmp.resolve("datos"));
    Path respaldo = tmp.resolve("respaldo");
    d.respaldar(respaldo);
    var e = assertThrows(ErrorDeRespaldo.class, () -> DatosDePrueba.restaurar(respaldo, d.datos));
    assertTrue(e.getMessage().contains("no está vacío"), e::getMessage);
  }

  @Test
  void unaCopiaDanadaDeLaBaseDeDatosSeRechazaSinCopiarNada() throws Exception {
    var d = new DatosDePrueba(tmp.resolve("datos"));
    Path respaldo = tmp.resolve("respaldo");
    d.respaldar(respaldo);
    Path copia = respaldo.resolve(BaseH2.ARCHIVO);
    byte[] b = Files.readAllBytes(copia);
    b[b.length / 2] ^= 1;
    Files.write(copia, b);
    Path nuevos = tmp.resolve("nuevos");
    var e = assertThrows(ErrorDeRespaldo.class, () -> DatosDePrueba.restaurar(respaldo, nuevos));
    assertTrue(e.getMessage().contains("dañada"), e::getMessage);
    assertFalse(Files.exists(nuevos.resolve("documentos")));
  }

  @Test
  void unRespaldoDeOtroMotorSeRechaza() throws Exception {
    var d = new DatosDePrueba(tmp.resolve("datos"));
    Path respaldo = tmp.resolve("respaldo");
    d.respaldar(respaldo);
    var e =
        assertThrows(
            ErrorDeRespaldo.class,
            () ->
                ComandoDeRespaldo.restaurar(
                    Map.of(
                        "origen", respaldo.toString(),
                        "datos", tmp.resolve("nuevos").toString(),
                        "motor", "postgresql")));
    assertTrue(e.getMessage().contains("h2"), e::getMessage);
  }

  @Test
  void unDirectorioQueNoEsUnRespaldoSeRechaza() {
    var e =
        assertThrows(
            ErrorDeRespaldo.class, () -> DatosDePrueba.restaurar(tmp, tmp.resolve("nuevos")));
    assertTrue(e.getMessage().contains("MANIFIESTO"), e::getMessage);
    assertFalse(Files.exists(tmp.resolve("nuevos")));
  }
}
