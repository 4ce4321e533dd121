package pe.gob.minem.tramite.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pe.gob.minem.tramite.application.ConsultaExpedientes;
import pe.gob.minem.tramite.application.ConsultaExpedientes.Constancia;

/** The public verification page: anyone can check a code printed on a cargo de recepción. */
@Named
@RequestScoped
public class Verificar {

  @Inject ConsultaExpedientes consulta;

  private String codigo;
  private Constancia constancia;
  private boolean buscado;

  public void buscar() {
    buscado = codigo != null && !codigo.isBlank();
    constancia = buscado ? consulta.verificar(codigo).orElse(null) : null;
  }

  public String getCodigo() {
    return codigo;
  }

  public void setCodigo(String codigo) {
    this.codigo = codigo;
  }

  public Constancia getConstancia() {
    return constancia;
  }

  public boolean isBuscado() {
    return buscado;
  }
}
