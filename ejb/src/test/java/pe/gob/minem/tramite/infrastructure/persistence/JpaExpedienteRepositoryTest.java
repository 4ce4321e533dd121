package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

class JpaExpedienteRepositoryTest {

  static BaseDeDatosEnMemoria bd;
  static long idDel1;
  static long idArchivo;

  @BeforeAll
  static void sembrar() {
    bd = new BaseDeDatosEnMemoria();
    bd.enTransaccion(
        em -> {
          UnidadOrganica oga = Semilla.unidad(em, "OGA", "Administración");
          UnidadOrganica oti = Semilla.unidad(em, "OTI", "Tecnologías");
          var primero = Semilla.expediente(em, 1, oga);
          primero.adjuntar("solicitud.pdf", "application/pdf", 10, "b".repeat(64), Semilla.AHORA);
          Semilla.expediente(em, 500, oga);
          Semilla.expediente(em, 501, oti);
          Semilla.expediente(em, 1200, oga);
          em.flush();
          idDel1 = primero.getId();
          idArchivo = primero.getArchivos().get(0).getId();
        });
  }

  @AfterAll
  static void cerrar() {
    bd.close();
  }

  static JpaExpedienteRepository repositorio(EntityManager em) {
    var r = new JpaExpedienteRepository();
    r.em = em;
    return r;
  }

  @Test
  void porNumeroEncuentraElExpedienteOQuedaVacio() {
    bd.enTransaccion(
        em -> {
          var r = repositorio(em);
          assertEquals(
              "EXP-2026-000501",
              r.porNumero(new NumeroExpediente(2026, 501)).orElseThrow().getNumero());
          assertTrue(r.porNumero(new NumeroExpediente(2026, 2)).isEmpty());
          assertTrue(r.porNumero(new NumeroExpediente(2025, 1)).isEmpty());
        });
  }

  @Test
  void porNumerosConsultaPorTramosYDevuelveSoloLosQueExisten() {
    // 1200 numbers: three queries of at most 500; those that exist sit at the tramos' edges
    List<NumeroExpediente> numeros =
        IntStream.rangeClosed(1, 1200).mapToObj(i -> new NumeroExpediente(2026, i)).toList();
    List<String> encontrados =
        bd.obtener(
            em ->
                new ArrayList<>(
                    repositorio(em).porNumeros(numeros).stream()
                        .map(Expediente::getNumero)
                        .sorted()
                        .toList()));
    assertEquals(
        List.of("EXP-2026-000001", "EXP-2026-000500", "EXP-2026-000501", "EXP-2026-001200"),
        encontrados);
    assertEquals(List.of(), bd.obtener(em -> repositorio(em).porNumeros(List.of())));
  }

  @Test
  void existentesDiceQueNumerosExistenAunqueNoTenganProcesoPropio() {
    var hay =
        bd.obtener(
            em ->
                repositorio(em)
                    .existentes(
                        java.util.Arrays.asList(
                            "EXP-2026-000501",
                            "EXP-2026-000002",
                            "TCK-2026-000001",
                            null,
                            "EXP-2026-001200")));
    assertEquals(java.util.Set.of("EXP-2026-000501", "EXP-2026-001200"), hay);
  }

  @Test
  void codigoDeUnidadActualSinCargarElExpediente() {
    bd.enTransaccion(
        em -> {
          var r = repositorio(em);
          assertEquals(
              "OTI", r.codigoDeUnidadActual(new NumeroExpediente(2026, 501)).orElseThrow());
          assertTrue(r.codigoDeUnidadActual(new NumeroExpediente(2026, 7)).isEmpty());
        });
  }

  @Test
  void idsEnOrdenCuentasYArchivos() {
    bd.enTransaccion(
        em -> {
          var r = repositorio(em);
          List<Long> ids = r.ids();
          assertEquals(4, ids.size());
          assertEquals(ids.stream().sorted().toList(), ids);
          assertEquals(4, r.contar());
          assertEquals(1, r.contarArchivos());
          assertEquals("solicitud.pdf", r.archivo(idArchivo).orElseThrow().getNombre());
          assertTrue(r.archivo(-1).isEmpty());
          assertEquals("EXP-2026-000001", r.porId(idDel1).orElseThrow().getNumero());
          assertTrue(r.porId(-1).isEmpty());
        });
  }

  @Test
  void guardarLlevaSusArchivosYSincronizarLosEscribeYa() {
    bd.enTransaccion(
        em -> {
          var r = repositorio(em);
          var oga = r.porId(idDel1).orElseThrow().getUnidadActual();
          var nuevo = Semilla.nuevoExpediente(9001, oga);
          nuevo.adjuntar("a.pdf", "application/pdf", 1, "c".repeat(64), Semilla.AHORA);
          r.guardar(nuevo);
          r.sincronizar();
          Number filas =
              (Number)
                  em.createNativeQuery(
                          "SELECT COUNT(*) FROM archivo_expediente a JOIN expediente e ON"
                              + " a.expediente_id = e.id WHERE e.numero = 'EXP-2026-009001'")
                      .getSingleResult();
          assertEquals(1, filas.longValue());
          em.getTransaction().setRollbackOnly();
        });
  }
}
