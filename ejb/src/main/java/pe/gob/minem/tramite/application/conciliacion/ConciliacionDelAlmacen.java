package pe.gob.minem.tramite.application.conciliacion;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;

/**
 * The document store against the rows that refer to it: files no row refers to (those untouched for
 * {@code antiguedadMinima} go to quarantine, never deleted here), rows whose file is missing, and
 * files whose bytes no longer hash to their name. The files are listed <em>before</em> the rows are
 * read, so that a row committed meanwhile is seen; a file that looks orphaned but was reused since
 * the listing stays, because the store moves only files still untouched (ADR 0021).
 */
public class ConciliacionDelAlmacen {

  private final DocumentStore almacen;
  private final Duration antiguedadMinima;
  private final Duration permanenciaEnCuarentena;

  public ConciliacionDelAlmacen(
      DocumentStore almacen, Duration antiguedadMinima, Duration permanenciaEnCuarentena) {
    this.almacen = almacen;
    this.antiguedadMinima = antiguedadMinima;
    this.permanenciaEnCuarentena = permanenciaEnCuarentena;
  }

  /** What {@link #revisar} saw. */
  public record Revision(long archivos, long filas, List<Hallazgo> hallazgos) {}

  /** The store's files now; then {@code filas}, read after this call (see the class comment). */
  public List<DocumentStore.Entrada> listar() throws IOException {
    return almacen.recorrer();
  }

  public Revision revisar(
      List<DocumentStore.Entrada> archivos, Collection<ContenidoReferido> filas, Instant ahora)
      throws IOException {
    List<Hallazgo> hallazgos = new ArrayList<>();
    Map<String, List<ContenidoReferido>> porContenido = new HashMap<>();
    for (ContenidoReferido f : filas) {
      porContenido.computeIfAbsent(f.sha256(), k -> new ArrayList<>()).add(f);
    }
    Set<String> enElAlmacen = new HashSet<>();
    Instant limite = ahora.minus(antiguedadMinima);
    for (DocumentStore.Entrada e : archivos) {
      List<ContenidoReferido> suyas = e.sha256() == null ? null : porContenido.get(e.sha256());
      if (suyas == null) {
        hallazgos.add(huerfano(e, limite));
        continue;
      }
      String real;
      try {
        real = almacen.calcularSha256(e);
      } catch (NoSuchFileException desaparecido) {
        continue; // looked up again below, with the rows
      }
      enElAlmacen.add(e.sha256());
      if (!real.equals(e.sha256())) {
        hallazgos.add(
            Hallazgo.de(
                TipoDeHallazgo.CONTENIDO_ALTERADO,
                e.ruta(),
                "El contenido tiene SHA-256 " + real + "; lo usan " + nombres(suyas) + ".",
                null));
      }
    }
    for (var f : porContenido.entrySet()) {
      // a row committed after the listing may bring its file with it: look again before saying so
      if (!enElAlmacen.contains(f.getKey()) && !almacen.existe(f.getKey())) {
        hallazgos.add(
            Hallazgo.de(
                TipoDeHallazgo.FILA_SIN_ARCHIVO,
                f.getValue().get(0).expediente(),
                "Falta el contenido " + f.getKey() + " de " + nombres(f.getValue()) + ".",
                null));
      }
    }
    return new Revision(archivos.size(), filas.size(), hallazgos);
  }

  /** Deletes the quarantine days older than the period; returns the folders deleted. */
  public List<String> purgar(Instant ahora) throws IOException {
    return almacen.purgarCuarentena(ahora.minus(permanenciaEnCuarentena));
  }

  private Hallazgo huerfano(DocumentStore.Entrada e, Instant limite) throws IOException {
    String que =
        e.sha256() == null
            ? "Archivo que no es un contenido (p. ej. temporal de una escritura interrumpida)"
            : "Contenido que ninguna fila usa";
    String detalle =
        que + ", " + e.tamano() + " bytes, modificado el " + Reloj.formatear(e.modificado()) + ".";
    if (e.modificado().isAfter(limite)) {
      return Hallazgo.de(
          TipoDeHallazgo.ARCHIVO_RECIENTE_SIN_FILA,
          e.ruta(),
          detalle,
          "Se conserva: tiene menos de " + antiguedadMinima + "; se revisará en la próxima.");
    }
    Optional<String> destino = almacen.aCuarentena(e, limite);
    return destino
        .map(
            d ->
                Hallazgo.de(
                    TipoDeHallazgo.ARCHIVO_SIN_FILA, e.ruta(), detalle, "Movido a " + d + "."))
        .orElseGet(
            () ->
                Hallazgo.de(
                    TipoDeHallazgo.ARCHIVO_RECIENTE_SIN_FILA,
                    e.ruta(),
                    detalle,
                    "Se conserva: se volvió a usar o desapareció durante la revisión."));
  }

  private static String nombres(List<ContenidoReferido> filas) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < filas.size() && i < 3; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(filas.get(i).expediente())
          .append(" «")
          .append(filas.get(i).descripcion())
          .append('»');
    }
    if (filas.size() > 3) {
      sb.append(" y ").append(filas.size() - 3).append(" más");
    }
    return sb.toString();
  }
}
