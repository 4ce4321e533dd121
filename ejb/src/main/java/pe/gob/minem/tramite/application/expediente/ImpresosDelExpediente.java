package pe.gob.minem.tramite.application.expediente;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.infrastructure.pdf.CargoDeRecepcionPdf;
import pe.gob.minem.tramite.infrastructure.pdf.HojaDeRutaPdf;

/**
 * The expediente's printable documents, as PDF: its hoja de ruta and its cargo de recepción. Only
 * for an expediente the caller may see; dates are written in Lima time.
 */
@Stateless
public class ImpresosDelExpediente {

  @Inject ConsultaExpedientes consulta;

  @Inject
  @ConfigProperty(name = "tramite.url-publica", defaultValue = "http://localhost:8080")
  String urlPublica;

  /** A PDF and the name it is served with. */
  public record Impreso(String nombre, byte[] pdf) {}

  /** The hoja de ruta: every movement and action, in order, printed now. */
  public Impreso hojaDeRuta(String numero) {
    Expediente e = consulta.visible(numero);
    var vista = ExpedienteVista.de(e, Reloj.hoy());
    var movimientos = e.getMovimientos().stream().map(MovimientoVista::de).toList();
    return new Impreso(
        "hoja-de-ruta-" + vista.numero() + ".pdf",
        HojaDeRutaPdf.generar(hoja(vista, movimientos, Instant.now())));
  }

  /** The cargo de recepción, with the verification code and its QR. */
  public Impreso cargoDeRecepcion(String numero) {
    var vista = ExpedienteVista.de(consulta.visible(numero), Reloj.hoy());
    return new Impreso(
        "cargo-" + vista.numero() + ".pdf",
        CargoDeRecepcionPdf.generar(cargo(vista, urlVerificacion(vista.codigoVerificacion()))));
  }

  static HojaDeRutaPdf.Hoja hoja(
      ExpedienteVista e, List<MovimientoVista> movimientos, Instant emitida) {
    return new HojaDeRutaPdf.Hoja(
        e.numero(),
        e.asunto(),
        pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente.valueOf(e.estado())
            .etiqueta(),
        e.unidadActual(),
        e.codigoVerificacion(),
        Reloj.formatear(emitida),
        movimientos.stream()
            .map(
                m ->
                    new HojaDeRutaPdf.Fila(
                        m.secuencia(),
                        Reloj.formatear(m.fecha()),
                        m.actividad(),
                        m.descripcion(),
                        m.persona(),
                        m.cargo(),
                        m.unidad(),
                        m.destino(),
                        m.instruccion(),
                        m.duracionSegundos() == null ? null : Reloj.duracion(m.duracionSegundos())))
            .toList());
  }

  static CargoDeRecepcionPdf.Cargo cargo(ExpedienteVista e, String urlVerificacion) {
    return new CargoDeRecepcionPdf.Cargo(
        e.numero(),
        Reloj.formatear(e.fechaRegistro()),
        e.asunto(),
        e.remitente().esUnidad() ? e.remitente().descripcion() : e.remitente().nombre(),
        e.remitente().tipoDocumento(),
        e.remitente().numeroDocumento(),
        pe.gob.minem.tramite.domain.model.expediente.TipoDocumento.valueOf(e.tipoDocumento())
            .etiqueta(),
        e.numeroDocumento(),
        e.folios(),
        e.archivos().size(),
        e.registradoPor(),
        e.codigoVerificacion(),
        urlVerificacion);
  }

  /** The public page the cargo's QR opens. */
  String urlVerificacion(String codigo) {
    return urlPublica.replaceAll("/+$", "") + "/verificar.xhtml?codigo=" + codigo;
  }
}
