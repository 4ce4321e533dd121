package pe.gob.minem.tramite.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Validates a PDF as PDF/A-2B with veraPDF, the PDF Association's validator: independent of iText,
 * which wrote the PDF and would only check its own work.
 */
final class ValidadorPdfA {

  private static boolean iniciado;

  private ValidadorPdfA() {}

  /**
   * The PDF/A-2B rules {@code pdf} breaks, one line per rule ("6.2.11.4.1-1 (3 veces): The font
   * program is not embedded — PDFont… en root/document[0]/…"); empty when it is compliant.
   */
  static List<String> fallas(byte[] pdf) {
    return fallas(pdf, PDFAFlavour.PDFA_2_B);
  }

  /** The rules of {@code nivel} that {@code pdf} breaks; empty when it is compliant. */
  static synchronized List<String> fallas(byte[] pdf, PDFAFlavour nivel) {
    if (!iniciado) {
      VeraGreenfieldFoundryProvider.initialise();
      iniciado = true;
    }
    var foundry = Foundries.defaultInstance();
    try (var parser = foundry.createParser(new ByteArrayInputStream(pdf), nivel);
        var validador = foundry.createValidator(nivel, false)) {
      var resultado = validador.validate(parser);
      Map<String, String> porRegla = new TreeMap<>();
      Map<String, Integer> veces = new TreeMap<>();
      for (TestAssertion a : resultado.getTestAssertions()) {
        if (a.getStatus() != TestAssertion.Status.FAILED) {
          continue;
        }
        String regla = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
        veces.merge(regla, 1, Integer::sum);
        porRegla.putIfAbsent(
            regla,
            a.getMessage()
                + (a.getErrorMessage() == null ? "" : " — " + a.getErrorMessage())
                + " en "
                + (a.getLocation() == null ? "?" : a.getLocation().getContext()));
      }
      if (porRegla.isEmpty() && !resultado.isCompliant()) {
        return List.of(
            "veraPDF no da el documento por conforme (" + resultado.getJobEndStatus() + ")");
      }
      return porRegla.entrySet().stream()
          .map(e -> e.getKey() + " (" + veces.get(e.getKey()) + " veces): " + e.getValue())
          .toList();
    } catch (Exception e) {
      return List.of("veraPDF no pudo leer el PDF: " + e);
    }
  }
}
