package pe.gob.minem.tramite.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextoBuscadoTest {

  @Test
  void losComodinesSeTomanAlPieDeLaLetra() {
    assertEquals("%!%%", TextoBuscado.contiene("%"));
    assertEquals("%a!_b%", TextoBuscado.contiene("a_b"));
    assertEquals("%100!%%", TextoBuscado.contiene(" 100% "));
    assertEquals("%¡hola!!%", TextoBuscado.contiene("¡Hola!"));
  }

  @Test
  void elTextoComunSoloSeRodeaDeComodines() {
    assertEquals("%exp-2026-000001%", TextoBuscado.contiene("EXP-2026-000001"));
  }
}
