package pe.gob.minem.tramite.application.equipo;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * An RFC 4180 reader for the spreadsheets the OTI keeps: UTF-8 with or without a BOM, fields
 * separated by ';' (a spreadsheet in Spanish) or ',' (chosen by which one the header has more of,
 * outside quotes), fields in double quotes holding separators, doubled quotes and line breaks, and
 * CRLF, LF or CR line ends. Each record keeps the line of the file it starts on (the header is line
 * 1), so that an error names the line a person sees in an editor. Blank lines are skipped.
 */
public final class LectorCsv {

  /** A record: the file's line it starts on and its fields as written (unquoted). */
  public record Fila(int linea, List<String> campos) {}

  /** The header, the records after it and the separator found. */
  public record Contenido(char separador, Fila cabecera, List<Fila> filas) {}

  private LectorCsv() {}

  /** Reads the whole file; a file that is not UTF-8, empty or with an open quote is refused. */
  public static Contenido leer(byte[] bytes) {
    String texto = utf8(bytes);
    if (!texto.isEmpty() && texto.charAt(0) == '\uFEFF') {
      texto = texto.substring(1);
    }
    char separador = separador(texto);
    List<Fila> filas = filas(texto, separador);
    if (filas.isEmpty()) {
      throw new DatosInvalidosException(
          "archivo", "El archivo está vacío: la primera línea debe ser la cabecera.");
    }
    return new Contenido(separador, filas.get(0), filas.subList(1, filas.size()));
  }

  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DatosInvalidosException(
          "archivo",
          "El archivo no está en UTF-8: guárdelo como «CSV UTF-8 (delimitado por comas)» en la"
              + " hoja de cálculo e inténtelo de nuevo.");
    }
  }

  /** ';' when the header has at least as many of them as of ',' outside quotes, else ','. */
  static char separador(String texto) {
    int puntoYComa = 0;
    int coma = 0;
    boolean entreComillas = false;
    for (int i = 0; i < texto.length(); i++) {
      char c = texto.charAt(i);
      if (c == '"') {
        entreComillas = !entreComillas;
      } else if (!entreComillas && (c == '\n' || c == '\r')) {
        break;
      } else if (!entreComillas && c == ';') {
        puntoYComa++;
      } else if (!entreComillas && c == ',') {
        coma++;
      }
    }
    return puntoYComa >= coma && puntoYComa > 0 ? ';' : ',';
  }

  static List<Fila> filas(String texto, char separador) {
    List<Fila> filas = new ArrayList<>();
    List<String> campos = new ArrayList<>();
    StringBuilder campo = new StringBuilder();
    int linea = 1;
    int inicio = 1;
    int inicioComillas = 0;
    boolean entreComillas = false;
    boolean vacia = true; // nothing read yet on this record
    int n = texto.length();
    for (int i = 0; i < n; i++) {
      char c = texto.charAt(i);
      if (entreComillas) {
        if (c == '"') {
          if (i + 1 < n && texto.charAt(i + 1) == '"') {
            campo.append('"');
            i++;
          } else {
            entreComillas = false;
          }
        } else {
          if (c == '\n' || (c == '\r' && !(i + 1 < n && texto.charAt(i + 1) == '\n'))) {
            linea++;
          }
          campo.append(c);
        }
        continue;
      }
      if (c == '"' && campo.isEmpty()) {
        entreComillas = true;
        inicioComillas = linea;
        vacia = false;
      } else if (c == separador) {
        campos.add(campo.toString());
        campo.setLength(0);
        vacia = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && texto.charAt(i + 1) == '\n') {
          i++;
        }
        if (!vacia) {
          campos.add(campo.toString());
          filas.add(new Fila(inicio, List.copyOf(campos)));
        }
        campos.clear();
        campo.setLength(0);
        vacia = true;
        linea++;
        inicio = linea;
      } else {
        // a quote inside an unquoted field is kept as written (lenient, as spreadsheets write)
        campo.append(c);
        vacia = false;
      }
    }
    if (entreComillas) {
      throw new DatosInvalidosException(
          "archivo",
          "Hay comillas sin cerrar: el campo que empieza en la línea "
              + inicioComillas
              + " no termina. Revise las comillas dobles de esa línea.");
    }
    if (!vacia) {
      campos.add(campo.toString());
      filas.add(new Fila(inicio, List.copyOf(campos)));
    }
    return filas;
  }
}
