package pe.gob.minem.tramite.application;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.ResultadoTarea;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.application.organizacion.Claves;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.CambioDeCatalogo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EntradaDeCatalogo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Frecuencia;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.MedioDeRespaldo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Programacion;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.TipoDeRespaldo;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/**
 * The demo organisation, its people and a handful of expedientes in different states. Seeded once,
 * only when {@code tramite.demo=true}, in one transaction (all or nothing).
 */
@Singleton
@Startup
@DependsOn("MotorDeProcesos")
public class DatosDeDemostracion {

  private static final Logger LOG = Logger.getLogger(DatosDeDemostracion.class.getName());

  /** The demo password of every demo login (documented in the README; demo mode only). */
  public static final String CLAVE_DEMO = "Tramite2026!";

  public static final String SECRETARIA_OGA = "secretaria.oga";
  public static final String DIRECTOR_OGA = "director.oga";
  public static final String LEGAL_OGA = "legal.oga";
  public static final String SECRETARIA_OTI = "secretaria.oti";
  public static final String DIRECTOR_OTI = "director.oti";
  public static final String ANALISTA_OTI = "analista.oti";
  public static final String ADMIN = "admin";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaRepository padron;
  @Inject pe.gob.minem.tramite.infrastructure.nodo.Turnos turnos;

  @Inject MesaDePartesService mesaDePartes;
  @Inject BandejaService bandeja;
  @Inject pe.gob.minem.tramite.application.procedimiento.ProcedimientosService procedimientos;
  @Inject pe.gob.minem.tramite.infrastructure.workflow.Flujos flujos;

  @Inject
  @ConfigProperty(name = "tramite.demo", defaultValue = "false")
  boolean demo;

  private final Map<String, UnidadOrganica> unidades = new HashMap<>();
  private final Map<String, Cargo> cargos = new HashMap<>();
  private final Map<String, Persona> personas = new HashMap<>();

  /**
   * The demo password's hash, derived once for all the demo accounts: its salt guards nothing (the
   * password is published) and each derivation costs a quarter of a second (ADR 0017).
   */
  private String hashDemo;

  @PostConstruct
  void sembrar() {
    if (!demo) {
      return;
    }
    // the instances of a group start together on an empty database: one seeds while the others
    // wait for its transaction, then find the data (ADR 0043)
    turnos.esperarYRetener("datos-de-demostracion");
    long existentes = padron.contar();
    if (existentes > 0) {
      return;
    }
    LOG.info("Modo demostración: sembrando organización, usuarios y expedientes de ejemplo");
    organizacion();
    personas();
    em.flush();
    catalogoDeRespaldos();
    new pe.gob.minem.tramite.application.equipo.EquiposDeDemostracion(em).sembrar();
    expedientes();
    LOG.info(
        "Datos de demostración listos (contraseña de todos los usuarios demo documentada en el README)");
  }

  private void organizacion() {
    unidad("ADAC", "Oficina de Administración Documentaria y Archivo Central", false);
    unidad("OGA", "Oficina General de Administración", false);
    unidad("OTI", "Oficina de Tecnologías de la Información", false);
    unidad("OAS", "Oficina de Abastecimiento y Servicios", false);
    unidad("DGM", "Dirección General de Minería", true);
    unidad("DGH", "Dirección General de Hidrocarburos", true);

    cargo("ADAC", Rol.SECRETARIA, "Secretaria de Mesa de Partes", null);
    cargo("OGA", Rol.SECRETARIA, "Secretaria de Administración", null);
    cargo("OGA", Rol.DIRECTOR, "Director General de Administración", null);
    cargo("OGA", Rol.ANALISTA_LEGAL, "Analista Legal de la OGA", null);
    cargo("OTI", Rol.DIRECTOR, "Director de Tecnologías de la Información", null);
    cargo("OTI", Rol.SECRETARIA, "Secretaria de Tecnologías de la Información", null);
    cargo("OTI", Rol.ANALISTA, "Analista de Desarrollo de Sistemas", "DESARROLLO");
    cargo("OTI", Rol.ANALISTA, "Analista de Administración de Base de Datos", "BD");
    cargo("OTI", Rol.ANALISTA, "Analista de Redes y Comunicaciones", "REDES");
    cargo(
        "OTI",
        Rol.ANALISTA,
        "Analista de Gestión Administrativa de Tecnologías de la Información",
        "GA");
    cargo("OTI", Rol.ANALISTA, "Analista de Pruebas de Software", "PRUEBAS");
    cargo("OTI", Rol.ANALISTA, "Analista de Sistemas de Información Geográfica", "SIG");
    cargo("OTI", Rol.COORDINADOR, "Coordinador de Desarrollo de Sistemas", "DESARROLLO");
    cargo("OTI", Rol.COORDINADOR, "Coordinador de Mesa de Ayuda", "MDA");
    cargo("OTI", Rol.ESPECIALISTA, "Especialista de Gestión de Proyectos", "PROYECTOS");
    cargo("OTI", Rol.ESPECIALISTA, "Especialista de Pruebas de Software", "PRUEBAS");
    cargo("OTI", Rol.ESPECIALISTA, "Especialista de Redes y Comunicaciones", "REDES");
    cargo("OTI", Rol.OPERADOR, "Operador de Mesa de Ayuda", "MDA");
    cargo("OTI", Rol.OPERADOR, "Operador de Soporte Técnico", "SOPORTE");
    cargo("OAS", Rol.DIRECTOR, "Director de Abastecimiento y Servicios", null);
    cargo("OAS", Rol.SECRETARIA, "Secretaria de Abastecimiento y Servicios", null);
    cargo("OAS", Rol.ANALISTA, "Analista de Contrataciones", null);
    for (String area : List.of("DGM", "DGH")) {
      cargo(area, Rol.DIRECTOR, "Director General", null);
      cargo(area, Rol.SECRETARIA, "Secretaria", null);
      cargo(area, Rol.REPRESENTANTE, "Representante de Área Usuaria", null);
      cargo(area, Rol.ANALISTA, "Analista de Gestión Administrativa", null);
      cargo(area, Rol.USUARIO, "Usuario (del equipo)", null);
    }
  }

  private void personas() {
    persona(SECRETARIA_OGA, "Rosa", "Quispe Huamán", "41234567", "OGA:SECRETARIA");
    persona(DIRECTOR_OGA, "Jorge", "Salazar Ríos", "07654321", "OGA:DIRECTOR");
    persona(LEGAL_OGA, "Carmen", "Vargas Paredes", "42345678", "OGA:ANALISTA_LEGAL");
    persona(SECRETARIA_OTI, "Lucía", "Mendoza Torres", "43456789", "OTI:SECRETARIA");
    persona(DIRECTOR_OTI, "Miguel", "Castillo León", "08765432", "OTI:DIRECTOR");
    persona(ANALISTA_OTI, "Andrea", "Flores Chávez", "44567890", "OTI:ANALISTA:DESARROLLO");
    persona(
        "coordinador.oti",
        "Luis",
        "Ramírez Soto",
        "45678901",
        "OTI:COORDINADOR:DESARROLLO",
        "OTI:ESPECIALISTA:PROYECTOS");
    // the cargos of P/OGA-TI-04 and 05 (pruebas, pase a producción) and the person of the Oficina
    // de Abastecimiento who records the Gestión de Adquisiciones' outcome
    persona(
        "especialista.pruebas", "Verónica", "Salas Medina", "45123678", "OTI:ESPECIALISTA:PRUEBAS");
    persona("analista.pruebas", "Raúl", "Tello Gamarra", "45234789", "OTI:ANALISTA:PRUEBAS");
    persona("especialista.redes", "Óscar", "Benites Lozano", "45345890", "OTI:ESPECIALISTA:REDES");
    // P/OGA-TI-06 and 08: the Analista de Redes y Comunicaciones makes and verifies the backups
    persona("analista.redes", "Javier", "Paredes Quispe", "45678123", "OTI:ANALISTA:REDES");
    persona("analista.oas", "Teresa", "Cáceres Loayza", "45456901", "OAS:ANALISTA");
    // P/OGA-TI-07: the database analyst and an Operador de Mesa de Ayuda of its own
    persona("analista.bd", "Milagros", "Ochoa Rengifo", "45789234", "OTI:ANALISTA:BD");
    persona("operador.mda", "Silvia", "Campos Ríos", "45890345", "OTI:OPERADOR:MDA");
    // P/OGA-TI-08 act. 18: the Analista de Gestión Administrativa requests the contracting
    persona("analista.ga", "Rosario", "Rojas Inga", "45901456", "OTI:ANALISTA:GA");
    // P/OGA-TI-10: the Coordinador de Mesa de Ayuda drafts the informes, the Operador de Soporte
    // Técnico repairs; P/OGA-TI-12: the Analista SIG
    persona("coordinador.mda", "Hugo", "Vilca Cornejo", "46012567", "OTI:COORDINADOR:MDA");
    persona("soporte.oti", "Marco", "Zegarra Pinedo", "46123678", "OTI:OPERADOR:SOPORTE");
    persona("analista.sig", "Carla", "Meza Valdivia", "46234789", "OTI:ANALISTA:SIG");
    persona(
        "operador.oti",
        "Diego",
        "Huanca Mamani",
        "46789012",
        "OTI:OPERADOR:MDA",
        "OTI:OPERADOR:SOPORTE");
    persona("mesadepartes", "Elena", "Campos Rojas", "47890123", "ADAC:SECRETARIA");
    persona("director.oas", "Ricardo", "Palacios Vega", "09876543", "OAS:DIRECTOR");
    persona("secretaria.dgm", "Patricia", "Guzmán Pinto", "48901234", "DGM:SECRETARIA");
    persona("director.dgm", "Fernando", "Aguilar Díaz", "06543210", "DGM:DIRECTOR");
    persona(
        "analista.dgm", "Sofía", "Ríos Cárdenas", "49012345", "DGM:ANALISTA", "DGM:REPRESENTANTE");
    // an área usuaria's person: in the archive she finds what is public and what passed through
    // her unit, nothing else (ADR 0011)
    persona("usuario.area", "Gabriela", "Núñez Herrera", "40123456", "DGH:USUARIO");
    var admin = persona(ADMIN, "Administrador", "del Portal", null);
    admin.nombrarAdministrador(true);
  }

  private void expedientes() {
    var secretaria = personas.get(SECRETARIA_OGA);
    // 1. just registered: waits in the Secretaria de Administración's bandeja (act. 1)
    registrar(
        secretaria,
        "Solicitud de acceso a la información pública sobre concesiones mineras",
        Origen.ADMINISTRADO,
        new Remitente("Juan Pérez García", Remitente.TipoDocumentoIdentidad.DNI, "45871236"),
        TipoDocumento.SOLICITUD,
        "S/N",
        4,
        Prioridad.NORMAL,
        10,
        Confidencialidad.CONFIDENCIAL);
    // 2. with the Director General (act. 2)
    var e2 =
        registrar(
            secretaria,
            "Requerimiento de implementación del sistema de gestión de expedientes mineros",
            Origen.ORGANO_MINISTERIO,
            new Remitente(
                "Dirección General de Minería",
                Remitente.TipoDocumentoIdentidad.RUC,
                "20131368829"),
            TipoDocumento.MEMORANDO,
            "MEMO-0451-2026-MINEM/DGM",
            12,
            Prioridad.URGENTE,
            15,
            Confidencialidad.PUBLICO);
    avanzar(e2, 1, null, null);
    // 3. derived to the OTI, waiting for its secretary (act. 4)
    var e3 =
        registrar(
            secretaria,
            "Solicitud de soporte para la restauración de la base de datos del SIGEM",
            Origen.ORGANO_MINISTERIO,
            new Remitente(
                "Dirección General de Hidrocarburos",
                Remitente.TipoDocumentoIdentidad.RUC,
                "20131368829"),
            TipoDocumento.OFICIO,
            "OF-0123-2026-MINEM/DGH",
            3,
            Prioridad.MUY_URGENTE,
            5,
            Confidencialidad.RESERVADO);
    avanzar(e3, 3, "OTI", null);
    // 4. with its responsable in the OTI
    var e4 =
        registrar(
            secretaria,
            "Propuesta de servicio de respaldo en la nube para servidores institucionales",
            Origen.ENTIDAD,
            new Remitente(
                "Nube Andina S.A.C.", Remitente.TipoDocumentoIdentidad.RUC, "20601234565"),
            TipoDocumento.CARTA,
            "CARTA-045-2026-NA",
            20,
            Prioridad.NORMAL,
            30,
            Confidencialidad.PUBLICO);
    avanzar(e4, 6, "OTI", ANALISTA_OTI);
    // 5. derived to an área usuaria, waiting for its director (act. 5)
    var e5 =
        registrar(
            secretaria,
            "Consulta sobre el estado del petitorio minero «Santa Rosa II»",
            Origen.ADMINISTRADO,
            new Remitente(
                "Minera Los Andes S.A.", Remitente.TipoDocumentoIdentidad.RUC, "20606543213"),
            TipoDocumento.SOLICITUD,
            "S/N",
            7,
            Prioridad.NORMAL,
            20,
            Confidencialidad.RESERVADO);
    avanzar(e5, 4, "DGM", null);
    // 6–8. one expediente waiting at the first activity of each OTI procedure (ADR 0026): a
    // project (P/OGA-TI-03, its derivation first), a system to develop for the DGM (P/OGA-TI-04,
    // with the Director de TI) and software to test (P/OGA-TI-05, with the Coordinador)
    var e6 =
        requerimientoDeLaDgm(
            "Proyecto de implementación de la mesa de ayuda de la OTI", "MEMO-0502-2026", 6, 30);
    procedimientos.iniciarComo(secretaria, e6, "P/OGA-TI-03", "DGM", null);
    var e7 =
        requerimientoDeLaDgm(
            "Requerimiento de desarrollo del sistema de fiscalización minera",
            "MEMO-0510-2026",
            9,
            30);
    procedimientos.iniciarComo(personas.get(DIRECTOR_OTI), e7, "P/OGA-TI-04", "DGM", null);
    var e8 =
        requerimientoDeLaDgm(
            "Pruebas del módulo de consulta de petitorios mineros", "MEMO-0515-2026", 4, 15);
    procedimientos.iniciarComo(personas.get(DIRECTOR_OTI), e8, "P/OGA-TI-05", "DGM", null);
  }

  /** A public memorando of the Dirección General de Minería, registered by the OGA's secretary. */
  private String requerimientoDeLaDgm(String asunto, String memo, int folios, int plazo) {
    return registrar(
        personas.get(SECRETARIA_OGA),
        asunto,
        Origen.ORGANO_MINISTERIO,
        new Remitente(
            "Dirección General de Minería", Remitente.TipoDocumentoIdentidad.RUC, "20131368829"),
        TipoDocumento.MEMORANDO,
        memo + "-MINEM/DGM",
        folios,
        Prioridad.NORMAL,
        plazo,
        Confidencialidad.PUBLICO);
  }

  private String registrar(
      Persona p,
      String asunto,
      Origen origen,
      Remitente remitente,
      TipoDocumento tipo,
      String numeroDocumento,
      int folios,
      Prioridad prioridad,
      int plazo,
      Confidencialidad nivel) {
    var datos =
        new DatosDeRegistro(
            asunto, origen, remitente, tipo, numeroDocumento, folios, prioridad, plazo, nivel);
    var pdf =
        new ArchivoRecibido(
            tipo.etiqueta().toLowerCase() + ".pdf",
            new ByteArrayInputStream(pdfDeEjemplo(asunto, remitente.getNombre())));
    return mesaDePartes.registrarComo(p, datos, List.of(pdf)).numero();
  }

  /** Three entries of the catálogo de respaldos (P/OGA-TI-06, ADR 0027), scheduled from now. */
  private void catalogoDeRespaldos() {
    var ahora = flujos.ahora();
    for (var d :
        List.of(
            new EntradaDeCatalogo.Datos(
                "srv-bd01 (PostgreSQL de producción)",
                "Bases de datos de los sistemas misionales",
                TipoDeRespaldo.BASE_DE_DATOS,
                new Programacion(Frecuencia.DIARIA, null, java.time.LocalTime.of(23, 0)),
                30,
                MedioDeRespaldo.DISCO,
                "Local externo de custodia"),
            new EntradaDeCatalogo.Datos(
                "srv-fs01 (servidor de archivos)",
                "Carpetas compartidas de las unidades",
                TipoDeRespaldo.SERVIDOR,
                new Programacion(Frecuencia.SEMANAL, 6, java.time.LocalTime.of(2, 0)),
                90,
                MedioDeRespaldo.CINTA,
                "Local externo de custodia"),
            new EntradaDeCatalogo.Datos(
                "srv-mail01 (correo institucional)",
                "Buzones y configuración del servidor de correo",
                TipoDeRespaldo.SERVIDOR,
                new Programacion(Frecuencia.MENSUAL, 1, java.time.LocalTime.of(1, 30)),
                365,
                MedioDeRespaldo.NUBE,
                "Nube institucional (región Lima)"))) {
      var e = new EntradaDeCatalogo(d, "especialista.redes", ahora);
      em.persist(e);
      em.flush();
      em.persist(
          new CambioDeCatalogo(
              e.getId(),
              ahora,
              "especialista.redes",
              "CREADA",
              null,
              e.resumen().entrySet().stream()
                  .map(x -> x.getKey() + "=" + x.getValue())
                  .collect(java.util.stream.Collectors.joining("\n")),
              null));
    }
  }

  /**
   * Completes the first {@code pasos} steps of the expediente's routing, each by a demo person who
   * holds the cargo the step waits for; a step that asks a unit gets {@code unidad}, one that asks
   * a responsable gets {@code responsable} (as their declarations say).
   */
  private void avanzar(String numero, int pasos, String unidad, String responsable) {
    for (int paso = 1; paso <= pasos; paso++) {
      var tarea =
          flujos.pendientesDelExpediente(numero).stream()
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("sin tarea para " + numero));
      Persona p =
          personas.values().stream()
              .filter(x -> tarea.grupos().stream().anyMatch(x::tieneGrupo))
              .sorted(java.util.Comparator.comparing(Persona::getUsuario))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("nadie tiene el cargo " + tarea.grupos()));
      var declarado = tarea.paso();
      Map<String, String> campos = new HashMap<>();
      declarado
          .campoDeTipo(pe.gob.minem.tramite.domain.model.paso.TipoDeCampo.UNIDAD)
          .ifPresent(c -> campos.put(c.nombre(), unidad));
      declarado
          .campoDeTipo(pe.gob.minem.tramite.domain.model.paso.TipoDeCampo.RESPONSABLE)
          .ifPresent(c -> campos.put(c.nombre(), responsable));
      bandeja.completarComo(
          p,
          tarea.id(),
          ResultadoTarea.de(
              campos, campos.containsKey("unidad") ? "Atender según corresponda." : null));
    }
  }

  private static byte[] pdfDeEjemplo(String asunto, String remitente) {
    var out = new ByteArrayOutputStream();
    try (var pdf = new PdfDocument(new PdfWriter(out));
        var doc = new Document(pdf)) {
      doc.add(new Paragraph("Lima, 2026").setFontSize(10));
      doc.add(new Paragraph("Señores\nMinisterio de Energía y Minas\nPresente.-"));
      doc.add(new Paragraph("Asunto: " + asunto));
      doc.add(
          new Paragraph(
              "Por medio de la presente me dirijo a ustedes para solicitar la atención"
                  + " del asunto indicado, adjuntando la documentación sustentatoria correspondiente."
                  + " (Documento de demostración — sin validez legal.)"));
      doc.add(new Paragraph("Atentamente,\n\n" + remitente));
    }
    return out.toByteArray();
  }

  private void unidad(String codigo, String nombre, boolean area) {
    var u = new UnidadOrganica(codigo, nombre, area);
    em.persist(u);
    unidades.put(codigo, u);
  }

  private void cargo(String unidad, Rol rol, String nombre, String sufijo) {
    var c = new Cargo(unidades.get(unidad), rol, nombre, sufijo);
    em.persist(c);
    cargos.put(c.getCodigo(), c);
  }

  private Persona persona(
      String usuario, String nombres, String apellidos, String dni, String... codigosCargo) {
    if (hashDemo == null) {
      hashDemo = Claves.derivar(CLAVE_DEMO);
    }
    var p = new Persona(usuario, nombres, apellidos, dni, hashDemo);
    p.marcarDeDemostracion();
    for (String c : codigosCargo) {
      p.asignarCargo(cargos.get(c));
    }
    em.persist(p);
    personas.put(usuario, p);
    return p;
  }
}
