package pe.gob.minem.tramite.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Trámite — API del portal de gestión documental del MINEM",
            version = "1",
            description =
                "Mesa de partes, bandeja, derivación (P/OGA-TI-01) y hoja de ruta. Errores en"
                    + " application/problem+json (RFC 9457) con detalle en español."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
// the monitoring software's sources (ADR 0028): a bearer token per source, not a person's login
@SecurityScheme(
    securitySchemeName = "tokenDeFuente",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "El token de la fuente de monitoreo (Alertmanager o Zabbix)")
public class ApiV1 extends Application {
  @Override
  public Map<String, Object> getProperties() {
    // Jakarta REST 3.1 EntityPart (multipart) through Jersey's multipart feature, without a
    // compile-time dependency on Jersey.
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
