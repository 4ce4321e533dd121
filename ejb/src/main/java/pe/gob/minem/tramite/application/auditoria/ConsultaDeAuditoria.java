package pe.gob.minem.tramite.application.auditoria;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.Pagina;
import pe.gob.minem.tramite.domain.model.auditoria.FiltroAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoriaRepository;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** The administrator's audit viewer: rows by person, action, object and dates, and their CSV. */
@Stateless
public class ConsultaDeAuditoria {

  /** Most rows one CSV carries: a larger export is narrowed by dates. */
  public static final int MAXIMO_CSV = 100_000;

  private static final int PAGINA_CSV = 1000;
  private static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(Reloj.LIMA);

  @Inject RegistroAuditoriaRepository registros;
  @Inject Administradores administradores;
  @Inject Auditoria auditoria;

  /** Days are Lima days, both included. */
  public static FiltroAuditoria filtro(
      String usuario, String evento, String objeto, LocalDate desde, LocalDate hasta) {
    if (desde != null && hasta != null && hasta.isBefore(desde)) {
      throw new DatosInvalidosException("hasta", "La fecha final es anterior a la inicial.");
    }
    return new FiltroAuditoria(
        vacio(usuario),
        vacio(evento) == null ? null : evento.strip().toUpperCase(),
        vacio(objeto),
        desde == null ? null : desde.atStartOfDay(Reloj.LIMA).toInstant(),
        hasta == null ? null : hasta.plusDays(1).atStartOfDay(Reloj.LIMA).toInstant());
  }

  public Pagina<RegistroVista> buscar(FiltroAuditoria filtro, int pagina, int tamano) {
    administradores.exigir("consultar la auditoría");
    int t = Math.max(1, Math.min(tamano, 200));
    int p = Math.max(0, pagina);
    List<RegistroVista> filas =
        registros.buscar(filtro, p * t, t).stream().map(RegistroVista::de).toList();
    return new Pagina<>(filas, registros.contar(filtro), p, t);
  }

  /**
   * Writes the selected rows as CSV (RFC 4180, UTF-8, Lima time; a cell a spreadsheet would read as
   * a formula starts with an apostrophe) and audits the export.
   */
  public void exportarCsv(FiltroAuditoria filtro, Writer destino) {
    var admin = administradores.exigir("exportar la auditoría");
    long total = registros.contar(filtro);
    if (total > MAXIMO_CSV) {
      throw new DatosInvalidosException(
          "desde",
          "La selección tiene "
              + total
              + " registros; acote las fechas (máximo "
              + MAXIMO_CSV
              + " por archivo).");
    }
    auditoria.registrar(
        admin.getUsuario(), "AUDITORIA_EXPORTADA", "auditoria", total + " registro(s) en CSV");
    try {
      destino.write("secuencia,id,fecha,usuario,evento,objeto,detalle,hash\r\n");
      for (int desde = 0; desde < total; desde += PAGINA_CSV) {
        for (RegistroAuditoria r : registros.buscar(filtro, desde, PAGINA_CSV)) {
          destino.write(fila(RegistroVista.de(r)));
        }
      }
      destino.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fila(RegistroVista r) {
    return String.join(
            ",",
            celda(r.secuencia() == null ? "" : r.secuencia().toString()),
            celda(Long.toString(r.id())),
            celda(FECHA.format(r.fecha())),
            celda(r.usuario()),
            celda(r.evento()),
            celda(r.objeto()),
            celda(r.detalle()),
            celda(r.hash()))
        + "\r\n";
  }

  static String celda(String valor) {
    if (valor == null || valor.isEmpty()) {
      return "";
    }
    String v = "=+-@\t\r".indexOf(valor.charAt(0)) >= 0 ? "'" + valor : valor;
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  private static String vacio(String texto) {
    return texto == null || texto.isBlank() ? null : texto.strip();
  }
}
