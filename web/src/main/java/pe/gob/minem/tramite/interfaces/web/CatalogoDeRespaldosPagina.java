package pe.gob.minem.tramite.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.copiaderespaldo.CatalogoDeRespaldos;
import pe.gob.minem.tramite.application.copiaderespaldo.CatalogoDeRespaldos.DetalleVista;
import pe.gob.minem.tramite.application.copiaderespaldo.CatalogoDeRespaldos.EntradaVista;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EntradaDeCatalogo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Frecuencia;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.MedioDeRespaldo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Programacion;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.TipoDeRespaldo;

/**
 * The OTI's page of the catálogo de respaldos (P/OGA-TI-06, ADR 0027): the entries, one edited or
 * added, deactivated or activated again, its history, and a new backup to program started.
 */
@Named("catalogoRespaldos")
@ViewScoped
public class CatalogoDeRespaldosPagina implements Serializable {

  @Inject CatalogoDeRespaldos catalogo;

  private List<EntradaVista> entradas = List.of();
  private DetalleVista detalle;
  private boolean editor;

  private Long id;
  private String servidor;
  private String informacion;
  private String tipo = TipoDeRespaldo.SERVIDOR.name();
  private String frecuencia = Frecuencia.DIARIA.name();
  private Integer dia;
  private String hora = "23:00";
  private Integer retencionDias = 30;
  private String medio = MedioDeRespaldo.DISCO.name();
  private String custodia = "Local externo de custodia";

  @PostConstruct
  void cargar() {
    try {
      entradas = catalogo.listar();
      editor = catalogo.puedoEditar();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void guardar() {
    try {
      var datos =
          new EntradaDeCatalogo.Datos(
              servidor,
              informacion,
              TipoDeRespaldo.valueOf(tipo),
              new Programacion(Frecuencia.valueOf(frecuencia), dia, Programacion.hora(hora)),
              retencionDias == null ? 0 : retencionDias,
              MedioDeRespaldo.valueOf(medio),
              custodia);
      var e = id == null ? catalogo.crear(datos) : catalogo.actualizar(id, datos);
      Mensajes.exito("Entrada guardada: " + e.servidor() + " — " + e.programacion() + ".");
      ver(e.id());
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    cargar();
  }

  public void ver(Long entrada) {
    try {
      detalle = catalogo.ver(entrada);
      var e = detalle.entrada();
      id = e.id();
      servidor = e.servidor();
      informacion = e.informacion();
      tipo = e.tipo();
      frecuencia = e.frecuencia();
      dia = e.dia();
      hora = e.hora();
      retencionDias = e.retencionDias();
      medio = e.medio();
      custodia = e.custodia();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void nueva() {
    id = null;
    detalle = null;
    servidor = null;
    informacion = null;
    dia = null;
  }

  public void desactivar(Long entrada) {
    try {
      catalogo.desactivar(entrada);
      Mensajes.exito("Entrada desactivada: no se programarán más copias.");
      ver(entrada);
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    cargar();
  }

  public void activar(Long entrada) {
    try {
      catalogo.activar(entrada);
      Mensajes.exito("Entrada activada: sus copias se programan desde ahora.");
      ver(entrada);
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    cargar();
  }

  public void iniciarNuevo() {
    try {
      String numero = catalogo.iniciarNuevo();
      Mensajes.exito(
          "Se inició P/OGA-TI-06 en el expediente "
              + numero
              + ": la actividad 1 está en su bandeja.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public String cambio(java.util.Map<String, String> antes, java.util.Map<String, String> despues) {
    if (antes == null) {
      return "—";
    }
    StringBuilder sb = new StringBuilder();
    for (var e : despues.entrySet()) {
      String previo = antes.get(e.getKey());
      if (!java.util.Objects.equals(previo, e.getValue())) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append(e.getKey()).append(": ").append(previo).append(" → ").append(e.getValue());
      }
    }
    return sb.length() == 0 ? "sin cambios" : sb.toString();
  }

  public TipoDeRespaldo[] getTipos() {
    return TipoDeRespaldo.values();
  }

  public Frecuencia[] getFrecuencias() {
    return Frecuencia.values();
  }

  public MedioDeRespaldo[] getMedios() {
    return MedioDeRespaldo.values();
  }

  public List<EntradaVista> getEntradas() {
    return entradas;
  }

  public DetalleVista getDetalle() {
    return detalle;
  }

  public boolean isEditor() {
    return editor;
  }

  public Long getId() {
    return id;
  }

  public String getServidor() {
    return servidor;
  }

  public void setServidor(String servidor) {
    this.servidor = servidor;
  }

  public String getInformacion() {
    return informacion;
  }

  public void setInformacion(String informacion) {
    this.informacion = informacion;
  }

  public String getTipo() {
    return tipo;
  }

  public void setTipo(String tipo) {
    this.tipo = tipo;
  }

  public String getFrecuencia() {
    return frecuencia;
  }

  public void setFrecuencia(String frecuencia) {
    this.frecuencia = frecuencia;
  }

  public Integer getDia() {
    return dia;
  }

  public void setDia(Integer dia) {
    this.dia = dia;
  }

  public String getHora() {
    return hora;
  }

  public void setHora(String hora) {
    this.hora = hora;
  }

  public Integer getRetencionDias() {
    return retencionDias;
  }

  public void setRetencionDias(Integer retencionDias) {
    this.retencionDias = retencionDias;
  }

  public String getMedio() {
    return medio;
  }

  public void setMedio(String medio) {
    this.medio = medio;
  }

  public String getCustodia() {
    return custodia;
  }

  public void setCustodia(String custodia) {
    this.custodia = custodia;
  }
}
