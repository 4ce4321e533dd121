package pe.gob.minem.tramite.infrastructure.workflow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Draws a BPMN process as an accessible SVG from its diagram interchange (BPMN DI): tasks as
 * rounded boxes with their MAPRO number and name, events as circles, flows as arrows; completed
 * steps in green, the current one highlighted.
 */
public final class DiagramaSvg {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

  private DiagramaSvg() {}

  public static String dibujar(
      String bpmnXml, Collection<String> activas, Collection<String> completadas) {
    try {
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var doc =
          f.newDocumentBuilder()
              .parse(new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
      Map<String, Element> elementos = new HashMap<>();
      NodeList todos = doc.getElementsByTagNameNS(BPMN, "*");
      for (int i = 0; i < todos.getLength(); i++) {
        var e = (Element) todos.item(i);
        if (e.hasAttribute("id")) {
          elementos.put(e.getAttribute("id"), e);
        }
      }
      var svg = new StringBuilder();
      double ancho = 0;
      double alto = 0;
      List<String> formas = new ArrayList<>();
      NodeList bordes = doc.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
      for (int i = 0; i < bordes.getLength(); i++) {
        var b = (Element) bordes.item(i);
        NodeList puntos = b.getElementsByTagNameNS(DI, "waypoint");
        var linea = new StringBuilder();
        for (int j = 0; j < puntos.getLength(); j++) {
          var p = (Element) puntos.item(j);
          linea
              .append(j == 0 ? "" : " ")
              .append(p.getAttribute("x"))
              .append(',')
              .append(p.getAttribute("y"));
        }
        formas.add(
            "<polyline points=\""
                + linea
                + "\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#flecha)\"/>");
      }
      NodeList shapes = doc.getElementsByTagNameNS(BPMNDI, "BPMNShape");
      for (int i = 0; i < shapes.getLength(); i++) {
        var s = (Element) shapes.item(i);
        String id = s.getAttribute("bpmnElement");
        var el = elementos.get(id);
        var bounds = (Element) s.getElementsByTagNameNS(DC, "Bounds").item(0);
        double x = Double.parseDouble(bounds.getAttribute("x"));
        double y = Double.parseDouble(bounds.getAttribute("y"));
        double w = Double.parseDouble(bounds.getAttribute("width"));
        double h = Double.parseDouble(bounds.getAttribute("height"));
        ancho = Math.max(ancho, x + w);
        alto = Math.max(alto, y + h);
        String tipo = el == null ? "task" : el.getLocalName();
        String nombre = el == null ? id : el.getAttribute("name");
        boolean activa = activas.contains(id);
        boolean hecha = completadas.contains(id);
        String relleno = activa ? "#fff4d6" : hecha ? "#e3f4e6" : "#ffffff";
        String trazo = activa ? "#c77700" : hecha ? "#2e7d32" : "#777";
        String estado = activa ? " (en curso)" : hecha ? " (realizada)" : "";
        if (tipo.endsWith("Gateway")) {
          double cx = x + w / 2;
          double cy = y + h / 2;
          formas.add(
              "<g><title>"
                  + esc(nombre)
                  + "</title><polygon points=\""
                  + cx
                  + ","
                  + y
                  + " "
                  + (x + w)
                  + ","
                  + cy
                  + " "
                  + cx
                  + ","
                  + (y + h)
                  + " "
                  + x
                  + ","
                  + cy
                  + "\" fill=\"#fff\" stroke=\"#777\" stroke-width=\"1.5\"/><text x=\""
                  + cx
                  + "\" y=\""
                  + (cy + 5)
                  + "\" font-size=\"14\" text-anchor=\"middle\">×</text></g>");
        } else if (tipo.endsWith("Event")) {
          double r = w / 2;
          formas.add(
              "<g><title>"
                  + esc(nombre + estado)
                  + "</title><circle cx=\""
                  + (x + r)
                  + "\" cy=\""
                  + (y + r)
                  + "\" r=\""
                  + r
                  + "\" fill=\""
                  + relleno
                  + "\" stroke=\""
                  + trazo
                  + "\" stroke-width=\""
                  + (tipo.equals("endEvent") ? 4 : 2)
                  + "\"/></g>");
          formas.add(texto(nombre, x + r, y + h + 14, 110, 10));
        } else {
          String numero =
              el == null ? "" : el.getAttributeNS("http://minem.gob.pe/tramite/mapro", "actividad");
          formas.add(
              "<g data-actividad=\""
                  + esc(id)
                  + "\""
                  + (activa ? " class=\"activa\"" : "")
                  + "><title>"
                  + esc(nombre + estado)
                  + "</title><rect x=\""
                  + x
                  + "\" y=\""
                  + y
                  + "\" width=\""
                  + w
                  + "\" height=\""
                  + h
                  + "\" rx=\"10\" fill=\""
                  + relleno
                  + "\" stroke=\""
                  + trazo
                  + "\" stroke-width=\""
                  + (activa ? 3 : 1.5)
                  + "\"/>"
                  + (numero.isEmpty()
                      ? ""
                      : "<text x=\""
                          + (x + 8)
                          + "\" y=\""
                          + (y + 16)
                          + "\" font-size=\"12\" font-weight=\"bold\" fill=\""
                          + trazo
                          + "\">"
                          + numero
                          + "</text>")
                  + "</g>");
          formas.add(texto(nombre, x + w / 2, y + 30, w - 10, 10));
        }
      }
      svg.append(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Diagrama del procedimiento\" viewBox=\"0 0 ")
          .append(ancho + 30)
          .append(' ')
          .append(alto + 50)
          .append("\" class=\"diagrama-bpmn\">")
          .append(
              "<defs><marker id=\"flecha\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
      formas.forEach(svg::append);
      return svg.append("</svg>").toString();
    } catch (Exception e) {
      return "<p>No se pudo dibujar el diagrama.</p>";
    }
  }

  /** Text wrapped to a width, centred on x. */
  private static String texto(String t, double x, double y, double ancho, int tamano) {
    int porLinea = Math.max(8, (int) (ancho / (tamano * 0.55)));
    List<String> lineas = new ArrayList<>();
    var actual = new StringBuilder();
    for (String palabra : (t == null ? "" : t).split("\\s+")) {
      if (actual.length() + palabra.length() + 1 > porLinea && actual.length() > 0) {
        lineas.add(actual.toString());
        actual.setLength(0);
      }
      actual.append(actual.length() == 0 ? "" : " ").append(palabra);
    }
    if (actual.length() > 0) {
      lineas.add(actual.toString());
    }
    var sb =
        new StringBuilder(
            "<text x=\""
                + x
                + "\" y=\""
                + y
                + "\" font-size=\""
                + tamano
                + "\" text-anchor=\"middle\" fill=\"#222\">");
    for (int i = 0; i < lineas.size() && i < 5; i++) {
      sb.append("<tspan x=\"")
          .append(x)
          .append("\" dy=\"")
          .append(i == 0 ? 0 : tamano + 2)
          .append("\">")
          .append(esc(lineas.get(i)))
          .append("</tspan>");
    }
    return sb.append("</text>").toString();
  }

  private static String esc(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
