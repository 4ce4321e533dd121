package pe.gob.minem.tramite.application.equipo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import pe.gob.minem.tramite.application.equipo.LecturaDeInventario.Columna;
import pe.gob.minem.tramite.application.equipo.LecturaDeInventario.Padron;
import pe.gob.minem.tramite.domain.model.equipo.DatosDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** One row of an import checked column by column: every problem of it, not only the first. */
final class LecturaDeFila {

  record Resultado(DatosDeEquipo datos, List<ErrorDeFila> errores) {}

  private final LectorCsv.Fila fila;
  private final Map<Columna, Integer> columnas;
  private final Padron padron;
  private final Map<String, Integer> codigosVistos;
  private final List<ErrorDeFila> errores = new ArrayList<>();

  LecturaDeFila(
      LectorCsv.Fila fila,
      Map<Columna, Integer> columnas,
      Padron padron,
      Map<String, Integer> codigosVistos) {
    this.fila = fila;
    this.columnas = columnas;
    this.padron = padron;
    this.codigosVistos = codigosVistos;
  }

  Resultado leer() {
    String codigo =
        campo(
            Columna.CODIGO_PATRIMONIAL,
            () -> DatosDeEquipo.codigo(valor(Columna.CODIGO_PATRIMONIAL)));
    if (codigo != null) {
      Integer antes = codigosVistos.putIfAbsent(codigo, fila.linea());
      if (antes != null) {
        error(
            Columna.CODIGO_PATRIMONIAL,
            "El código patrimonial " + codigo + " ya está en la línea " + antes + " del archivo.");
      }
    }
    TipoDeEquipo tipo = campo(Columna.TIPO, () -> LecturaDeInventario.tipo(valor(Columna.TIPO)));
    String marca = texto(Columna.MARCA, "La marca", DatosDeEquipo.LARGO_MARCA, true);
    String modelo = texto(Columna.MODELO, "El modelo", DatosDeEquipo.LARGO_MODELO, false);
    String serie = texto(Columna.SERIE, "La serie", DatosDeEquipo.LARGO_SERIE, false);
    String usuario = campo(Columna.USUARIO, () -> DatosDeEquipo.usuario(valor(Columna.USUARIO)));
    boolean usuarioValido = true;
    if (usuario != null && !padron.existeUsuario(usuario)) {
      error(Columna.USUARIO, "No existe el usuario «" + usuario + "» en el portal.");
      usuarioValido = false;
    }
    String unidad = campo(Columna.UNIDAD, () -> DatosDeEquipo.unidad(valor(Columna.UNIDAD)));
    if (unidad != null && !padron.existeUnidad(unidad)) {
      error(Columna.UNIDAD, "No existe la unidad orgánica «" + unidad + "».");
    } else if (unidad == null && usuario != null && usuarioValido) {
      unidad = padron.unidadDe(usuario);
    }
    String ubicacion =
        texto(Columna.UBICACION, "La ubicación", DatosDeEquipo.LARGO_UBICACION, false);
    var garantia =
        campo(
            Columna.GARANTIA_HASTA, () -> LecturaDeInventario.fecha(valor(Columna.GARANTIA_HASTA)));
    EstadoDeEquipo estado =
        campo(Columna.ESTADO, () -> LecturaDeInventario.estado(valor(Columna.ESTADO)));
    if (!errores.isEmpty()) {
      return new Resultado(null, errores);
    }
    try {
      return new Resultado(
          new DatosDeEquipo(
              codigo, tipo, marca, modelo, serie, usuario, unidad, ubicacion, garantia, estado),
          errores);
    } catch (DatosInvalidosException e) {
      errores.add(new ErrorDeFila(fila.linea(), e.getCampo(), e.getMessage()));
      return new Resultado(null, errores);
    }
  }

  private String valor(Columna c) {
    Integer i = columnas.get(c);
    return i == null ? null : fila.campos().get(i);
  }

  private String texto(Columna c, String nombre, int largo, boolean requerido) {
    return campo(c, () -> DatosDeEquipo.texto(c.nombre(), nombre, valor(c), largo, requerido));
  }

  private <T> T campo(Columna c, Supplier<T> lectura) {
    try {
      return lectura.get();
    } catch (DatosInvalidosException e) {
      error(c, e.getMessage());
      return null;
    }
  }

  private void error(Columna c, String motivo) {
    errores.add(new ErrorDeFila(fila.linea(), c.nombre(), motivo));
  }
}
