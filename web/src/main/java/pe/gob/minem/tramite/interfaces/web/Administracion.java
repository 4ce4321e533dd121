package pe.gob.minem.tramite.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.organizacion.OrganizacionService;
import pe.gob.minem.tramite.application.organizacion.PersonaVista;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.interfaces.seguridad.IdentidadesDelPortal;

/** The administration pages: units, cargos and persons. */
@Named
@ViewScoped
public class Administracion implements Serializable {

  @Inject OrganizacionService organizacion;
  @Inject IdentidadesDelPortal identidades;

  private List<UnidadOrganica> unidades;
  private List<Cargo> cargos;
  private List<PersonaVista> personas;

  // new unit
  private String unidadCodigo;
  private String unidadNombre;
  private boolean unidadAreaUsuaria;
  // new cargo
  private String cargoUnidad;
  private Rol cargoRol;
  private String cargoNombre;
  // new person
  private String personaUsuario;
  private String personaNombres;
  private String personaApellidos;
  private String personaDni;
  private String personaClave;
  // a reset: the temporary password, shown once
  private String usuarioRestablecido;
  private String claveTemporal;
  // assignment
  private String asignarUsuario;
  private String asignarCargo;
  // a unit's V°B° seal
  private String selloUnidad;
  private transient org.primefaces.model.file.UploadedFile selloArchivo;

  @PostConstruct
  void cargar() {
    unidades = organizacion.unidades();
    cargos = organizacion.cargos();
    personas = organizacion.personas();
  }

  public void guardarUnidad() {
    ejecutar(
        () -> organizacion.guardarUnidad(unidadCodigo, unidadNombre, unidadAreaUsuaria),
        "Unidad guardada.");
  }

  /** Uploads the chosen unit's V°B° seal (PNG or JPEG, checked by the service). */
  public void guardarSello() {
    if (selloArchivo == null || selloArchivo.getSize() == 0) {
      Mensajes.error("Elija la imagen del sello (PNG o JPEG).");
      return;
    }
    byte[] datos;
    try (var in = selloArchivo.getInputStream()) {
      datos =
          in.readNBytes(
              pe.gob.minem.tramite.domain.model.organizacion.ImagenDeSello.TAMANO_MAXIMO + 1);
    } catch (java.io.IOException e) {
      Mensajes.error("No se pudo leer la imagen enviada; inténtelo de nuevo.");
      return;
    }
    ejecutar(() -> organizacion.guardarSello(selloUnidad, datos), "Sello guardado.");
  }

  public void quitarSello() {
    ejecutar(() -> organizacion.quitarSello(selloUnidad), "Sello quitado.");
  }

  public boolean tieneSello(String codigo) {
    return organizacion.sello(codigo).isPresent();
  }

  public String getSelloUnidad() {
    return selloUnidad;
  }

  public void setSelloUnidad(String v) {
    selloUnidad = v;
  }

  public org.primefaces.model.file.UploadedFile getSelloArchivo() {
    return selloArchivo;
  }

  public void setSelloArchivo(org.primefaces.model.file.UploadedFile v) {
    selloArchivo = v;
  }

  public void crearCargo() {
    ejecutar(() -> organizacion.crearCargo(cargoUnidad, cargoRol, cargoNombre), "Cargo creado.");
  }

  public void crearPersona() {
    ejecutar(
        () ->
            organizacion.crearPersona(
                personaUsuario, personaNombres, personaApellidos, personaDni, personaClave),
        "Persona creada.");
    personaClave = null;
  }

  /** Resets a person's password to a generated temporary one, shown once on this page. */
  public void restablecerClave(String usuario) {
    ejecutar(
        () -> {
          claveTemporal = organizacion.restablecerClave(usuario, null);
          usuarioRestablecido = usuario;
        },
        "Contraseña restablecida.");
  }

  public String getClaveTemporal() {
    return claveTemporal;
  }

  public String getUsuarioRestablecido() {
    return usuarioRestablecido;
  }

  public void asignar() {
    ejecutar(() -> organizacion.asignarCargo(asignarUsuario, asignarCargo), "Cargo asignado.");
  }

  public void retirar(String usuario, String cargo) {
    ejecutar(() -> organizacion.retirarCargo(usuario, cargo), "Cargo retirado.");
  }

  public void alternarActiva(PersonaVista p) {
    ejecutar(
        () ->
            organizacion.actualizarPersona(
                p.usuario(),
                p.nombres(),
                p.apellidos(),
                p.dni(),
                p.correo(),
                !p.activa(),
                p.administrador()),
        p.activa() ? "Cuenta desactivada." : "Cuenta activada.");
  }

  private void ejecutar(Runnable accion, String exito) {
    claveTemporal = null; // shown once: the next action hides it (a reset sets it again)
    try {
      accion.run();
      identidades.olvidar();
      Mensajes.exito(exito);
      cargar();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public Rol[] getRoles() {
    return Rol.values();
  }

  public List<UnidadOrganica> getUnidades() {
    return unidades;
  }

  public List<Cargo> getCargos() {
    return cargos;
  }

  public List<PersonaVista> getPersonas() {
    return personas;
  }

  public String getUnidadCodigo() {
    return unidadCodigo;
  }

  public void setUnidadCodigo(String v) {
    unidadCodigo = v;
  }

  public String getUnidadNombre() {
    return unidadNombre;
  }

  public void setUnidadNombre(String v) {
    unidadNombre = v;
  }

  public boolean isUnidadAreaUsuaria() {
    return unidadAreaUsuaria;
  }

  public void setUnidadAreaUsuaria(boolean v) {
    unidadAreaUsuaria = v;
  }

  public String getCargoUnidad() {
    return cargoUnidad;
  }

  public void setCargoUnidad(String v) {
    cargoUnidad = v;
  }

  public Rol getCargoRol() {
    return cargoRol;
  }

  public void setCargoRol(Rol v) {
    cargoRol = v;
  }

  public String getCargoNombre() {
    return cargoNombre;
  }

  public void setCargoNombre(String v) {
    cargoNombre = v;
  }

  public String getPersonaUsuario() {
    return personaUsuario;
  }

  public void setPersonaUsuario(String v) {
    personaUsuario = v;
  }

  public String getPersonaNombres() {
    return personaNombres;
  }

  public void setPersonaNombres(String v) {
    personaNombres = v;
  }

  public String getPersonaApellidos() {
    return personaApellidos;
  }

  public void setPersonaApellidos(String v) {
    personaApellidos = v;
  }

  public String getPersonaDni() {
    return personaDni;
  }

  public void setPersonaDni(String v) {
    personaDni = v;
  }

  public String getPersonaClave() {
    return personaClave;
  }

  public void setPersonaClave(String v) {
    personaClave = v;
  }

  public String getAsignarUsuario() {
    return asignarUsuario;
  }

  public void setAsignarUsuario(String v) {
    asignarUsuario = v;
  }

  public String getAsignarCargo() {
    return asignarCargo;
  }

  public void setAsignarCargo(String v) {
    asignarCargo = v;
  }
}
