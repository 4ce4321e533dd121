package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;

class JpaDocumentoRepositoryTest {

  static BaseDeDatosEnMemoria bd;
  static long idExpediente;
  static long idVersion;

  @BeforeAll
  static void sembrar() {
    bd = new BaseDeDatosEnMemoria();
    bd.enTransaccion(
        em -> {
          var oga = Semilla.unidad(em, "OGA", "Administración");
          var oti = Semilla.unidad(em, "OTI", "Tecnologías");
          var autor = Semilla.persona(em, "analista.oti", "Flores", oti, Rol.ANALISTA);
          var e = Semilla.expediente(em, 1, oti);
          var otro = Semilla.expediente(em, 2, oti);
          var antes = Semilla.AHORA.minus(Duration.ofDays(400));
          // drafted in this order: their ids ascend
          Semilla.documento(
              em, e, TipoDocumentoInterno.INFORME_TECNICO, autor, oti, "D1", Semilla.AHORA, true);
          Semilla.documento(
              em,
              otro,
              TipoDocumentoInterno.INFORME_TECNICO,
              autor,
              oti,
              "D2",
              Semilla.AHORA,
              true);
          Semilla.documento(em, e, TipoDocumentoInterno.OFICIO, autor, oti, "D3", antes, true);
          Semilla.documento(
              em, e, TipoDocumentoInterno.INFORME_TECNICO, autor, oga, "D4", Semilla.AHORA, false);
          Semilla.documento(
              em, e, TipoDocumentoInterno.INFORME_TECNICO, autor, oti, "D5", antes, true);
          em.flush();
          idExpediente = e.getId();
          idVersion =
              em.createQuery(
                      "SELECT v.id FROM VersionDocumento v WHERE v.documento.codigoVerificacion ="
                          + " 'D1'",
                      Long.class)
                  .getSingleResult();
        });
  }

  @AfterAll
  static void cerrar() {
    bd.close();
  }

  static JpaDocumentoRepository repositorio(EntityManager em) {
    var r = new JpaDocumentoRepository();
    r.em = em;
    return r;
  }

  @Test
  void deExpedienteEnElOrdenEnQueSeElaboraron() {
    List<String> codigos =
        bd.obtener(
            em -> {
              var e = new JpaExpedienteRepository();
              e.em = em;
              return repositorio(em).deExpediente(e.porId(idExpediente).orElseThrow()).stream()
                  .map(Documento::getCodigoVerificacion)
                  .toList();
            });
    assertEquals(List.of("D1", "D3", "D4", "D5"), codigos);
  }

  @Test
  void contarDelTipoEnLaUnidadDesdeUnMomento() {
    bd.enTransaccion(
        em -> {
          var r = repositorio(em);
          var desde = Semilla.AHORA.minus(Duration.ofDays(1));
          // D1 and D2; not D3 (oficio), D4 (OGA) nor D5 (before)
          assertEquals(2, r.contarDelTipo(TipoDocumentoInterno.INFORME_TECNICO, "OTI", desde));
          assertEquals(0, r.contarDelTipo(TipoDocumentoInterno.OFICIO, "OTI", desde));
          assertEquals(
              3,
              r.contarDelTipo(
                  TipoDocumentoInterno.INFORME_TECNICO,
                  "OTI",
                  Semilla.AHORA.minus(Duration.ofDays(500))));
        });
  }

  @Test
  void porCodigoConOSinSusVersiones() {
    bd.enTransaccion(
        em -> {
          var r = repositorio(em);
          assertEquals("D2", r.porCodigo("D2").orElseThrow().getCodigoVerificacion());
          assertTrue(r.porCodigo("NO-EXISTE").isEmpty());
          var conVersiones = r.porCodigoConVersiones("D1").orElseThrow();
          assertEquals(1, conVersiones.getVersiones().size());
          assertTrue(r.porCodigoConVersiones("D4").orElseThrow().getVersiones().isEmpty());
          assertTrue(r.porCodigoConVersiones("NO-EXISTE").isEmpty());
        });
  }

  @Test
  void cuentaLosQueTienenVersionYLeeUnaVersion() {
    bd.enTransaccion(
        em -> {
          var r = repositorio(em);
          assertEquals(4, r.contarConVersiones());
          assertEquals(
              "D1", r.version(idVersion).orElseThrow().getDocumento().getCodigoVerificacion());
          assertTrue(r.version(-1).isEmpty());
          long id = r.porCodigo("D3").orElseThrow().getId();
          assertEquals("D3", r.porId(id).orElseThrow().getCodigoVerificacion());
          assertTrue(r.porId(-1).isEmpty());
        });
  }
}
