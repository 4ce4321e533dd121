package pe.gob.minem.tramite.archivo;

import java.util.List;

/** Facet names, shared by the index, the portal's page and the REST API. */
public final class Facetas {
  public static final String ANIO = "anio";
  public static final String UNIDAD = "unidad";
  public static final String PROCEDIMIENTO = "procedimiento";
  public static final String TIPO = "tipo";
  public static final String ESTADO = "estado";
  public static final String FIRMADO = "firmado";
  public static final String ORIGEN = "origen";
  public static final String CLASE = "clase";

  /** All facets, in the order the page shows them. */
  public static final List<String> TODAS =
      List.of(ANIO, UNIDAD, PROCEDIMIENTO, TIPO, ESTADO, FIRMADO, ORIGEN, CLASE);

  private Facetas() {}
}
