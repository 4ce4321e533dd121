package carga;

import static carga.Api.*;
import static io.gatling.javaapi.core.CoreDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The registration goal of issue 17 (≥ 50 registrations/s with p95 < 200 ms at 8 concurrent
 * clients on one instance): {@code carga.usuarios} (8) mesa-de-partes clients in a closed model,
 * each registering an expediente with a PDF of {@code carga.kb} kB as soon as the previous one was
 * answered, for {@code carga.duracion} seconds. The same measure as bench/PortalBench.java's
 * registration phase. carga.sh runs it once first as warm-up and discards those numbers.
 */
public class Registro8Simulation extends Simulation {

  static final ScenarioBuilder REGISTRO =
      scenario("registro").during(DURACION).on(exec(registrar("registrar")));

  {
    setUp(REGISTRO.injectOpen(atOnceUsers(USUARIOS)))
        .protocols(protocolo());
  }
}
