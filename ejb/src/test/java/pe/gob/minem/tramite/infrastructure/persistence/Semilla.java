package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/** Rows the repositories' tests need, persisted in the given persistence context. */
final class Semilla {

  static final Instant AHORA = Instant.parse("2026-11-26T15:00:00Z");

  private Semilla() {}

  static UnidadOrganica unidad(EntityManager em, String codigo, String nombre) {
    var u = new UnidadOrganica(codigo, nombre, false);
    em.persist(u);
    return u;
  }

  static Persona persona(
      EntityManager em, String usuario, String apellidos, UnidadOrganica unidad, Rol... roles) {
    var p = new Persona(usuario, "Nombre", apellidos, null, "x");
    int i = 0;
    for (Rol rol : roles) {
      var c = new Cargo(unidad, rol, rol.name() + " de " + unidad.getCodigo(), usuario + (i++));
      em.persist(c);
      p.asignarCargo(c);
    }
    em.persist(p);
    return p;
  }

  static Expediente expediente(EntityManager em, int correlativo, UnidadOrganica unidad) {
    var e = nuevoExpediente(correlativo, unidad);
    em.persist(e);
    return e;
  }

  /** Registered at the mesa de partes, not yet persisted. */
  static Expediente nuevoExpediente(int correlativo, UnidadOrganica unidad) {
    return new Expediente(
        new NumeroExpediente(2026, correlativo),
        new DatosDeRegistro(
            "Asunto " + correlativo,
            Origen.ADMINISTRADO,
            new Remitente("Juan Pérez", Remitente.TipoDocumentoIdentidad.DNI, "45871236"),
            TipoDocumento.SOLICITUD,
            "S/N",
            3,
            Prioridad.NORMAL,
            10),
        unidad,
        "secretaria.oga",
        AHORA,
        LocalDate.of(2026, 11, 26),
        String.format("EXP%09d", correlativo));
  }

  static Documento documento(
      EntityManager em,
      Expediente e,
      TipoDocumentoInterno tipo,
      Persona autor,
      UnidadOrganica unidad,
      String codigo,
      Instant creado,
      boolean conVersion) {
    var d = new Documento(e, tipo, "Documento " + codigo, autor, unidad, codigo, false, creado);
    if (conVersion) {
      d.nuevoContenido(
          codigo + ".pdf",
          "a".repeat(64),
          10,
          VersionDocumento.Origen.SUBIDO,
          "Versión inicial",
          autor.getUsuario(),
          creado);
    }
    em.persist(d);
    return d;
  }
}
