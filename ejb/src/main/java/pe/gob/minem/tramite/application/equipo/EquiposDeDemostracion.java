package pe.gob.minem.tramite.application.equipo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import pe.gob.minem.tramite.domain.model.equipo.DatosDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.Equipo;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.EventoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEventoDeEquipo;

/**
 * A dozen demo items (ADR 0030), seeded with the demo organisation in its transaction: equipment of
 * demo people with warranties still valid in December 2026 and expired ones, a server and a switch
 * in the OTI's data centre, one being repaired. The tests use the códigos below.
 */
public final class EquiposDeDemostracion {

  public static final String LAPTOP_USUARIO_AREA = "740899500101";
  public static final String SERVIDOR_OTI = "740880370020";
  public static final String SWITCH_OTI = "740845000031";

  private static final String REGISTRADO_POR = "operador.oti";

  private final EntityManager em;

  public EquiposDeDemostracion(EntityManager em) {
    this.em = em;
  }

  public void sembrar() {
    Instant ahora = Instant.now();
    equipo(
        ahora,
        LAPTOP_USUARIO_AREA,
        TipoDeEquipo.LAPTOP,
        "Lenovo",
        "ThinkPad E14 Gen 5",
        "PF4KX2A1",
        "usuario.area",
        "Sede central, piso 4, DGH",
        LocalDate.of(2027, 6, 30),
        null);
    equipo(
        ahora,
        "740899500102",
        TipoDeEquipo.MONITOR,
        "LG",
        "24MK430H",
        "104NTKF2J881",
        "usuario.area",
        "Sede central, piso 4, DGH",
        LocalDate.of(2025, 3, 31),
        null);
    equipo(
        ahora,
        "740880500201",
        TipoDeEquipo.COMPUTADORA_DE_ESCRITORIO,
        "HP",
        "ProDesk 400 G9",
        "MXL2391K7Q",
        "analista.dgm",
        "Sede central, piso 6, DGM",
        LocalDate.of(2027, 12, 31),
        null);
    equipo(
        ahora,
        "740880500202",
        TipoDeEquipo.IMPRESORA,
        "Epson",
        "EcoTank L6270",
        "X5NR004512",
        "analista.dgm",
        "Sede central, piso 6, DGM",
        LocalDate.of(2024, 8, 15),
        null);
    equipo(
        ahora,
        "740880500301",
        TipoDeEquipo.COMPUTADORA_DE_ESCRITORIO,
        "Dell",
        "OptiPlex 7010",
        "7HQ4J73",
        "secretaria.oga",
        "Sede central, piso 2, OGA",
        LocalDate.of(2026, 12, 31),
        null);
    equipo(
        ahora,
        "740880500302",
        TipoDeEquipo.MULTIFUNCIONAL,
        "Ricoh",
        "IM 430F",
        "3100R452210",
        "secretaria.oga",
        "Sede central, piso 2, OGA, pasillo",
        LocalDate.of(2025, 1, 31),
        null);
    equipo(
        ahora,
        "740899500401",
        TipoDeEquipo.LAPTOP,
        "Dell",
        "Latitude 5440",
        "3ZK9W34",
        "operador.oti",
        "Sede central, piso 3, OTI, mesa de ayuda",
        LocalDate.of(2028, 2, 29),
        null);
    equipo(
        ahora,
        "740899500402",
        TipoDeEquipo.TELEFONO_IP,
        "Yealink",
        "T43U",
        "8010120400123",
        "operador.oti",
        "Sede central, piso 3, OTI, mesa de ayuda",
        null,
        null);
    equipo(
        ahora,
        "740899500501",
        TipoDeEquipo.LAPTOP,
        "HP",
        "ProBook 450 G8",
        "5CD1234XYZ",
        "analista.oti",
        "Sede central, piso 3, OTI",
        LocalDate.of(2024, 11, 30),
        EstadoDeEquipo.EN_REPARACION);
    equipo(
        ahora,
        SERVIDOR_OTI,
        TipoDeEquipo.SERVIDOR,
        "Dell",
        "PowerEdge R750",
        "CN0RX8F2",
        null,
        "Sede central, sótano, centro de datos, rack 2",
        LocalDate.of(2027, 9, 30),
        null);
    equipo(
        ahora,
        SWITCH_OTI,
        TipoDeEquipo.EQUIPO_DE_RED,
        "Cisco",
        "Catalyst 9300-48P",
        "FOC2419X0AB",
        null,
        "Sede central, sótano, centro de datos, rack 1",
        LocalDate.of(2026, 3, 31),
        null);
    equipo(
        ahora,
        "740880500601",
        TipoDeEquipo.PROYECTOR,
        "Epson",
        "PowerLite E20",
        "X4HK2200871",
        null,
        "Sede central, piso 5, sala de reuniones",
        LocalDate.of(2026, 12, 15),
        null);
  }

  private void equipo(
      Instant ahora,
      String codigo,
      TipoDeEquipo tipo,
      String marca,
      String modelo,
      String serie,
      String usuario,
      String ubicacion,
      LocalDate garantia,
      EstadoDeEquipo estado) {
    String unidad = usuario == null ? "OTI" : null;
    if (usuario != null) {
      unidad =
          switch (usuario) {
            case "usuario.area" -> "DGH";
            case "analista.dgm" -> "DGM";
            case "secretaria.oga" -> "OGA";
            default -> "OTI";
          };
    }
    var e =
        new Equipo(
            new DatosDeEquipo(
                codigo, tipo, marca, modelo, serie, usuario, unidad, ubicacion, garantia, estado),
            ahora);
    em.persist(e);
    em.persist(
        new EventoDeEquipo(
            e,
            ahora,
            TipoDeEventoDeEquipo.REGISTRO,
            InventarioDeEquipos.descripcionDeRegistro(e),
            null,
            REGISTRADO_POR));
    if (estado == EstadoDeEquipo.EN_REPARACION) {
      em.persist(
          new EventoDeEquipo(
              e,
              ahora,
              TipoDeEventoDeEquipo.MANTENIMIENTO_CORRECTIVO,
              "Estado: Operativo → En reparación. La batería no carga; se envió al proveedor.",
              null,
              REGISTRADO_POR));
    }
  }
}
