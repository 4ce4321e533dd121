package pe.gob.minem.tramite.interfaces.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VentanasPorClienteTest {

  @Test
  void laConsultaQueExcedeElLimiteEsperaHastaElFinDeSuMinuto() {
    var v = new VentanasPorCliente(3);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, v.registrar("10.0.0.1", 1_000 + i).espera());
    }
    var cuarta = v.registrar("10.0.0.1", 21_000);
    assertEquals(40, cuarta.espera(), "la ventana empezó en 1 000 ms y dura un minuto");
    assertTrue(cuarta.primerRechazo());
    var quinta = v.registrar("10.0.0.1", 21_500);
    assertTrue(quinta.espera() > 0);
    assertFalse(quinta.primerRechazo(), "solo el primer rechazo de la ventana se audita");
  }

  @Test
  void otraDireccionTieneSuPropioLimite() {
    var v = new VentanasPorCliente(1);
    assertEquals(0, v.registrar("10.0.0.1", 0).espera());
    assertTrue(v.registrar("10.0.0.1", 1).espera() > 0);
    assertEquals(0, v.registrar("10.0.0.2", 2).espera());
  }

  @Test
  void pasadoElMinutoSePuedeVolverAConsultar() {
    var v = new VentanasPorCliente(1);
    v.registrar("10.0.0.1", 0);
    assertTrue(v.registrar("10.0.0.1", 59_999).espera() > 0);
    assertEquals(0, v.registrar("10.0.0.1", 60_000).espera());
  }

  @Test
  void unaPeticionSinDireccionSeCuentaYNoFalla() {
    // an instance behind the balancer reached directly has no Proxy-ip: the address is null (it
    // was a NullPointerException and a 500 in the group's load test)
    var v = new VentanasPorCliente(1);
    assertEquals(0, v.registrar(null, 0).espera());
    assertTrue(v.registrar(null, 1).espera() > 0, "las peticiones sin dirección comparten ventana");
    assertEquals(0, v.registrar("10.0.0.1", 2).espera());
  }
}
