package pe.gob.minem.tramite.infrastructure.pdf;

import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A run of text as a page shows it: its string, where its baseline starts, and its direction. */
record TextoUbicado(String texto, float x, float y, float dx, float dy) {

  static List<TextoUbicado> de(byte[] pdf, int pagina) throws IOException {
    var textos = new ArrayList<TextoUbicado>();
    try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      new PdfCanvasProcessor(
              new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType tipo) {
                  var info = (TextRenderInfo) data;
                  Vector inicio = info.getBaseline().getStartPoint();
                  Vector fin = info.getBaseline().getEndPoint();
                  textos.add(
                      new TextoUbicado(
                          info.getText(),
                          inicio.get(0),
                          inicio.get(1),
                          fin.get(0) - inicio.get(0),
                          fin.get(1) - inicio.get(1)));
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                  return Set.of(EventType.RENDER_TEXT);
                }
              })
          .processPageContent(doc.getPage(pagina));
    }
    return textos;
  }
}
