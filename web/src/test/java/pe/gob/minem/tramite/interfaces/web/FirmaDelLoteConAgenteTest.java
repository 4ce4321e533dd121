package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.FacesMessage;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.documento.FirmaExternaEnLote;
import pe.gob.minem.tramite.application.documento.FirmaExternaEnLote.Firmada;
import pe.gob.minem.tramite.application.documento.FirmaExternaEnLote.Preparada;
import pe.gob.minem.tramite.application.documento.LotesDeFirma.Resultado;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;

/**
 * The bandeja's batch with the signer's agent: one step 1 for every ticked document, one request to
 * the agent, then step 3 for each signature; every document gets its own outcome.
 */
class FirmaDelLoteConAgenteTest {

  /** Step 1 and step 3 of the batch service, recorded; a task may be refused at either. */
  static class LoteDePrueba extends FirmaExternaEnLote {
    final List<List<String>> pedidos = new ArrayList<>();
    final List<Firmada> firmadas = new ArrayList<>();
    final Map<String, String> noSePrepara = new HashMap<>();
    final Map<String, String> noSeCompleta = new HashMap<>();

    @Override
    public List<Preparada> preparar(List<String> tareas, List<X509Certificate> cadena) {
      pedidos.add(tareas);
      return tareas.stream()
          .map(
              id ->
                  noSePrepara.containsKey(id)
                      ? new Preparada(
                          id, "EXP-" + id, "COD-" + id, id, null, null, null, noSePrepara.get(id))
                      : new Preparada(
                          id,
                          "EXP-" + id,
                          "COD-" + id,
                          "Documento " + id,
                          "s-" + id,
                          "SHA-256",
                          new byte[32],
                          null))
          .toList();
    }

    @Override
    public List<Resultado> completar(List<Firmada> firmas) {
      firmadas.addAll(firmas);
      return firmas.stream()
          .map(
              f ->
                  noSeCompleta.containsKey(f.tareaId())
                      ? new Resultado(
                          f.tareaId(),
                          "EXP-" + f.tareaId(),
                          "COD-" + f.tareaId(),
                          false,
                          noSeCompleta.get(f.tareaId()))
                      : new Resultado(
                          f.tareaId(), "EXP-" + f.tareaId(), "COD-" + f.tareaId(), true, "Firmado"))
          .toList();
    }
  }

  static class Pagina extends Bandeja {
    final Map<String, Object> devuelto = new HashMap<>();
    int recargas;

    @Override
    void cargar() {
      recargas++;
    }

    @Override
    void devolver(String nombre, Object valor) {
      devuelto.put(nombre, valor);
    }

    @Override
    Locale idioma() {
      return Reloj.ES_PE;
    }
  }

  private final LoteDePrueba lote = new LoteDePrueba();
  private final Pagina pagina = new Pagina();
  private FacesDePrueba faces;

  @BeforeEach
  void marcarTresDocumentos() {
    faces = FacesDePrueba.instalar();
    pagina.firmaExterna = lote;
    pagina.setSeleccion(
        new ArrayList<>(
            List.of(
                TareasDePrueba.tarea("a", TipoDeAccion.VISTO_BUENO),
                TareasDePrueba.tarea("b", TipoDeAccion.SUSCRIPCION),
                TareasDePrueba.tarea("c", TipoDeAccion.VISTO_BUENO),
                TareasDePrueba.tarea("d", TipoDeAccion.DERIVAR))));
  }

  @AfterEach
  void cerrar() {
    faces.close();
  }

  private List<String> textos() {
    return faces.mensajes.stream().map(FacesMessage::getSummary).toList();
  }

  private static String firma(String id) {
    return "{\"id\":\"s-" + id + "\",\"firma\":\"AQID\"}";
  }

  @Test
  void unSoloPasoUnoParaTodosLosMarcadosYUnSoloPedidoAlAgente() {
    pagina.prepararLoteConAgente(TareasDePrueba.CADENA);

    assertEquals(List.of(List.of("a", "b", "c")), lote.pedidos, "one call, signing tasks only");
    String firmas = (String) pagina.devuelto.get("firmas");
    for (String id : List.of("a", "b", "c")) {
      assertTrue(firmas.contains("\"id\":\"s-" + id + "\""), firmas);
      assertTrue(firmas.contains("\"descripcion\":\"Documento " + id + "\""), firmas);
    }
    assertEquals("SHA-256", pagina.devuelto.get("digestAlgorithm"));
    assertTrue(faces.mensajes.isEmpty(), () -> textos().toString());
  }

  @Test
  void cadaFirmaCompletaSuTareaYCadaDocumentoTieneSuResultado() {
    pagina.prepararLoteConAgente(TareasDePrueba.CADENA);

    pagina.completarLoteConAgente("[" + firma("a") + "," + firma("b") + "," + firma("c") + "]");

    assertEquals(3, lote.firmadas.size());
    assertEquals(List.of("a", "b", "c"), lote.firmadas.stream().map(Firmada::tareaId).toList());
    var f = lote.firmadas.get(1).firma();
    assertEquals("s-b", f.solicitud());
    assertArrayEquals(new byte[] {1, 2, 3}, f.valor());
    assertEquals(2, f.cadena().size());
    assertEquals(
        List.of(true, true, true),
        pagina.getResultadosDelAgente().stream().map(Resultado::firmado).toList());
    assertEquals(List.of("Lote terminado: 3 de 3 documentos firmados."), textos());
    assertFalse(faces.validacionFallida);
    assertEquals(1, pagina.recargas, "the bandeja is read again");
    assertTrue(pagina.getSeleccion().isEmpty());
  }

  @Test
  void unDocumentoQueFallaNoDetieneALosDemas() {
    lote.noSePrepara.put("a", "La tarea ya fue atendida por director.oti.");
    lote.noSeCompleta.put("c", "La firma no corresponde al certificado.");
    pagina.prepararLoteConAgente(TareasDePrueba.CADENA);
    assertFalse(((String) pagina.devuelto.get("firmas")).contains("s-a"), "a is not sent");

    pagina.completarLoteConAgente("[" + firma("b") + ",{\"id\":\"s-c\",\"firma\":\"AQID\"}]");

    assertEquals(List.of("b", "c"), lote.firmadas.stream().map(Firmada::tareaId).toList());
    var r = pagina.getResultadosDelAgente();
    assertEquals(List.of("a", "b", "c"), r.stream().map(Resultado::tareaId).toList(), "in order");
    assertEquals("La tarea ya fue atendida por director.oti.", r.get(0).mensaje());
    assertTrue(r.get(1).firmado());
    assertEquals("La firma no corresponde al certificado.", r.get(2).mensaje());
    assertEquals(
        List.of("Lote terminado: 1 de 3 documentos firmados; vea el motivo de cada uno."),
        textos());
  }

  @Test
  void losDocumentosQueElAgenteNoFirmoQuedanSinFirmarConSuMotivo() {
    pagina.prepararLoteConAgente(TareasDePrueba.CADENA);

    pagina.completarLoteConAgente(
        "["
            + firma("a")
            + ",{\"id\":\"s-b\",\"error\":{\"codigo\":\"TOKEN_RETIRADO\",\"mensaje\":\"x\"}}]");

    assertEquals(List.of("a"), lote.firmadas.stream().map(Firmada::tareaId).toList());
    var r = pagina.getResultadosDelAgente();
    assertEquals(
        "Se retiró el token antes de firmar este documento; no quedó firmado.", r.get(1).mensaje());
    assertEquals(
        "El agente de firma no devolvió la firma de este documento; no quedó firmado.",
        r.get(2).mensaje(),
        "c is missing from the agent's answer");
  }

  @Test
  void unaFirmaParaUnaSolicitudQueNoEsDelLoteSeIgnora() {
    pagina.prepararLoteConAgente(TareasDePrueba.CADENA);

    pagina.completarLoteConAgente("[{\"id\":\"s-intrusa\",\"firma\":\"AQID\"}," + firma("a") + "]");

    assertEquals(List.of("a"), lote.firmadas.stream().map(Firmada::tareaId).toList());
  }

  @Test
  void sinDocumentosMarcadosNoSePreparaNada() {
    pagina.setSeleccion(new ArrayList<>(List.of(TareasDePrueba.tarea("d", TipoDeAccion.DERIVAR))));

    pagina.prepararLoteConAgente(TareasDePrueba.CADENA);

    assertTrue(lote.pedidos.isEmpty());
    assertEquals(List.of("Marque los documentos que desea firmar (V°B° o suscripción)."), textos());
  }

  @Test
  void siNingunoSePuedePrepararNoSeLlamaAlAgenteYSeVeElMotivoDeCadaUno() {
    for (String id : List.of("a", "b", "c")) {
      lote.noSePrepara.put(id, "Su certificado fue revocado.");
    }

    pagina.prepararLoteConAgente(TareasDePrueba.CADENA);

    assertTrue(pagina.devuelto.isEmpty());
    assertEquals(3, pagina.getResultadosDelAgente().size());
    assertTrue(faces.validacionFallida);
  }

  @Test
  void completarSinLotePreparadoNoFirmaNada() {
    pagina.completarLoteConAgente("[" + firma("a") + "]");

    assertTrue(lote.firmadas.isEmpty());
    assertEquals(
        List.of("Vuelva a firmar el lote: las firmas no corresponden al lote preparado."),
        textos());
  }

  @Test
  void elPinIncorrectoDelLoteNoFirmaNadaYLoDice() {
    pagina.prepararLoteConAgente(TareasDePrueba.CADENA);

    pagina.errorDelAgente("PIN_INCORRECTO", "2", "El PIN no es correcto.");
    pagina.completarLoteConAgente("[" + firma("a") + "]");

    assertTrue(lote.firmadas.isEmpty(), "the batch was dropped");
    assertEquals("El PIN no es correcto; no se firmó nada. Le quedan 2 intentos.", textos().get(0));
  }
}
