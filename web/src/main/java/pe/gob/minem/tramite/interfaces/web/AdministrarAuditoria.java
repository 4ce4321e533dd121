package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import pe.gob.minem.tramite.application.auditoria.ConsultaDeAuditoria;
import pe.gob.minem.tramite.application.auditoria.RegistroVista;
import pe.gob.minem.tramite.application.auditoria.Verificacion;
import pe.gob.minem.tramite.application.auditoria.VerificacionDeAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.FiltroAuditoria;

/** The administrator's audit viewer: filters, the rows, the chain's verification and the CSV. */
@Named
@ViewScoped
public class AdministrarAuditoria implements Serializable {

  private static final int FILAS = 100;

  @Inject ConsultaDeAuditoria consulta;
  @Inject VerificacionDeAuditoria verificacion;

  private String usuario;
  private String evento;
  private String objeto;
  private String desde;
  private String hasta;
  private int pagina;
  private long total;
  private List<RegistroVista> registros = List.of();
  private Verificacion resultado;

  public void buscar() {
    pagina = 0;
    cargar();
  }

  public void cargar() {
    try {
      FiltroAuditoria f = filtro();
      if (f == null) {
        return;
      }
      var p = consulta.buscar(f, pagina, FILAS);
      registros = p.items();
      total = p.total();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void siguiente() {
    if ((long) (pagina + 1) * FILAS < total) {
      pagina++;
      cargar();
    }
  }

  public void anterior() {
    if (pagina > 0) {
      pagina--;
      cargar();
    }
  }

  public void verificar() {
    try {
      resultado = verificacion.verificar();
      if (resultado.intacta()) {
        Mensajes.exito(texto("auditoria.intacta", resultado.revisados()));
      } else {
        Mensajes.error(texto("auditoria.alterada", resultado.rotos().size()));
      }
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** The CSV of the filtered rows, as a download. */
  public void descargarCsv() {
    FacesContext fc = FacesContext.getCurrentInstance();
    try {
      FiltroAuditoria f = filtro();
      if (f == null) {
        return;
      }
      var salida = new java.io.StringWriter();
      consulta.exportarCsv(f, salida);
      var ec = fc.getExternalContext();
      ec.responseReset();
      ec.setResponseContentType("text/csv;charset=UTF-8");
      ec.setResponseHeader("Content-Disposition", "attachment; filename=\"auditoria.csv\"");
      try (var w = new OutputStreamWriter(ec.getResponseOutputStream(), StandardCharsets.UTF_8)) {
        w.write('\ufeff');
        w.write(salida.toString());
      }
      fc.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  private FiltroAuditoria filtro() {
    try {
      return ConsultaDeAuditoria.filtro(usuario, evento, objeto, dia(desde), dia(hasta));
    } catch (DateTimeParseException e) {
      Mensajes.error(texto("auditoria.fechaInvalida"));
      return null;
    }
  }

  private static LocalDate dia(String texto) {
    return texto == null || texto.isBlank() ? null : LocalDate.parse(texto.strip());
  }

  private static String texto(String clave, Object... valores) {
    FacesContext fc = FacesContext.getCurrentInstance();
    return MessageFormat.format(
        fc.getApplication().getResourceBundle(fc, "msg").getString(clave), valores);
  }

  public List<RegistroVista> getRegistros() {
    return registros;
  }

  public long getTotal() {
    return total;
  }

  public int getPagina() {
    return pagina + 1;
  }

  public long getPaginas() {
    return Math.max(1, (total + FILAS - 1) / FILAS);
  }

  public Verificacion getResultado() {
    return resultado;
  }

  public String getUsuario() {
    return usuario;
  }

  public void setUsuario(String usuario) {
    this.usuario = usuario;
  }

  public String getEvento() {
    return evento;
  }

  public void setEvento(String evento) {
    this.evento = evento;
  }

  public String getObjeto() {
    return objeto;
  }

  public void setObjeto(String objeto) {
    this.objeto = objeto;
  }

  public String getDesde() {
    return desde;
  }

  public void setDesde(String desde) {
    this.desde = desde;
  }

  public String getHasta() {
    return hasta;
  }

  public void setHasta(String hasta) {
    this.hasta = hasta;
  }
}
