package pe.gob.minem.tramite.application.copiaderespaldo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.paso.ContenidoDeEntregable;
import pe.gob.minem.tramite.application.paso.ContextoDePaso;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EjecucionDeRespaldo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EntradaDeCatalogo;
import pe.gob.minem.tramite.domain.model.documento.Entregable;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Fila;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Grafico;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Seccion;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Tabla;

/**
 * The Informe técnico mensual de copias de respaldo (P/OGA-TI-06 act. 7, ADR 0027): what the
 * portal's records say of the month of the instance's expediente — per server, each execution
 * recorded (date, result, size, medium, custody); the totals of successes and failures; and a bar
 * chart of both per server. Read in the step's transaction: the report says what was recorded.
 */
@ApplicationScoped
public class InformeMensualDeRespaldos implements ContenidoDeEntregable {

  private static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Reloj.ES_PE).withZone(Reloj.LIMA);

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject ExpedienteDeRespaldos expedientes;

  @Override
  public boolean llena(Entregable entregable) {
    return entregable == Entregable.INFORME_MENSUAL_DE_RESPALDOS;
  }

  @Override
  public List<Seccion> secciones(
      Entregable entregable, ContextoDePaso paso, Map<String, Object> variables) {
    String numero = paso.expediente().getNumero();
    String mes =
        expedientes.mesDe(numero).map(ExpedienteDeRespaldos::nombreDelMes).orElse("el mes");
    List<EjecucionDeRespaldo> ejecuciones =
        em.createQuery(
                "SELECT x FROM EjecucionDeRespaldo x WHERE x.expediente = :n"
                    + " AND x.resultado <> :pendiente ORDER BY x.realizada, x.id",
                EjecucionDeRespaldo.class)
            .setParameter("n", numero)
            .setParameter("pendiente", EjecucionDeRespaldo.Resultado.PENDIENTE)
            .getResultList();
    Map<Long, List<EjecucionDeRespaldo>> porServidor = new LinkedHashMap<>();
    Map<Long, String> nombres = new LinkedHashMap<>();
    for (var x : ejecuciones) {
      porServidor.computeIfAbsent(x.getCatalogoId(), k -> new ArrayList<>()).add(x);
    }
    for (Long id : porServidor.keySet()) {
      EntradaDeCatalogo e = em.find(EntradaDeCatalogo.class, id);
      nombres.put(id, e == null ? "Entrada " + id : e.getServidor());
    }
    List<Seccion> secciones = new ArrayList<>();
    long exitos = ejecuciones.stream().filter(EjecucionDeRespaldo::exitosa).count();
    long fallas = ejecuciones.size() - exitos;
    long megas =
        ejecuciones.stream()
            .filter(EjecucionDeRespaldo::exitosa)
            .mapToLong(EjecucionDeRespaldo::getTamanoMb)
            .sum();
    secciones.add(
        Seccion.deFilas(
            "Resumen de " + mes,
            List.of(
                new Fila("Servidores respaldados", Integer.toString(porServidor.size())),
                new Fila("Ejecuciones registradas", Integer.toString(ejecuciones.size())),
                new Fila("Copias exitosas", Long.toString(exitos)),
                new Fila("Copias fallidas", Long.toString(fallas)),
                new Fila("Volumen respaldado (copias exitosas)", megas + " MB"))));
    if (ejecuciones.isEmpty()) {
      secciones.add(
          Seccion.deTexto(
              "Ejecuciones del mes", "No se registraron copias de respaldo en " + mes + "."));
      return secciones;
    }
    List<Grafico.Categoria> categorias = new ArrayList<>();
    for (var entrada : porServidor.entrySet()) {
      String servidor = nombres.get(entrada.getKey());
      List<List<String>> filas = new ArrayList<>();
      long ok = 0;
      for (var x : entrada.getValue()) {
        if (x.exitosa()) {
          ok++;
        }
        filas.add(
            List.of(
                FECHA.format(x.getRealizada()),
                x.exitosa() ? "Exitosa" : "Con errores",
                Long.toString(x.getTamanoMb()),
                x.getMedio().etiqueta()
                    + (x.getEtiquetaMedio() == null ? "" : " «" + x.getEtiquetaMedio() + "»"),
                x.getEnviada() == null
                    ? (x.exitosa() ? "Pendiente de envío" : "—")
                    : x.getCustodia() + " (guía " + x.getGuiaEnvio() + ")"));
      }
      long mal = entrada.getValue().size() - ok;
      secciones.add(
          new Seccion(
              "Copias de " + servidor,
              List.of(new Fila("Exitosas / fallidas", ok + " / " + mal)),
              null,
              new Tabla(List.of("Fecha", "Resultado", "Tamaño (MB)", "Medio", "Custodia"), filas)));
      categorias.add(new Grafico.Categoria(servidor, List.of(ok, mal)));
    }
    secciones.add(
        Seccion.deGrafico(
            "Copias exitosas y fallidas por servidor",
            new Grafico(
                "Copias de respaldo de " + mes + ": exitosas y fallidas por servidor",
                List.of("Exitosas", "Fallidas"),
                categorias)));
    return secciones;
  }
}
