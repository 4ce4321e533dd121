package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** {@code #{t.numero}} on a record: read-only, and only for records. */
class RecordELResolverTest {

  record Tarea(String numero, int dias) {}

  /** A bean with the same property: left to the other resolvers. */
  static class Bean {
    public String numero() {
      return "no";
    }
  }

  static class Contexto extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }

  private final RecordELResolver resolver = new RecordELResolver();
  private final Tarea tarea = new Tarea("EXP-2025-000123", 4);

  @Test
  void leeLosComponentesDelRegistro() {
    var ctx = new Contexto();
    assertEquals("EXP-2025-000123", resolver.getValue(ctx, tarea, "numero"));
    assertTrue(ctx.isPropertyResolved());
    ctx = new Contexto();
    assertEquals(4, resolver.getValue(ctx, tarea, "dias"));
    assertTrue(ctx.isPropertyResolved());
  }

  @Test
  void loQueNoEsUnComponenteQuedaParaOtrosResolvedores() {
    for (Object[] caso :
        new Object[][] {
          {tarea, "desconocido"}, {tarea, 1}, {new Bean(), "numero"}, {null, "numero"}
        }) {
      var ctx = new Contexto();
      assertNull(resolver.getValue(ctx, caso[0], caso[1]));
      assertFalse(ctx.isPropertyResolved());
      assertFalse(resolver.isReadOnly(ctx, caso[0], caso[1]));
      resolver.setValue(ctx, caso[0], caso[1], "x"); // not ours: no exception
    }
  }

  @Test
  void losRegistrosSonDeSoloLectura() {
    var ctx = new Contexto();
    assertTrue(resolver.isReadOnly(ctx, tarea, "numero"));
    assertTrue(ctx.isPropertyResolved());
    var e =
        assertThrows(
            PropertyNotWritableException.class,
            () -> resolver.setValue(new Contexto(), tarea, "numero", "otro"));
    assertEquals("Los registros son de solo lectura: numero", e.getMessage());
    assertEquals("EXP-2025-000123", tarea.numero());
  }

  @Test
  void elTipoDePropiedadComunEsTextoSoloParaRegistros() {
    assertEquals(String.class, resolver.getCommonPropertyType(new Contexto(), tarea));
    assertNull(resolver.getCommonPropertyType(new Contexto(), new Bean()));
  }
}
