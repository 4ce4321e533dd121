package pe.gob.minem.tramite.infrastructure.respaldo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory on H2 backed up and restored into an empty one: the same stored documents, keys
 * with the same permissions, the same rows; what the backup leaves out is not there.
 */
class RespaldoYRestauracionEnH2Test {

  @TempDir Path tmp;

  @Test
  void loRestauradoTieneLosMismosArchivosYFilas() throws Exception {
    var d = new DatosDePrueba(tmp.resolve("datos"));
    Path respaldo = tmp.resolve("respaldo");
    assertEquals(0, d.respaldar(respaldo));

    Manifiesto m = Manifiesto.leer(respaldo);
    assertEquals("h2", m.dato("motor").orElseThrow());
    assertEquals(Map.of("PUBLIC.ARCHIVO_EXPEDIENTE", 2L, "PUBLIC.EXPEDIENTE", 7L), m.tablas());
    List<String> rutas = m.archivos().stream().map(Manifiesto.Archivo::ruta).toList();
    assertTrue(rutas.contains(BaseH2.ARCHIVO), rutas::toString);
    assertTrue(rutas.contains("datos/pki/demo-pki/persons/08765432.p12"), rutas::toString);
    assertTrue(rutas.contains("datos/.payara-admin"), rutas::toString);
    for (String fuera :
        List.of(
            "datos/db/",
            "datos/indice/",
            "datos/cuarentena/",
            "datos/documentos/tmp/",
            "datos/cuentas/")) {
      assertTrue(rutas.stream().noneMatch(r -> r.startsWith(fuera)), () -> fuera + " en " + rutas);
    }
    assertTrue(
        Files.readString(respaldo.resolve(Manifiesto.SUMAS))
            .contains(d.documentoA + "  datos/documentos/"));

    Path nuevos = tmp.resolve("nuevos");
    assertEquals(0, DatosDePrueba.restaurar(respaldo, nuevos));
    for (String sha : List.of(d.documentoA, d.documentoB)) {
      Path f =
          nuevos.resolve(
              "documentos/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
      assertEquals(sha, DatosDePrueba.sha256(Files.readAllBytes(f)));
    }
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(nuevos.resolve("pki/demo-pki/persons/08765432.p12"))));
    assertFalse(Files.exists(nuevos.resolve("indice")));
    assertFalse(Files.exists(nuevos.resolve("cuarentena")));
    try (Connection c = DatosDePrueba.conectar(nuevos.resolve("db"))) {
      assertEquals(7L, FilasPorTabla.contar(c).get("PUBLIC.EXPEDIENTE"));
    }
  }
}
