package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.firma.SolicitudesPreparadas;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/**
 * Client-side signing requests on H2, as two nodes share them: what one node registered, another
 * takes, once; an expired request is not handed out.
 */
class SolicitudesDeFirmaEnH2Test {

  private BaseDeDatosEnMemoria bd;

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  private SolicitudesDeFirma.Pendiente tomar(String id) {
    return bd.obtener(
        em -> {
          var s = new SolicitudesDeFirma();
          s.em = em;
          return s.tomar(id);
        });
  }

  private void registrar(String id, SolicitudesDeFirma.Pendiente p) {
    bd.enTransaccion(
        em -> {
          var s = new SolicitudesDeFirma();
          s.em = em;
          s.registrar(id, p);
        });
  }

  @Test
  void unaSolicitudSeTomaUnaSolaVezDesdeCualquierNodo() {
    var p =
        new SolicitudesDeFirma.Pendiente(
            "tarea-7", "director.oti", "ab".repeat(32), Instant.now().plusSeconds(300));
    registrar("s1", p);
    var tomada = tomar("s1");
    assertEquals(p.tareaId(), tomada.tareaId());
    assertEquals(p.usuario(), tomada.usuario());
    assertEquals(p.sha256Version(), tomada.sha256Version());
    assertNull(tomar("s1"), "ya se tomó");
    assertNull(tomar("otra"));
    assertNull(tomar(null));
  }

  @Test
  void unaSolicitudVencidaNoSeEntrega() {
    registrar(
        "s2",
        new SolicitudesDeFirma.Pendiente(
            "tarea-8", "director.oti", "cd".repeat(32), Instant.now().minusSeconds(1)));
    assertNull(tomar("s2"));
  }

  @Test
  void losDatosPreparadosDelModuloDeFirmaSeTomanUnaVez() {
    byte[] datos = new byte[300_000];
    new java.util.Random(7).nextBytes(datos);
    bd.enTransaccion(
        em -> {
          var s = new SolicitudesPreparadas();
          pe.gob.minem.tramite.infrastructure.firma.SolicitudesPreparadasAcceso.em(s, em);
          s.put("p1", datos, Instant.now().plusSeconds(300));
        });
    var primera =
        bd.obtener(
            em -> {
              var s = new SolicitudesPreparadas();
              pe.gob.minem.tramite.infrastructure.firma.SolicitudesPreparadasAcceso.em(s, em);
              return s.take("p1");
            });
    assertArrayEquals(datos, primera.orElseThrow());
    var segunda =
        bd.obtener(
            em -> {
              var s = new SolicitudesPreparadas();
              pe.gob.minem.tramite.infrastructure.firma.SolicitudesPreparadasAcceso.em(s, em);
              return s.take("p1");
            });
    assertTrue(segunda.isEmpty());
  }
}
