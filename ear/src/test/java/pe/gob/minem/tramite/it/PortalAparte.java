package pe.gob.minem.tramite.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An IT class that starts a portal of its own ({@code bin/tramite start} on ports of its own, with
 * H2 or a PostgreSQL of its own) and never touches the shared Payara domain or its database: it
 * runs beside the sequence of the other classes (see {@code junit-platform.properties}), and one
 * such class at a time, since each starts a whole Payara Server on a machine of two cores.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(PortalAparte.CERROJO)
@interface PortalAparte {
  String CERROJO = "portal-aparte";
}
