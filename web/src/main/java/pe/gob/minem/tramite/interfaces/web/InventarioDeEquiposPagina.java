package pe.gob.minem.tramite.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import pe.gob.minem.tramite.application.equipo.CriteriosDeEquipo;
import pe.gob.minem.tramite.application.equipo.ImportacionDeEquipos;
import pe.gob.minem.tramite.application.equipo.InformeDeImportacion;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos.DetalleDeEquipo;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos.EquipoVista;
import pe.gob.minem.tramite.application.equipo.LecturaDeInventario;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.equipo.DatosDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;

/**
 * The page of the equipment inventory (ADR 0030): search and results, an item with its history, the
 * OTI's form to register or edit one, and the CSV import with its per-row report.
 */
@Named("equipos")
@ViewScoped
public class InventarioDeEquiposPagina implements Serializable {

  private static final int TAMANO = 20;

  @Inject InventarioDeEquipos inventario;
  @Inject ImportacionDeEquipos importacion;
  @Inject PersonaActual personaActual;

  private boolean editor;

  // search
  private String q;
  private String tipo;
  private String unidad;
  private String estado;
  private String garantia;
  private int pagina;
  private long total;
  private List<EquipoVista> resultados = List.of();

  // detail and form
  private DetalleDeEquipo detalle;
  private boolean nuevo = true;
  private Long version;
  private String codigoPatrimonial;
  private String formTipo = TipoDeEquipo.COMPUTADORA_DE_ESCRITORIO.name();
  private String marca;
  private String modelo;
  private String serie;
  private String usuarioAsignado;
  private String formUnidad;
  private String ubicacion;
  private String garantiaHasta;
  private String formEstado = EstadoDeEquipo.OPERATIVO.name();

  // import
  private transient UploadedFile archivo;
  private InformeDeImportacion informe;

  @PostConstruct
  void cargar() {
    try {
      editor = InventarioDeEquipos.puedeEditar(personaActual.persona());
      buscar();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void buscar() {
    pagina = 0;
    consultar();
  }

  public void siguiente() {
    if ((long) (pagina + 1) * TAMANO < total) {
      pagina++;
    }
    consultar();
  }

  public void anterior() {
    pagina = Math.max(0, pagina - 1);
    consultar();
  }

  private void consultar() {
    try {
      var p =
          inventario.buscar(
              CriteriosDeEquipo.de(q, tipo, unidad, estado, garantia, null, pagina, TAMANO, null),
              personaActual.persona());
      var hoy = inventario.hoy();
      resultados = p.items().stream().map(e -> EquipoVista.de(e, hoy)).toList();
      total = p.total();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void ver(String codigo) {
    try {
      detalle = inventario.ver(codigo, personaActual.persona());
      var e = detalle.equipo();
      nuevo = false;
      version = e.version();
      codigoPatrimonial = e.codigoPatrimonial();
      formTipo = e.tipo();
      marca = e.marca();
      modelo = e.modelo();
      serie = e.serie();
      usuarioAsignado = e.usuarioAsignado();
      formUnidad = e.unidad();
      ubicacion = e.ubicacion();
      garantiaHasta = e.garantiaHasta() == null ? null : portalDia(e.garantiaHasta());
      formEstado = e.estado();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void nuevoEquipo() {
    detalle = null;
    nuevo = true;
    version = null;
    codigoPatrimonial = null;
    marca = null;
    modelo = null;
    serie = null;
    usuarioAsignado = null;
    formUnidad = null;
    ubicacion = null;
    garantiaHasta = null;
    formEstado = EstadoDeEquipo.OPERATIVO.name();
  }

  public void guardar() {
    try {
      var datos =
          new DatosDeEquipo(
              codigoPatrimonial,
              LecturaDeInventario.tipo(formTipo),
              marca,
              modelo,
              serie,
              usuarioAsignado,
              formUnidad,
              ubicacion,
              LecturaDeInventario.fecha(garantiaHasta),
              LecturaDeInventario.estado(formEstado));
      var p = personaActual.persona();
      var e =
          nuevo
              ? inventario.registrar(datos, p)
              : inventario.actualizar(codigoPatrimonial, datos, version, p);
      Mensajes.exito("Equipo guardado: " + e.getCodigoPatrimonial() + ".");
      ver(e.getCodigoPatrimonial());
      consultar();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void importar() {
    if (archivo == null || archivo.getFileName() == null || archivo.getFileName().isBlank()) {
      Mensajes.error("Elija el archivo CSV del inventario.");
      return;
    }
    try {
      if (archivo.getSize() > importacion.tamanoMaximo()) {
        Mensajes.error(
            "El archivo pasa de " + importacion.tamanoMaximo() / (1024 * 1024) + " MB: divídalo.");
        return;
      }
      informe = importacion.importar(archivo.getContent(), personaActual.persona());
      Mensajes.exito(
          "Importación terminada: "
              + informe.importadas()
              + " equipos nuevos, "
              + informe.actualizadas()
              + " actualizados, "
              + informe.sinCambios()
              + " sin cambios y "
              + informe.errores().size()
              + " filas con errores.");
      buscar();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  private static String portalDia(java.time.LocalDate d) {
    return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /** "vigente" or "vencida" in words, beside the date (not only a colour). */
  public String textoDeGarantia(EquipoVista e) {
    if (e.garantiaHasta() == null) {
      return "Sin garantía registrada";
    }
    return portalDia(e.garantiaHasta()) + (e.enGarantia() ? " (vigente)" : " (vencida)");
  }

  public String rango() {
    if (total == 0) {
      return "Ningún equipo coincide con la búsqueda.";
    }
    long desde = (long) pagina * TAMANO + 1;
    long hasta = Math.min(total, desde + resultados.size() - 1);
    return "Equipos " + desde + " a " + hasta + " de " + total + ".";
  }

  public boolean isHayAnterior() {
    return pagina > 0;
  }

  public boolean isHaySiguiente() {
    return (long) (pagina + 1) * TAMANO < total;
  }

  public TipoDeEquipo[] getTipos() {
    return TipoDeEquipo.values();
  }

  public EstadoDeEquipo[] getEstados() {
    return EstadoDeEquipo.values();
  }

  public boolean isEditor() {
    return editor;
  }

  public List<EquipoVista> getResultados() {
    return resultados;
  }

  public DetalleDeEquipo getDetalle() {
    return detalle;
  }

  public boolean isNuevo() {
    return nuevo;
  }

  public InformeDeImportacion getInforme() {
    return informe;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getTipo() {
    return tipo;
  }

  public void setTipo(String tipo) {
    this.tipo = tipo;
  }

  public String getUnidad() {
    return unidad;
  }

  public void setUnidad(String unidad) {
    this.unidad = unidad;
  }

  public String getEstado() {
    return estado;
  }

  public void setEstado(String estado) {
    this.estado = estado;
  }

  public String getGarantia() {
    return garantia;
  }

  public void setGarantia(String garantia) {
    this.garantia = garantia;
  }

  public String getCodigoPatrimonial() {
    return codigoPatrimonial;
  }

  public void setCodigoPatrimonial(String codigoPatrimonial) {
    this.codigoPatrimonial = codigoPatrimonial;
  }

  public String getFormTipo() {
    return formTipo;
  }

  public void setFormTipo(String formTipo) {
    this.formTipo = formTipo;
  }

  public String getMarca() {
    return marca;
  }

  public void setMarca(String marca) {
    this.marca = marca;
  }

  public String getModelo() {
    return modelo;
  }

  public void setModelo(String modelo) {
    this.modelo = modelo;
  }

  public String getSerie() {
    return serie;
  }

  public void setSerie(String serie) {
    this.serie = serie;
  }

  public String getUsuarioAsignado() {
    return usuarioAsignado;
  }

  public void setUsuarioAsignado(String usuarioAsignado) {
    this.usuarioAsignado = usuarioAsignado;
  }

  public String getFormUnidad() {
    return formUnidad;
  }

  public void setFormUnidad(String formUnidad) {
    this.formUnidad = formUnidad;
  }

  public String getUbicacion() {
    return ubicacion;
  }

  public void setUbicacion(String ubicacion) {
    this.ubicacion = ubicacion;
  }

  public String getGarantiaHasta() {
    return garantiaHasta;
  }

  public void setGarantiaHasta(String garantiaHasta) {
    this.garantiaHasta = garantiaHasta;
  }

  public String getFormEstado() {
    return formEstado;
  }

  public void setFormEstado(String formEstado) {
    this.formEstado = formEstado;
  }

  public UploadedFile getArchivo() {
    return archivo;
  }

  public void setArchivo(UploadedFile archivo) {
    this.archivo = archivo;
  }
}
