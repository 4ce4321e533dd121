package pe.gob.minem.tramite.interfaces.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets the views read Java records the way they read beans ({@code #{t.numero}}), which EL 5
 * (Jakarta EE 10) does not do by itself. Records are read-only.
 */
public class RecordELResolver extends ELResolver {

  private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTES =
      new ConcurrentHashMap<>();

  private static RecordComponent componente(Object base, Object propiedad) {
    if (base == null || !base.getClass().isRecord() || !(propiedad instanceof String nombre)) {
      return null;
    }
    return COMPONENTES
        .computeIfAbsent(
            base.getClass(),
            c -> {
              Map<String, RecordComponent> m = new ConcurrentHashMap<>();
              for (RecordComponent rc : c.getRecordComponents()) {
                m.put(rc.getName(), rc);
              }
              return m;
            })
        .get(nombre);
  }

  @Override
  public Object getValue(ELContext ctx, Object base, Object propiedad) {
    RecordComponent rc = componente(base, propiedad);
    if (rc == null) {
      return null;
    }
    try {
      Object valor = rc.getAccessor().invoke(base);
      ctx.setPropertyResolved(base, propiedad);
      return valor;
    } catch (ReflectiveOperationException e) {
      throw new ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext ctx, Object base, Object propiedad) {
    RecordComponent rc = componente(base, propiedad);
    if (rc != null) {
      ctx.setPropertyResolved(base, propiedad);
      return null; // read-only
    }
    return null;
  }

  @Override
  public void setValue(ELContext ctx, Object base, Object propiedad, Object valor) {
    if (componente(base, propiedad) != null) {
      throw new PropertyNotWritableException("Los registros son de solo lectura: " + propiedad);
    }
  }

  @Override
  public boolean isReadOnly(ELContext ctx, Object base, Object propiedad) {
    if (componente(base, propiedad) != null) {
      ctx.setPropertyResolved(base, propiedad);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext ctx, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }
}
