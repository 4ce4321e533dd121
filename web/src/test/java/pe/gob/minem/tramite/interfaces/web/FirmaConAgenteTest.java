package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.FacesMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;

/**
 * The task page with the signer's agent: step 1 with the chain the agent gave, the agent's
 * signature back to step 3 (the API's firmaExterna path), and each refusal in the portal's words.
 */
class FirmaConAgenteTest {

  /** The page as the tests see it: what it returns to the script, where it goes when done. */
  static class Pagina extends AtenderTarea {
    final Map<String, Object> devuelto = new HashMap<>();
    String alTerminar;

    @Override
    void devolver(String nombre, Object valor) {
      devuelto.put(nombre, valor);
    }

    @Override
    Locale idioma() {
      return Reloj.ES_PE;
    }

    @Override
    void irALaBandeja(String mensaje) {
      alTerminar = mensaje;
    }
  }

  private final TareasDePrueba.BandejaDePrueba bandeja = new TareasDePrueba.BandejaDePrueba();
  private final Pagina pagina = new Pagina();
  private FacesDePrueba faces;

  @BeforeEach
  void abrirLaTarea() {
    faces = FacesDePrueba.instalar();
    bandeja.tarea = TareasDePrueba.tarea("t1", TipoDeAccion.VISTO_BUENO);
    pagina.bandeja = bandeja;
    pagina.consulta = new TareasDePrueba.ConsultaDePrueba();
    pagina.guias = new TareasDePrueba.GuiaDePrueba();
    pagina.setId("t1");
    pagina.cargar();
    assertTrue(faces.mensajes.isEmpty(), () -> textos().toString());
  }

  @AfterEach
  void cerrar() {
    faces.close();
  }

  private List<String> textos() {
    return faces.mensajes.stream().map(FacesMessage::getSummary).toList();
  }

  private static String resultado(String solicitud, String firma) {
    return "[{\"id\":\"" + solicitud + "\",\"firma\":\"" + firma + "\"}]";
  }

  @Test
  void laCadenaDelAgentePreparaLaFirmaYLaPaginaRecibeElResumenParaElAgente() {
    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);

    assertEquals(List.of("t1:2"), bandeja.preparadas, "step 1 with the chain of two");
    assertEquals("SHA-256", pagina.devuelto.get("digestAlgorithm"));
    String firmas = (String) pagina.devuelto.get("firmas");
    assertTrue(firmas.contains("\"id\":\"solicitud-t1\""), firmas);
    assertTrue(
        firmas.contains("\"digest\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\""), firmas);
    assertTrue(firmas.contains("Dar V°B° — EXP-2026-000002: Informe t1"), firmas);
    assertTrue(faces.mensajes.isEmpty());
  }

  @Test
  void laFirmaDelAgenteCompletaLaTareaConLaFirmaExternaYLosCamposDelFormulario() throws Exception {
    pagina.setInstruccion("Conforme");
    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);

    pagina.completarFirmaConAgente(resultado("solicitud-t1", "AQID"));

    assertEquals(1, bandeja.completadas.size());
    var r = bandeja.completadas.get(0);
    assertEquals("Conforme", r.instruccion());
    assertNull(r.firmaConToken());
    assertEquals("solicitud-t1", r.firmaExterna().solicitud());
    assertArrayEquals(new byte[] {1, 2, 3}, r.firmaExterna().valor());
    assertEquals(2, r.firmaExterna().cadena().size(), "the chain of step 1");
    assertTrue(pagina.alTerminar.contains("firmado con su certificado"), pagina.alTerminar);

    pagina.completarFirmaConAgente(resultado("solicitud-t1", "AQID"));
    assertEquals(1, bandeja.completadas.size(), "a request completes once");
  }

  @Test
  void unaFirmaQueNoEsDeLaSolicitudPreparadaNoCompletaNada() throws Exception {
    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);

    pagina.completarFirmaConAgente(resultado("otra-solicitud", "AQID"));

    assertTrue(bandeja.completadas.isEmpty());
    assertEquals(
        List.of("Vuelva a firmar: la firma no corresponde a la preparada en esta página."),
        textos());
    assertTrue(faces.validacionFallida);
  }

  @Test
  void sinPasoUnoNoSeCompletaNada() throws Exception {
    pagina.completarFirmaConAgente(resultado("solicitud-t1", "AQID"));

    assertTrue(bandeja.completadas.isEmpty());
    assertEquals(1, faces.mensajes.size());
  }

  @Test
  void elCertificadoRevocadoSeRechazaEnElPasoUnoAntesDePedirElPin() {
    bandeja.fallaAlPreparar =
        new ConflictoException(
            "Su certificado fue revocado el 01/12/2026 10:00: no puede firmar con él.");

    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);

    assertTrue(pagina.devuelto.isEmpty(), "nothing for the agent to sign");
    assertEquals(
        List.of("Su certificado fue revocado el 01/12/2026 10:00: no puede firmar con él."),
        textos());
    assertTrue(faces.validacionFallida, "the script sees args.validationFailed");
  }

  @Test
  void unaCadenaQueNoEsUnCertificadoSeRechazaSinLlamarAlServicio() {
    pagina.prepararFirmaConAgente("no es base64!");

    assertTrue(bandeja.preparadas.isEmpty());
    assertEquals(List.of("Un certificado no es un X.509 válido en Base64 DER."), textos());
  }

  @Test
  void unaTareaSinFirmaNoPreparaNada() {
    bandeja.tarea = TareasDePrueba.tarea("t1", TipoDeAccion.DERIVAR);
    pagina.cargar();

    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);

    assertTrue(bandeja.preparadas.isEmpty());
    assertEquals(List.of("Esta tarea no lleva firma."), textos());
  }

  @Test
  void elTokenRetiradoAntesDeFirmarSeDiceConLasPalabrasDelPortal() throws Exception {
    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);

    pagina.completarFirmaConAgente(
        "[{\"id\":\"solicitud-t1\",\"error\":{\"codigo\":\"TOKEN_RETIRADO\",\"mensaje\":\"x\"}}]");

    assertTrue(bandeja.completadas.isEmpty());
    assertEquals(
        List.of("Se retiró el token antes de firmar este documento; no quedó firmado."), textos());
  }

  @Test
  void unFalloAlCompletarSeMuestraYNoRedirige() throws Exception {
    bandeja.fallaAlCompletar = new ConflictoException("La tarea ya fue atendida.");
    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);

    pagina.completarFirmaConAgente(resultado("solicitud-t1", "AQID"));

    assertEquals(List.of("La tarea ya fue atendida."), textos());
    assertNull(pagina.alTerminar);
  }

  @Test
  void unaRespuestaIlegibleDelAgenteNoFirmaNada() throws Exception {
    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);

    pagina.completarFirmaConAgente("{no es json");

    assertTrue(bandeja.completadas.isEmpty());
    assertEquals(
        List.of("La respuesta del agente de firma no se pudo leer; no se firmó nada."), textos());
  }

  @Test
  void elPinIncorrectoDiceCuantosIntentosQuedan() {
    pagina.errorDelAgente("PIN_INCORRECTO", "1", "El PIN no es correcto.");
    pagina.errorDelAgente("PIN_INCORRECTO", "3", null);
    pagina.errorDelAgente("PIN_INCORRECTO", "", null);

    assertEquals(
        List.of(
            "El PIN no es correcto; no se firmó nada. Le queda un solo intento: si vuelve a"
                + " equivocarse, el PIN de su token se bloqueará.",
            "El PIN no es correcto; no se firmó nada. Le quedan 3 intentos.",
            "El PIN no es correcto; no se firmó nada. Vuelva a intentarlo."),
        textos());
  }

  @Test
  void cadaCodigoDelAgenteTieneSuMensaje() {
    for (String codigo :
        List.of(
            "NO_DISPONIBLE",
            "SIN_CERTIFICADOS",
            "TOKEN_AUSENTE",
            "PIN_BLOQUEADO",
            "CANCELADO",
            "CERTIFICADO_VENCIDO",
            "CERTIFICADO_AUN_NO_VIGENTE",
            "CERTIFICADO_NO_ENCONTRADO",
            "OCUPADO",
            "SIN_INTERFAZ")) {
      pagina.errorDelAgente(codigo, null, "mensaje del agente");
    }
    var textos = textos();
    assertEquals(10, textos.size());
    assertEquals(10, textos.stream().distinct().count(), () -> textos.toString());
    assertTrue(textos.stream().noneMatch(t -> t.equals("mensaje del agente")), textos::toString);
    assertTrue(textos.get(0).contains("no respondió"), textos.get(0));
    assertTrue(textos.get(3).contains("bloqueado"), textos.get(3));
    assertTrue(textos.get(4).contains("Canceló"), textos.get(4));
    assertTrue(textos.get(5).contains("vencido"), textos.get(5));
  }

  @Test
  void unCodigoDesconocidoMuestraElMensajeDelAgenteEnUnaLinea() {
    pagina.errorDelAgente("ALGO_NUEVO", null, "El agente\n dice   esto.");
    pagina.errorDelAgente("", null, "");

    assertEquals(
        List.of(
            "El agente dice esto.",
            "El agente de firma no pudo firmar; no se firmó nada. Vuelva a intentarlo."),
        textos());
  }

  @Test
  void unErrorDelAgenteAnulaLaSolicitudPreparada() throws Exception {
    pagina.prepararFirmaConAgente(TareasDePrueba.CADENA);
    pagina.errorDelAgente("CANCELADO", null, null);

    pagina.completarFirmaConAgente(resultado("solicitud-t1", "AQID"));

    assertTrue(bandeja.completadas.isEmpty());
  }
}
