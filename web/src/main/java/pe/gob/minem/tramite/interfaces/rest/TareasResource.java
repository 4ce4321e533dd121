package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.ResultadoTarea;
import pe.gob.minem.tramite.application.documento.FirmaExterna;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.interfaces.CadenaDeCertificados;

@jakarta.enterprise.context.ApplicationScoped
@Path("tareas/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tareas", description = "Tomar y completar los pasos de un procedimiento")
public class TareasResource {

  @Inject BandejaService bandeja;
  @Inject pe.gob.minem.tramite.application.bandeja.GuiaDelPaso guias;

  /**
   * The outcome of a step: {@code campos}, the values of the fields its declaration asks (GET of
   * the task shows them under {@code paso}; a decision goes under its variable's name), and {@code
   * instruccion} (proveído or observation). The fields of P/OGA-TI-01 and 02 may also come at the
   * top level, as before: {@code unidad}, {@code responsable}, {@code decision}, {@code
   * revisionLegal}.
   */
  public static class Resultado {
    public Map<String, Object> campos;
    public String unidad;
    public String responsable;
    public String instruccion;
    public String decision;
    public Boolean revisionLegal;
    public FirmaCliente firmaExterna;

    Map<String, String> valores() {
      Map<String, String> v = new HashMap<>();
      if (campos != null) {
        campos.forEach(
            (k, x) -> {
              if (k != null && x != null) {
                v.put(k, String.valueOf(x));
              }
            });
      }
      ponerSiFalta(v, "unidad", unidad);
      ponerSiFalta(v, "responsable", responsable);
      ponerSiFalta(v, "decision", decision);
      ponerSiFalta(v, "revisionLegal", revisionLegal == null ? null : revisionLegal.toString());
      return v;
    }

    private static void ponerSiFalta(Map<String, String> v, String campo, String valor) {
      if (valor != null) {
        v.putIfAbsent(campo, valor);
      }
    }
  }

  /** Step 3 of client-side signing: the request id, the signature value and the chain (Base64). */
  public static class FirmaCliente {
    public String solicitud;
    public String firma;
    public List<String> certificados;
  }

  /** Step 1 of client-side signing: the signer's certificate chain (Base64 DER, signer first). */
  public static class Cadena {
    public List<String> certificados;
  }

  @POST
  @Path("firma-externa")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Preparar la firma en el cliente",
      description =
          "Paso 1 de 3: devuelve la solicitud, el resumen (digest) a firmar con la llave del firmante y"
              + " su vencimiento. Paso 2: el cliente firma el resumen. Paso 3: POST completar con"
              + " firmaExterna {solicitud, firma, certificados}.")
  public Map<String, Object> prepararFirmaExterna(@PathParam("id") String id, Cadena cadena) {
    var p =
        bandeja.prepararFirmaExterna(id, certificados(cadena == null ? null : cadena.certificados));
    var b64 = Base64.getEncoder();
    return Map.of(
        "solicitud", p.id(),
        "digestAlgorithm", p.digestAlgorithm(),
        "digest", b64.encodeToString(p.digest()),
        "dataToSign", b64.encodeToString(p.dataToSign()),
        "signatureAlgorithm", p.signatureAlgorithm(),
        "expira", p.expiresAt().toString());
  }

  static List<X509Certificate> certificados(List<String> b64) {
    return CadenaDeCertificados.leer(b64);
  }

  @GET
  @Path("guia")
  @Operation(
      summary =
          "Lo que dice el MAPRO de la actividad de la tarea y quién actúa después, con la condición"
              + " de cada rama")
  public pe.gob.minem.tramite.application.bandeja.GuiaDelPaso.Guia guia(
      @PathParam("id") String id) {
    return guias.guia(id);
  }

  @GET
  @Operation(summary = "Una tarea de la bandeja")
  public TareaVista tarea(@PathParam("id") String id) {
    return bandeja.tarea(id);
  }

  @POST
  @Path("reclamar")
  @Operation(summary = "Tomar (reclamar) una tarea del cargo")
  public TareaVista reclamar(@PathParam("id") String id) {
    bandeja.reclamar(id);
    return bandeja.tarea(id);
  }

  @POST
  @Path("completar")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Completar la tarea con su resultado")
  public ExpedienteVista completar(@PathParam("id") String id, Resultado r) {
    FirmaExterna externa = null;
    if (r != null && r.firmaExterna != null) {
      if (r.firmaExterna.firma == null || r.firmaExterna.firma.isBlank()) {
        throw new DatosInvalidosException(
            "firmaExterna", "Envíe el valor de la firma (firma, en Base64).");
      }
      try {
        externa =
            new FirmaExterna(
                r.firmaExterna.solicitud,
                Base64.getDecoder().decode(r.firmaExterna.firma.strip()),
                certificados(r.firmaExterna.certificados));
      } catch (IllegalArgumentException e) {
        throw new DatosInvalidosException(
            "firmaExterna", "El valor de la firma no está en Base64.");
      }
    }
    var resultado =
        r == null
            ? ResultadoTarea.de(Map.of(), null)
            : new ResultadoTarea(r.valores(), r.instruccion, externa, null);
    return bandeja.completar(id, resultado);
  }
}
