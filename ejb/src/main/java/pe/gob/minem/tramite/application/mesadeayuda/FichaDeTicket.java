package pe.gob.minem.tramite.application.mesadeayuda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.domain.model.mesadeayuda.Ticket;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Contenido;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Fila;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Seccion;

/**
 * The expediente's document for a ticket: the request as it arrived (channel, requester, subject,
 * text), in a PDF/A the Operador de Mesa de Ayuda reads at act. 1 of P/OGA-TI-09.
 */
final class FichaDeTicket {

  private FichaDeTicket() {}

  static byte[] pdf(String numero, Ticket.Solicitud s, Instant ahora) {
    List<Fila> filas = new ArrayList<>();
    filas.add(new Fila("Ticket", numero));
    filas.add(new Fila("Canal", s.canal().etiqueta()));
    filas.add(new Fila("Solicitante", s.solicitanteNombre()));
    filas.add(new Fila("Correo del solicitante", s.solicitanteCorreo()));
    filas.add(new Fila("Usuario del portal", s.solicitanteUsuario()));
    filas.add(new Fila("Unidad", s.unidad()));
    filas.add(new Fila("Código patrimonial del equipo", s.codigoPatrimonial()));
    filas.add(new Fila("Recibida", Reloj.formatear(ahora)));
    List<Seccion> secciones = new ArrayList<>();
    secciones.add(Seccion.deFilas("1. Datos de la solicitud", filas));
    String cuerpo =
        s.descripcion() == null || s.descripcion().isBlank()
            ? "La solicitud no trae más detalle que su asunto."
            : s.descripcion();
    return PlantillaDocumento.generar(
        new Contenido(
            "SOLICITUD DE ATENCIÓN — MESA DE AYUDA",
            "Oficina de Tecnologías de la Información",
            null,
            "Lima, " + Reloj.formatear(ahora).substring(0, 10),
            null,
            null,
            s.asunto(),
            null,
            cuerpo,
            List.of(),
            secciones));
  }
}
