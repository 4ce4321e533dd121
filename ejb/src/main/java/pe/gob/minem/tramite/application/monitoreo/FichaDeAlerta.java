package pe.gob.minem.tramite.application.monitoreo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.monitoreo.FuentesDeMonitoreo.FuenteAutenticada;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Contenido;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Fila;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Seccion;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Tabla;

/**
 * The expediente's document for an alert: what fired, where, how severe, since when, and every
 * label and annotation (or Zabbix parameter) as the source sent them, in a PDF/A the analyst reads
 * in act. 1 of P/OGA-TI-08.
 */
final class FichaDeAlerta {

  private FichaDeAlerta() {}

  /** The expediente's asunto: what fired, where and how severe (at most 500 characters). */
  static String asunto(AlertaRecibida a) {
    String s =
        "Alerta de monitoreo: "
            + a.nombre()
            + (a.equipo() == null ? "" : " en " + a.equipo())
            + (a.severidad() == null ? "" : " (severidad " + a.severidad() + ")");
    return s.length() <= 500 ? s : s.substring(0, 499) + "…";
  }

  static byte[] pdf(FuenteAutenticada fuente, AlertaRecibida a, Instant ahora) {
    List<Fila> filas = new ArrayList<>();
    filas.add(new Fila("Alerta", a.nombre()));
    filas.add(new Fila("Severidad", a.severidad()));
    filas.add(new Fila("Equipo o instancia", a.equipo()));
    filas.add(new Fila("Resumen", a.resumen()));
    filas.add(new Fila("Fuente", fuente.codigo() + " (" + fuente.tipo().etiqueta() + ")"));
    filas.add(new Fila("Identificador en la fuente", a.huella()));
    filas.add(
        new Fila(
            "Inicio según la fuente", a.inicio() == null ? null : Reloj.formatear(a.inicio())));
    filas.add(new Fila("Recibida por el portal", Reloj.formatear(ahora)));
    filas.add(new Fila("Enlace", a.enlace()));
    List<List<String>> datos = new ArrayList<>();
    a.datos().forEach((k, v) -> datos.add(List.of(k, v)));
    List<Seccion> secciones = new ArrayList<>();
    secciones.add(Seccion.deFilas("1. Datos de la alerta", filas));
    if (!datos.isEmpty()) {
      secciones.add(
          Seccion.deTabla(
              "2. Datos enviados por la fuente", new Tabla(List.of("Dato", "Valor"), datos)));
    }
    return PlantillaDocumento.generar(
        new Contenido(
            "REPORTE DE ALERTA",
            "Oficina de Tecnologías de la Información",
            null,
            "Lima, " + Reloj.formatear(ahora).substring(0, 10),
            null,
            null,
            asunto(a),
            null,
            "El software de monitoreo "
                + fuente.tipo().etiqueta()
                + " notificó la alerta que se detalla. Con ella se inicia el procedimiento P/OGA-TI-08"
                + " Monitoreo de Servicios de Tecnologías de la Información: el Analista de Redes y"
                + " Comunicaciones la revisa (actividad 1).",
            List.of(),
            secciones));
  }
}
