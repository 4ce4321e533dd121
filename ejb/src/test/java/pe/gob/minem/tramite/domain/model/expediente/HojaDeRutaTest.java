package pe.gob.minem.tramite.domain.model.expediente;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/**
 * The lines the expediente writes on its hoja de ruta: each method fills every column as the
 * services did when they built {@link Movimiento.Datos} themselves.
 */
class HojaDeRutaTest {

  static final UnidadOrganica OGA = ExpedienteTest.OGA;
  static final UnidadOrganica OTI = ExpedienteTest.OTI;
  static final Instant AHORA = Instant.parse("2026-11-26T15:00:00Z");

  static Persona persona(String usuario, UnidadOrganica unidad, Rol rol, String cargo) {
    var p = new Persona(usuario, "Rosa", "Díaz", "44556677", "x");
    p.asignarCargo(new Cargo(unidad, rol, cargo));
    return p;
  }

  final Persona secretaria = persona("secretaria.oga", OGA, Rol.SECRETARIA, "Secretaria OGA");
  final Persona analista = persona("analista.oti", OTI, Rol.ANALISTA, "Analista OTI");
  final Persona director = persona("director.oti", OTI, Rol.DIRECTOR, "Director OTI");

  static Expediente registrado() {
    return new Expediente(
        new NumeroExpediente(2026, 123),
        ExpedienteTest.datos(10),
        OGA,
        "secretaria.oga",
        AHORA,
        ExpedienteTest.HOY,
        "ABCD-EFGH-JKLM");
  }

  /** Every column but the id, the expediente and the sequence. */
  static List<Object> columnas(Movimiento m) {
    return java.util.Arrays.asList(
        m.getFecha(),
        m.getProcedimiento(),
        m.getActividad(),
        m.getAccion(),
        m.getDescripcion(),
        m.getUsuario(),
        m.getPersonaNombre(),
        m.getCargoNombre(),
        m.getUnidadCodigo(),
        m.getDestino(),
        m.getUnidadDestinoCodigo(),
        m.getPersonaDestinoUsuario(),
        m.getInstruccion(),
        m.getTareaId(),
        m.getDuracionSegundos());
  }

  static List<Object> columnas(Expediente e, Movimiento.Datos como) {
    return columnas(new Movimiento(e, 99, como));
  }

  @Test
  void registroDeLaMesaDePartesConSusFoliosYArchivos() {
    var e = registrado();
    e.adjuntar("a.pdf", "application/pdf", 1, "a".repeat(64), AHORA);
    e.adjuntar("b.pdf", "application/pdf", 1, "b".repeat(64), AHORA);
    var m = e.anotarRegistro(secretaria);
    assertEquals(
        columnas(
            e,
            new Movimiento.Datos(
                AHORA,
                "P/OGA-TI-01",
                1,
                Movimiento.Accion.REGISTRO,
                "Recepción, verificación y registro del expediente (3 folios, 2 archivo(s))",
                "secretaria.oga",
                "Rosa Díaz",
                "Secretaria OGA",
                "OGA",
                null,
                null,
                null,
                null,
                null,
                null)),
        columnas(m));
    assertEquals(List.of(m), e.getMovimientos());
  }

  @Test
  void pasoCompletadoEscribeTodasSusColumnas() {
    var e = registrado();
    Instant creada = AHORA.minus(Duration.ofMinutes(90));
    var m =
        e.anotarPaso(
            "P/OGA-TI-01",
            5,
            Movimiento.Accion.ASIGNACION,
            "Toma conocimiento y asigna como responsable a Andrea Flores",
            director,
            "OTI",
            new Movimiento.Destino("Andrea Flores", "OTI", "analista.oti"),
            "  Atender con prioridad  ",
            "tarea-5",
            creada,
            AHORA);
    assertEquals(
        columnas(
            e,
            new Movimiento.Datos(
                AHORA,
                "P/OGA-TI-01",
                5,
                Movimiento.Accion.ASIGNACION,
                "Toma conocimiento y asigna como responsable a Andrea Flores",
                "director.oti",
                "Rosa Díaz",
                "Director OTI",
                "OTI",
                "Andrea Flores",
                "OTI",
                "analista.oti",
                "Atender con prioridad",
                "tarea-5",
                5400L)),
        columnas(m));
  }

  @Test
  void pasoSinDestinoNiInstruccionYDescripcionLargaRecortada() {
    var e = registrado();
    String larga = "x".repeat(350);
    var m =
        e.anotarPaso(
            "P/OGA-TI-02",
            2,
            Movimiento.Accion.REVISION,
            larga,
            director,
            "OTI",
            new Movimiento.Destino(null, null, null),
            " ",
            "tarea-2",
            AHORA,
            AHORA);
    assertEquals("x".repeat(297) + "…", m.getDescripcion());
    assertEquals(null, m.getDestino());
    assertEquals(null, m.getInstruccion());
    assertEquals(0L, m.getDuracionSegundos());
  }

  @Test
  void elaboracionYNuevaVersionDeUnDocumentoDelAutor() {
    var e = registrado();
    var elaboracion = e.anotarElaboracion("Informe técnico «Respuesta»", analista, "OTI", AHORA);
    var sinAnular =
        e.anotarNuevaVersion("Informe técnico «Respuesta»", 2, List.of(), analista, "OTI", AHORA);
    var anulando =
        e.anotarNuevaVersion(
            "Informe técnico «Respuesta»",
            3,
            List.of("Ana Ruiz", "Luis Paz"),
            analista,
            "OTI",
            AHORA);
    assertEquals(
        columnas(
            e, delAutor(0, Movimiento.Accion.ELABORACION, "«Respuesta» elaborado (versión 1)")),
        columnas(elaboracion));
    assertEquals(
        columnas(e, delAutor(4, Movimiento.Accion.NUEVA_VERSION, "«Respuesta»: versión 2")),
        columnas(sinAnular));
    assertEquals(
        columnas(
            e,
            delAutor(
                4,
                Movimiento.Accion.NUEVA_VERSION,
                "«Respuesta»: versión 3; anula el V°B° de Ana Ruiz, Luis Paz, que deberá darse"
                    + " de nuevo")),
        columnas(anulando));
  }

  private static Movimiento.Datos delAutor(
      int actividad, Movimiento.Accion accion, String descripcion) {
    return new Movimiento.Datos(
        AHORA,
        "P/OGA-TI-02",
        actividad,
        accion,
        "Informe técnico " + descripcion,
        "analista.oti",
        "Rosa Díaz",
        "Analista OTI",
        "OTI",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void recepcionFisicaEnLaUnidadDeDestinoConSuDemora() {
    var e = registrado();
    var remision =
        new RemisionFisica(e, OGA, OTI, null, "secretaria.oga", AHORA.minus(Duration.ofHours(2)));
    var secretariaOti = persona("secretaria.oti", OTI, Rol.SECRETARIA, "Secretaria OTI");
    var m = e.anotarRecepcionFisica(remision, secretariaOti, AHORA);
    assertEquals(
        columnas(
            e,
            new Movimiento.Datos(
                AHORA,
                "P/OGA-TI-01",
                0,
                Movimiento.Accion.RECEPCION_FISICA,
                "Recepción física del expediente (3 folios) enviado por OGA",
                "secretaria.oti",
                "Rosa Díaz",
                "Secretaria OTI",
                "OTI",
                null,
                null,
                null,
                null,
                null,
                7200L)),
        columnas(m));
  }

  @Test
  void cambioDeConfidencialidadConSuMotivoEnLaUnidadQueLoTiene() {
    var e = registrado();
    e.clasificar(Confidencialidad.CONFIDENCIAL);
    var directorOga = persona("director.oga", OGA, Rol.DIRECTOR, "Director OGA");
    var m =
        e.anotarCambioDeConfidencialidad(
            Confidencialidad.RESERVADO, "Contiene datos personales", directorOga, AHORA);
    assertEquals(
        columnas(
            e,
            new Movimiento.Datos(
                AHORA,
                null,
                0,
                Movimiento.Accion.RECLASIFICACION,
                "Confidencialidad: Reservado → Confidencial",
                "director.oga",
                "Rosa Díaz",
                "Director OGA",
                "OGA",
                null,
                null,
                null,
                "Contiene datos personales",
                null,
                null)),
        columnas(m));
  }
}
