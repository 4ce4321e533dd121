package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pe.gob.minem.tramite.application.archivo.ArchivoService;
import pe.gob.minem.tramite.archivo.Consulta;
import pe.gob.minem.tramite.archivo.Facetas;
import pe.gob.minem.tramite.archivo.Resultado;
import pe.gob.minem.tramite.interfaces.rest.ArchivoResource;

/**
 * The archive's search page: one box, facets on the side (counted over everything the person may
 * see that matches), results loaded page by page with their snippets, and saved searches.
 */
@Named
@ViewScoped
public class BuscarEnArchivo implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ArchivoService archivo;

  private String texto;
  private String orden = Consulta.Orden.RELEVANCIA.name();
  private LocalDate desde;
  private LocalDate hasta;

  /** Facet name to the values ticked (String[] or List, as JSF sets them). */
  private final Map<String, Object> seleccion = new HashMap<>();

  private long total;
  private long milisegundos;
  private boolean buscado;
  private Map<String, List<Resultado.Faceta>> facetas = Map.of();
  private Map<String, String> etiquetas;
  private String nombreBusqueda;
  private List<ArchivoService.Guardada> guardadas;

  private final LazyDataModel<Resultado.Hallazgo> resultados =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filtros) {
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<Resultado.Hallazgo> load(
            int primero, int tamano, Map<String, SortMeta> orden, Map<String, FilterMeta> f) {
          if (!buscado) {
            return List.of();
          }
          try {
            var r = archivo.buscar(busqueda(primero, tamano));
            total = r.total();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return r.hallazgos();
          } catch (RuntimeException e) {
            Mensajes.error(e);
            return List.of();
          }
        }

        @Override
        public String getRowKey(Resultado.Hallazgo h) {
          return h.id();
        }
      };

  /** f:viewAction: a query in the address ({@code ?q=…}) searches at once. */
  public void iniciar() {
    if (texto != null && !texto.isBlank()) {
      buscar();
    }
  }

  /** Runs the search: total and facets now, the rows as the table asks for them. */
  public void buscar() {
    try {
      var r = archivo.buscar(busqueda(0, 1));
      total = r.total();
      milisegundos = r.milisegundos();
      facetas = r.facetas();
      buscado = true;
    } catch (RuntimeException e) {
      buscado = false;
      total = 0;
      facetas = Map.of();
      Mensajes.error(e);
    }
  }

  public void limpiarFiltros() {
    seleccion.clear();
    desde = null;
    hasta = null;
    buscar();
  }

  private ArchivoService.Busqueda busqueda(int inicio, int tamano) {
    return new ArchivoService.Busqueda(
        texto,
        filtros(),
        desde,
        hasta,
        Consulta.Orden.valueOf(orden),
        inicio,
        Math.max(1, Math.min(100, tamano)));
  }

  private Map<String, Set<String>> filtros() {
    Map<String, Set<String>> f = new LinkedHashMap<>();
    seleccion.forEach(
        (faceta, valor) -> {
          Set<String> v = new LinkedHashSet<>(valores(valor));
          if (!v.isEmpty()) {
            f.put(faceta, v);
          }
        });
    return f;
  }

  private static List<String> valores(Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof Object[] a) {
      return Arrays.stream(a).map(String::valueOf).toList();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }

  // ------------------------------------------------------------------ saved searches

  public List<ArchivoService.Guardada> getGuardadas() {
    if (guardadas == null) {
      try {
        guardadas = archivo.busquedasGuardadas();
      } catch (RuntimeException e) {
        guardadas = List.of();
      }
    }
    return guardadas;
  }

  public void guardar() {
    try {
      var g = archivo.guardarBusqueda(nombreBusqueda, comoTexto());
      guardadas = null;
      nombreBusqueda = null;
      Mensajes.exito("Búsqueda «" + g.nombre() + "» guardada.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void aplicar(ArchivoService.Guardada g) {
    seleccion.clear();
    texto = null;
    desde = null;
    hasta = null;
    orden = Consulta.Orden.RELEVANCIA.name();
    for (String par : g.consulta().split("&")) {
      int i = par.indexOf('=');
      if (i < 1) {
        continue;
      }
      String k = URLDecoder.decode(par.substring(0, i), StandardCharsets.UTF_8);
      String v = URLDecoder.decode(par.substring(i + 1), StandardCharsets.UTF_8);
      switch (k) {
        case "q" -> texto = v;
        case "orden" -> orden = v;
        case "desde" -> desde = LocalDate.parse(v);
        case "hasta" -> hasta = LocalDate.parse(v);
        default -> {
          if (Facetas.TODAS.contains(k)) {
            List<String> l = new ArrayList<>(valores(seleccion.get(k)));
            l.add(v);
            seleccion.put(k, l.toArray(new String[0]));
          }
        }
      }
    }
    buscar();
  }

  public void eliminar(ArchivoService.Guardada g) {
    try {
      archivo.eliminarBusqueda(g.id());
      guardadas = null;
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** The search as a query string: saved, and the same parameters as the REST API. */
  String comoTexto() {
    var s = new StringBuilder();
    agregar(s, "q", texto);
    agregar(s, "orden", orden);
    agregar(s, "desde", desde == null ? null : desde.toString());
    agregar(s, "hasta", hasta == null ? null : hasta.toString());
    filtros().forEach((k, vs) -> vs.forEach(v -> agregar(s, k, v)));
    return s.toString();
  }

  private static void agregar(StringBuilder s, String k, String v) {
    if (v == null || v.isBlank()) {
      return;
    }
    if (!s.isEmpty()) {
      s.append('&');
    }
    s.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------ for the page

  public String enlace(Resultado.Hallazgo h) {
    return ArchivoResource.enlace(h);
  }

  public List<String> getNombresDeFacetas() {
    return Facetas.TODAS.stream()
        .filter(f -> facetas.containsKey(f) && !facetas.get(f).isEmpty())
        .toList();
  }

  public List<Resultado.Faceta> valoresDe(String faceta) {
    return facetas.getOrDefault(faceta, List.of());
  }

  public String etiqueta(String faceta, String valor) {
    if (etiquetas == null) {
      etiquetas = archivo.etiquetas();
    }
    return etiquetas.getOrDefault(faceta + ":" + valor, valor);
  }

  public String titulo(String faceta) {
    return switch (faceta) {
      case Facetas.ANIO -> "Año";
      case Facetas.UNIDAD -> "Unidad";
      case Facetas.PROCEDIMIENTO -> "Procedimiento";
      case Facetas.TIPO -> "Tipo de documento";
      case Facetas.ESTADO -> "Estado";
      case Facetas.FIRMADO -> "Firma digital";
      case Facetas.ORIGEN -> "Origen";
      case Facetas.CLASE -> "Clase";
      default -> faceta;
    };
  }

  public String nivel(Resultado.Hallazgo h) {
    return h.nivel() == null
        ? ""
        : switch (h.nivel()) {
          case PUBLICO -> "Público";
          case RESERVADO -> "Reservado";
          case CONFIDENCIAL -> "Confidencial";
        };
  }

  public Consulta.Orden[] getOrdenes() {
    return Consulta.Orden.values();
  }

  public String etiquetaOrden(Consulta.Orden o) {
    return switch (o) {
      case RELEVANCIA -> "Relevancia";
      case FECHA_RECIENTE -> "Más recientes";
      case FECHA_ANTIGUA -> "Más antiguos";
    };
  }

  public LazyDataModel<Resultado.Hallazgo> getResultados() {
    return resultados;
  }

  public Map<String, Object> getSeleccion() {
    return seleccion;
  }

  /** "1 resultado (3 ms)", "25 resultados (4 ms)". */
  public String getResumen() {
    return String.format(
        new java.util.Locale("es", "PE"),
        "%,d %s (%d ms)",
        total,
        total == 1 ? "resultado" : "resultados",
        milisegundos);
  }

  public long getTotal() {
    return total;
  }

  public long getMilisegundos() {
    return milisegundos;
  }

  public boolean isBuscado() {
    return buscado;
  }

  public String getTexto() {
    return texto;
  }

  public void setTexto(String texto) {
    this.texto = texto;
  }

  public String getOrden() {
    return orden;
  }

  public void setOrden(String orden) {
    this.orden = orden;
  }

  public LocalDate getDesde() {
    return desde;
  }

  public void setDesde(LocalDate desde) {
    this.desde = desde;
  }

  public LocalDate getHasta() {
    return hasta;
  }

  public void setHasta(LocalDate hasta) {
    this.hasta = hasta;
  }

  public String getNombreBusqueda() {
    return nombreBusqueda;
  }

  public void setNombreBusqueda(String nombreBusqueda) {
    this.nombreBusqueda = nombreBusqueda;
  }
}
