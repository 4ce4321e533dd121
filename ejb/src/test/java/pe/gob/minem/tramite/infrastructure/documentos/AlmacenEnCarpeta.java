package pe.gob.minem.tramite.infrastructure.documentos;

import java.nio.file.Path;

/** The filesystem store on a test's own data directory, outside any container. */
public final class AlmacenEnCarpeta {

  private AlmacenEnCarpeta() {}

  public static FileSystemDocumentStore en(Path datos) {
    var almacen = new FileSystemDocumentStore();
    almacen.directorioDatos = datos.toString();
    almacen.preparar();
    return almacen;
  }
}
