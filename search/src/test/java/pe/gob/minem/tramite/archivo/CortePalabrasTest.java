package pe.gob.minem.tramite.archivo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CortePalabrasTest {

  @Test
  void losLimitesSonLosiniciosDePalabra() {
    CortePalabras c = new CortePalabras();
    c.setText("uno  dos\ftres");
    List<Integer> limites = new ArrayList<>();
    for (int b = c.first(); b != BreakIterator.DONE; b = c.next()) {
      limites.add(b);
    }
    assertEquals(List.of(0, 5, 9, 13), limites);
    assertEquals(5, c.following(0));
    assertEquals(5, c.following(4));
    assertEquals(9, c.following(5));
    assertEquals(BreakIterator.DONE, c.following(13));
    assertEquals(5, c.preceding(9));
    assertEquals(0, c.preceding(5));
    assertEquals(9, c.preceding(12));
    assertEquals(BreakIterator.DONE, c.preceding(0));
    assertTrue(c.isBoundary(9));
    assertFalse(c.isBoundary(10));
    assertEquals(13, c.last());
    assertEquals(9, c.previous());
  }
}
