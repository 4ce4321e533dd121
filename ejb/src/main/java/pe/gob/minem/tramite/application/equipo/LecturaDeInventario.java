package pe.gob.minem.tramite.application.equipo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import pe.gob.minem.tramite.domain.model.equipo.DatosDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.Etiquetas;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;

/**
 * Turns a CSV of the inventory into checked rows and per-row errors, without touching the database:
 * the header's columns are recognised whatever their case and accents ({@code Código patrimonial}
 * is {@code codigo_patrimonial}); each row is checked on its own and every problem of it is
 * reported with its line and column. Whether a person or a unit exists is asked of a {@link
 * Padron}. A header that cannot be understood makes the whole file unreadable (400).
 */
public final class LecturaDeInventario {

  /** The directory as the import needs it. */
  public interface Padron {
    boolean existeUsuario(String usuario);

    /** The unit of an existing person (the first, by code), or null if she holds no cargo. */
    String unidadDe(String usuario);

    boolean existeUnidad(String codigo);
  }

  /** The portal's directory as a {@link Padron}. */
  public static Padron padron(PersonaRepository personas, UnidadOrganicaRepository unidades) {
    return new Padron() {
      @Override
      public boolean existeUsuario(String usuario) {
        return personas.porUsuario(usuario).isPresent();
      }

      @Override
      public String unidadDe(String usuario) {
        return personas
            .porUsuario(usuario)
            .flatMap(p -> p.codigosDeUnidad().stream().findFirst())
            .orElse(null);
      }

      @Override
      public boolean existeUnidad(String codigo) {
        return unidades.porCodigo(codigo).isPresent();
      }
    };
  }

  /** The columns a file may have; the first three are required. */
  public enum Columna {
    CODIGO_PATRIMONIAL,
    TIPO,
    MARCA,
    MODELO,
    SERIE,
    USUARIO,
    UNIDAD,
    UBICACION,
    GARANTIA_HASTA,
    ESTADO;

    public String nombre() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Columna> de(String cabecera) {
      String clave = Etiquetas.clave(cabecera);
      return Arrays.stream(values())
          .filter(c -> Etiquetas.clave(c.name()).equals(clave))
          .findFirst();
    }
  }

  /** A good row: its line and what it says. */
  public record FilaValida(int linea, DatosDeEquipo datos) {}

  /** The rows read, the good ones and the refused ones. */
  public record Lectura(int leidas, List<FilaValida> validas, List<ErrorDeFila> errores) {}

  private static final DateTimeFormatter DIA_MES_ANIO =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DIA_MES_ANIO_CORTO =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private LecturaDeInventario() {}

  public static Lectura leer(byte[] archivo, Padron padron, int filasMaximas) {
    LectorCsv.Contenido csv = LectorCsv.leer(archivo);
    Map<Columna, Integer> columnas = cabecera(csv.cabecera());
    List<LectorCsv.Fila> filas =
        csv.filas().stream().filter(f -> f.campos().stream().anyMatch(c -> !c.isBlank())).toList();
    if (filas.size() > filasMaximas) {
      throw new DatosInvalidosException(
          "archivo",
          "El archivo tiene "
              + filas.size()
              + " filas; el máximo por importación es "
              + filasMaximas
              + ". Divídalo en varios archivos.");
    }
    List<FilaValida> validas = new ArrayList<>();
    List<ErrorDeFila> errores = new ArrayList<>();
    Map<String, Integer> codigos = new HashMap<>();
    int ancho = csv.cabecera().campos().size();
    for (LectorCsv.Fila f : filas) {
      if (f.campos().size() != ancho) {
        errores.add(
            new ErrorDeFila(
                f.linea(),
                "fila",
                "La fila tiene "
                    + f.campos().size()
                    + " campos y la cabecera "
                    + ancho
                    + ": revise los separadores («"
                    + csv.separador()
                    + "») y las comillas."));
        continue;
      }
      LecturaDeFila.Resultado r = new LecturaDeFila(f, columnas, padron, codigos).leer();
      if (r.errores().isEmpty()) {
        validas.add(new FilaValida(f.linea(), r.datos()));
      } else {
        errores.addAll(r.errores());
      }
    }
    return new Lectura(filas.size(), validas, errores);
  }

  /** Which column each header field is; unknown, repeated or missing required ones are refused. */
  static Map<Columna, Integer> cabecera(LectorCsv.Fila cabecera) {
    Map<Columna, Integer> columnas = new LinkedHashMap<>();
    List<String> desconocidas = new ArrayList<>();
    for (int i = 0; i < cabecera.campos().size(); i++) {
      String nombre = cabecera.campos().get(i).strip();
      Optional<Columna> c = Columna.de(nombre);
      if (c.isEmpty()) {
        desconocidas.add("«" + nombre + "»");
      } else if (columnas.putIfAbsent(c.get(), i) != null) {
        throw new DatosInvalidosException(
            "archivo", "La columna «" + c.get().nombre() + "» está dos veces en la cabecera.");
      }
    }
    String admitidas =
        Arrays.stream(Columna.values()).map(Columna::nombre).collect(Collectors.joining(", "));
    if (!desconocidas.isEmpty()) {
      throw new DatosInvalidosException(
          "archivo",
          "La cabecera (línea 1) tiene columnas desconocidas: "
              + String.join(", ", desconocidas)
              + ". Las columnas admitidas son: "
              + admitidas
              + ".");
    }
    List<String> faltan =
        List.of(Columna.CODIGO_PATRIMONIAL, Columna.TIPO, Columna.MARCA).stream()
            .filter(c -> !columnas.containsKey(c))
            .map(Columna::nombre)
            .toList();
    if (!faltan.isEmpty()) {
      throw new DatosInvalidosException(
          "archivo",
          "Faltan columnas obligatorias en la cabecera (línea 1): "
              + String.join(", ", faltan)
              + ". Las columnas admitidas son: "
              + admitidas
              + ".");
    }
    return columnas;
  }

  /** dd/MM/yyyy (also d/M/yyyy) or yyyy-MM-dd; null when blank. */
  public static LocalDate fecha(String texto) {
    if (texto == null || texto.isBlank()) {
      return null;
    }
    String t = texto.strip();
    for (DateTimeFormatter f :
        List.of(DateTimeFormatter.ISO_LOCAL_DATE, DIA_MES_ANIO, DIA_MES_ANIO_CORTO)) {
      try {
        return LocalDate.parse(t, f.withResolverStyle(ResolverStyle.STRICT));
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    throw new DatosInvalidosException(
        "garantia_hasta",
        "La fecha «"
            + t
            + "» no es válida: use dd/mm/aaaa (31/12/2026) o aaaa-mm-dd (2026-12-31).");
  }

  public static TipoDeEquipo tipo(String texto) {
    if (texto == null || texto.isBlank()) {
      throw new DatosInvalidosException("tipo", "El tipo de equipo es obligatorio.");
    }
    return TipoDeEquipo.de(texto)
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    "tipo",
                    "Tipo de equipo desconocido: «"
                        + texto.strip()
                        + "». Use uno de: "
                        + Arrays.stream(TipoDeEquipo.values())
                            .map(TipoDeEquipo::etiqueta)
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  /** Null when blank (the item keeps its state; a new one starts Operativo). */
  public static EstadoDeEquipo estado(String texto) {
    if (texto == null || texto.isBlank()) {
      return null;
    }
    return EstadoDeEquipo.de(texto)
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    "estado",
                    "Estado desconocido: «"
                        + texto.strip()
                        + "». Use uno de: "
                        + Arrays.stream(EstadoDeEquipo.values())
                            .map(EstadoDeEquipo::etiqueta)
                            .collect(Collectors.joining(", "))
                        + "."));
  }
}
