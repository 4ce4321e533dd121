package carga;

import static carga.Api.*;
import static io.gatling.javaapi.core.CoreDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The realistic mix (issue 17, point 5) at {@code carga.usuarios} concurrent people for
 * {@code carga.duracion} seconds (closed model: when one finishes what came to do, another
 * arrives). carga.sh runs it once per step of the ramp (10, 25, 50, 100 by default), so that each
 * step has its own numbers. Each person does one of:
 *
 * <ul>
 *   <li>35 % mesa de partes: registers an expediente with a PDF; then secretaria.oga finds it in
 *       her bandeja and completes activity 1, and director.oga finds it in his and routes it to the
 *       OTI (activity 2, «derivar»);
 *   <li>25 % archive search by a word, as analista.oti;
 *   <li>25 % public verification of a code seen in this run (a cargo or a signed document);
 *   <li>15 % V°B°: analista.oti drafts a document (P/OGA-TI-02), completes activity 1, director.oti
 *       gives conformity (2) and his V°B° (5: a PAdES signature), and the public verifies it.
 * </ul>
 *
 * Between two steps a person pauses {@code carga.pausa} ms ±50 %.
 */
public class MezclaSimulation extends Simulation {

  static final ChainBuilder MESA_DE_PARTES =
      exec(registrar("registrar"))
          .exec(pausa())
          .exec(buscarTarea("secretaria.oga", 1))
          .exec(reclamar("secretaria.oga"))
          .exec(completar("completar (act. 1)", "secretaria.oga", "{}"))
          .exec(pausa())
          .exec(buscarTarea("director.oga", 2))
          .exec(reclamar("director.oga"))
          .exec(
              completar(
                  "derivar (act. 2)",
                  "director.oga",
                  "{\"unidad\":\"OTI\",\"instruccion\":\"Atender según corresponda\"}"));

  static final ChainBuilder VISTO_BUENO =
      exec(elaborarDocumento())
          .exec(pausa())
          .exec(buscarTarea("analista.oti", 1))
          .exec(completar("V°B°: completar act. 1", "analista.oti", "{}"))
          .exec(pausa())
          .exec(buscarTarea("director.oti", 2))
          .exec(completar("V°B°: conformidad (act. 2)", "director.oti", "{\"decision\":\"CONFORME\"}"))
          .exec(pausa())
          .exec(buscarTarea("director.oti", 5))
          .exec(completar("V°B° (firma, act. 5)", "director.oti", "{}"))
          .exec(
              s -> {
                recordar(s.getString("codigoDoc"));
                return s.set("codigo", s.getString("codigoDoc"));
              })
          .exec(pausa())
          .exec(
              io.gatling.javaapi.http.HttpDsl.http("verificación pública")
                  .get("/api/v1/verificacion/#{codigo}")
                  .check(io.gatling.javaapi.http.HttpDsl.status().is(200)));

  static final ScenarioBuilder MEZCLA =
      scenario("mezcla")
          .randomSwitch()
          .on(
              percent(35.0).then(MESA_DE_PARTES),
              percent(25.0).then(buscarEnElArchivo()),
              percent(25.0).then(verificar()),
              percent(15.0).then(VISTO_BUENO));

  {
    setUp(MEZCLA.injectClosed(constantConcurrentUsers(USUARIOS).during(DURACION)))
        .protocols(protocolo());
  }
}
