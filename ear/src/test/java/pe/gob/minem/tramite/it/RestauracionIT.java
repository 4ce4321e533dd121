package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.contenido;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasValidasSegunPdfsig;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasVigentes;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-07 Restauración de Información de Servidores on Payara Server with PostgreSQL, started
 * on the requesting unit's expediente by the Operador de Mesa de Ayuda: a server's files whose copy
 * is in external custody, restored at the second try; a database whose medium is at the contractor,
 * with its scripts redone after a failed restoration; the Informe de restauración signed by the
 * requesting unit; and the two other ways the copy's location can go.
 */
class RestauracionIT extends PruebaConElEar {

  static final String TI07 = "P/OGA-TI-07";
  static final String OPERADOR = "operador.mda"; // operador.oti is the lockout tests' account
  static final String ANALISTA_REDES = "analista.redes";
  static final String ANALISTA_BD = "analista.bd";

  private static String restauracion() {
    String n = registrarPublico("Restauración de la carpeta compartida de la DGM");
    Respuesta r = iniciar(OPERADOR, n, TI07, null);
    assertEquals(201, r.status(), r::toString);
    paso(OPERADOR, n, TI07, 1);
    return n;
  }

  private static void cierre(String n) throws Exception {
    paso(OPERADOR, n, TI07, 14, "resultado", "Carpeta restaurada y verificada con el usuario.");
    paso(REPRESENTANTE_DGM, n, TI07, 14); // the requesting unit signs its conformity
    JsonNode informe = documento(entregable(n, "Informe de restauración").path("id").asLong());
    assertEquals(List.of("SUSCRIPCION"), firmasVigentes(informe), informe::toString);
    assertEquals(1, firmasValidasSegunPdfsig(contenido(informe.path("id").asLong())));
    paso(OPERADOR, n, TI07, 14);
    assertTrue(bandeja(OPERADOR).stream().noneMatch(t -> n.equals(t.path("numero").asText())));
  }

  @Test
  void archivosDeUnServidorDesdeLaCustodiaRestauradosAlSegundoIntento() throws Exception {
    String n = restauracion();
    paso(
        ESPECIALISTA_REDES,
        n,
        TI07,
        2,
        "informacion",
        "srv-archivos:/datos/dgm",
        "baseDeDatos",
        "false");
    paso(ESPECIALISTA_REDES, n, TI07, 3, "ubicacion", "Cinta DGM-2026-11", "enCustodia", "true");
    paso(ESPECIALISTA_REDES, n, TI07, 4, "solicitudCustodia", "SOL-0091", "recibida", "2026-12-01");
    paso(ANALISTA_REDES, n, TI07, 5, "destinoRestauracion", "srv-archivos:/datos/dgm");
    pasoConInstruccion(
        ANALISTA_REDES, n, TI07, 6, "Archivos corruptos.", "restauracionExitosa", "false");
    paso(ANALISTA_REDES, n, TI07, 5, "destinoRestauracion", "srv-archivos:/datos/dgm");
    paso(ANALISTA_REDES, n, TI07, 6, "restauracionExitosa", "true");
    paso(ANALISTA_REDES, n, TI07, 7);
    cierre(n);
  }

  @Test
  void baseDeDatosDelContratistaConLosScriptsRehechos() throws Exception {
    String n = restauracion();
    // without saying whether it is a database the step is refused, naming what is missing
    problema(intentar(ESPECIALISTA_REDES, n, TI07, 2, campos("informacion", "x"), null), 400);
    paso(
        ESPECIALISTA_REDES,
        n,
        TI07,
        2,
        "informacion",
        "BD SIGEM, respaldo del 30/11",
        "baseDeDatos",
        "true");
    problema(
        intentarTarea(
            ANALISTA_REDES,
            tarea(ANALISTA_BD, n, TI07, 8),
            campos("ubicacion", "x", "enContratista", "true"),
            null),
        403);
    paso(
        ANALISTA_BD,
        n,
        TI07,
        8,
        "ubicacion",
        "Disco externo en el contratista",
        "enContratista",
        "true");
    paso(ANALISTA_BD, n, TI07, 9, "solicitudContratista", "OS-0033", "recibida", "2026-12-01");
    paso(ANALISTA_BD, n, TI07, 10, "scripts", "pg_restore -d sigem sigem-20261130.dump");
    paso(ANALISTA_BD, n, TI07, 11, "destinoRestauracion", "pg-prod-01/sigem");
    pasoConInstruccion(
        ANALISTA_BD, n, TI07, 12, "Faltan los roles.", "restauracionExitosa", "false");
    paso(
        ANALISTA_BD,
        n,
        TI07,
        10,
        "scripts",
        "psql -f roles.sql\npg_restore -d sigem sigem-20261130.dump");
    paso(ANALISTA_BD, n, TI07, 11, "destinoRestauracion", "pg-prod-01/sigem");
    paso(ANALISTA_BD, n, TI07, 12, "restauracionExitosa", "true");
    paso(ANALISTA_BD, n, TI07, 13);
    JsonNode scripts = entregable(n, "Scripts para la restauración");
    assertEquals(2, scripts.path("versionActual").asInt(), scripts::toString);
    cierre(n);
  }

  @Test
  void lasCopiasQueEstanEnLaOti() {
    // a server's copy in the OTI goes straight to the restoration (3 → 5)
    String a = restauracion();
    paso(ESPECIALISTA_REDES, a, TI07, 2, "informacion", "srv-web:/var/www", "baseDeDatos", "false");
    paso(ESPECIALISTA_REDES, a, TI07, 3, "ubicacion", "Disco D-12", "enCustodia", "false");
    assertTrue(tareaDe(ANALISTA_REDES, a, TI07, 5).isPresent());
    // a database's copy in the OTI goes straight to the scripts (8 → 10)
    String b = restauracion();
    paso(ESPECIALISTA_REDES, b, TI07, 2, "informacion", "BD SIGED", "baseDeDatos", "true");
    paso(ANALISTA_BD, b, TI07, 8, "ubicacion", "Disco D-13", "enContratista", "false");
    assertTrue(tareaDe(ANALISTA_BD, b, TI07, 10).isPresent());
  }
}
