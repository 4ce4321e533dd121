package pe.gob.minem.tramite.archivo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.gob.minem.tramite.archivo.EntradaIndice;
import pe.gob.minem.tramite.archivo.Nivel;

/**
 * A deterministic synthetic archive: document {@code i} of a corpus of {@code n} depends only on
 * (seed, n, i), so both engines get the same documents without holding them in memory, in any
 * order and from any thread.
 *
 * <p>Text: an order-2 word Markov chain trained on the MAPRO (the OCR and the clean transcription),
 * which keeps the manual's own Zipf-like word frequencies (broad terms such as "oficina" or
 * "información" in most documents), plus proper names (mining concessions, places, companies)
 * drawn from a Zipf(1.1) law over {@link #NOMBRES} synthetic Andean-looking names: the long tail of
 * selective terms. Lengths are log-normal (median ~2 KB, capped at 20 KB), pages of ~3 KB separated
 * by form feed.
 */
public final class Corpus {

  /** Issuing units, most frequent first (drawn with Zipf-like weights). */
  static final String[] UNIDADES = {
    "OTI", "OGA", "DGM", "ADAC", "DGH", "DGE", "DGAAM", "OAS", "OGPP", "OGAJ", "SG", "DGFM", "OGDPC",
    "OGGS"
  };

  static final String[] TIPOS = {
    "OFICIO", "MEMORANDO", "INFORME", "SOLICITUD", "CARTA", "ACTA", "RESOLUCION", "OTRO"
  };
  private static final int[] PESO_TIPOS = {20, 18, 16, 14, 12, 6, 6, 8};
  private static final String[] ETIQUETA_TIPOS = {
    "Oficio", "Memorando", "Informe", "Solicitud", "Carta", "Acta", "Resolución Directoral", "Documento"
  };

  static final String[] ESTADOS_EXPEDIENTE = {"REGISTRADO", "EN_TRAMITE", "EN_ATENCION", "ATENDIDO"};
  private static final int[] PESO_ESTADOS_EXPEDIENTE = {10, 25, 25, 40};
  static final String[] ESTADOS_DOCUMENTO = {
    "BORRADOR", "EN_REVISION", "OBSERVADO", "CON_VISTO_BUENO", "SUSCRITO", "DERIVADO"
  };
  private static final int[] PESO_ESTADOS_DOCUMENTO = {10, 10, 5, 10, 50, 15};

  /** As in the portal's {@code Origen}. */
  static final String[] ORIGENES = {"ADMINISTRADO", "ENTIDAD", "ORGANO_MINISTERIO"};

  private static final int[] PESO_ORIGENES = {50, 20, 30};

  /** The portal's demo users, so that a demo login matches some confidential entries. */
  private static final Map<String, List<String>> USUARIOS_DEMO =
      Map.of(
          "OTI",
          List.of("analista.oti", "secretaria.oti", "director.oti", "coordinador.oti", "operador.oti"),
          "OGA",
          List.of("secretaria.oga", "director.oga", "legal.oga"),
          "DGM",
          List.of("secretaria.dgm", "director.dgm", "analista.dgm"),
          "ADAC",
          List.of("mesadepartes"),
          "OAS",
          List.of("director.oas"));

  static final int USUARIOS_POR_UNIDAD = 40;

  /** Size of the proper-name vocabulary (Zipf law). */
  static final int NOMBRES = 200_000;

  static final double ZIPF_S = 1.1;

  private static final LocalDate PRIMER_DIA = LocalDate.of(2019, 1, 1);
  private static final LocalDate ULTIMO_DIA = LocalDate.of(2026, 6, 30);
  private static final int DIAS = (int) (ULTIMO_DIA.toEpochDay() - PRIMER_DIA.toEpochDay()) + 1;

  private static final String[] MESES = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre",
    "noviembre", "diciembre"
  };
  private static final String[] NOMBRES_PERSONA = {
    "Juan", "María", "José", "Rosa", "Carlos", "Ana", "Luis", "Carmen", "Jorge", "Elena", "Miguel",
    "Lucía", "Víctor", "Patricia", "César", "Gloria", "Raúl", "Teresa", "Walter", "Milagros", "Percy",
    "Yolanda", "Edwin", "Flor", "Hugo", "Andrea", "Julio", "Silvia", "Óscar", "Maritza"
  };
  private static final String[] APELLIDOS = {
    "Quispe", "Flores", "Sánchez", "Rodríguez", "García", "Mamani", "Huamán", "Chávez", "Ramírez",
    "Torres", "Mendoza", "Vargas", "Rojas", "Castillo", "Gutiérrez", "Espinoza", "Condori", "Díaz",
    "Ccori", "Salazar", "Paredes", "Cárdenas", "Villanueva", "Ticona", "Valdivia", "Arias", "Poma",
    "Zapata", "Huanca", "Pizarro"
  };
  private static final String[] SILABAS = {
    "an", "ta", "pam", "pa", "co", "cha", "hua", "si", "ru", "mi", "ya", "ku", "mar", "ca", "chu",
    "qui", "llu", "ri", "huay", "lla", "sa", "ña", "tin", "ti", "cu", "ra", "pu", "quio", "mo", "ro",
    "ja", "ur", "pi", "tam", "bo", "hui", "la", "con", "do", "rum", "yau", "li", "ma", "ton", "che",
    "na", "cal", "ju"
  };
  private static final String[] EMPRESAS = {
    "Minera %s S.A.C.", "Compañía Minera %s S.A.", "Empresa de Generación %s S.A.",
    "Hidrocarburos %s S.R.L.", "Consorcio %s", "Inversiones Mineras %s E.I.R.L."
  };

  private static final int BOS = 0;
  private static final int EOS = 1;

  private final long seed;
  private final long n;
  private final List<String> palabras = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  /** Order-2 chain as arrays: state = (previous word, word); per state its successors' words. */
  private int[][] sucesores;

  /** ... and the state each successor leads to. */
  private int[][] estadosSiguientes;

  private int estadoInicial;
  private final List<List<String>> frases = new ArrayList<>();
  private final String[] nombres;
  private final double[] zipfAcumulada;
  private final int grupos;

  public Corpus(long seed, long n, List<Path> fuentes) throws IOException {
    this.seed = seed;
    this.n = n;
    this.grupos = (int) Math.max(1, (n + 2) / 3);
    palabras.add("<s>");
    palabras.add("</s>");
    Map<Long, List<Integer>> transiciones = new HashMap<>();
    for (Path fuente : fuentes) {
      for (List<String> oracion : oraciones(Files.readString(fuente, StandardCharsets.UTF_8))) {
        frases.add(oracion);
        int a = BOS;
        int b = BOS;
        for (int k = 0; k <= oracion.size(); k++) {
          int c = k < oracion.size() ? id(oracion.get(k)) : EOS;
          transiciones.computeIfAbsent(clave(a, b), x -> new ArrayList<>()).add(c);
          a = b;
          b = c;
        }
      }
    }
    if (frases.isEmpty()) {
      throw new IllegalStateException("no hay texto en " + fuentes);
    }
    Map<Long, Integer> estados = new HashMap<>();
    for (Long k : transiciones.keySet()) {
      estados.put(k, estados.size());
    }
    sucesores = new int[estados.size()][];
    estadosSiguientes = new int[estados.size()][];
    for (var e : transiciones.entrySet()) {
      int st = estados.get(e.getKey());
      int b = (int) (e.getKey() & 0xffffffffL);
      int[] sig = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      int[] est = new int[sig.length];
      for (int k = 0; k < sig.length; k++) {
        est[k] = sig[k] == EOS ? -1 : estados.getOrDefault(clave(b, sig[k]), -1);
      }
      sucesores[st] = sig;
      estadosSiguientes[st] = est;
    }
    estadoInicial = estados.get(clave(BOS, BOS));

    SplittableRandom r = new SplittableRandom(seed ^ 0x6e6f6d627265L);
    Set<String> vistos = new LinkedHashSet<>();
    while (vistos.size() < NOMBRES) {
      int silabas = 2 + r.nextInt(3);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < silabas; k++) {
        sb.append(SILABAS[r.nextInt(SILABAS.length)]);
      }
      String s = sb.toString();
      if (s.endsWith("s")) {
        continue;
      }
      vistos.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
    nombres = vistos.toArray(String[]::new);
    zipfAcumulada = new double[NOMBRES];
    double suma = 0;
    for (int k = 0; k < NOMBRES; k++) {
      suma += Math.pow(k + 1, -ZIPF_S);
      zipfAcumulada[k] = suma;
    }
    for (int k = 0; k < NOMBRES; k++) {
      zipfAcumulada[k] /= suma;
    }
  }

  public long tamano() {
    return n;
  }

  /** Probability that one proper-name draw is the name of this rank (0-based). */
  public double probabilidadNombre(int rango) {
    return rango == 0 ? zipfAcumulada[0] : zipfAcumulada[rango] - zipfAcumulada[rango - 1];
  }

  public String nombre(int rango) {
    return nombres[rango];
  }

  /** The MAPRO's sentences as word lists (for phrase candidates). */
  public List<List<String>> frasesFuente() {
    return frases;
  }

  // --- the source text -------------------------------------------------------------------------

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}°][\\p{L}\\p{N}°/\\-.]*|[,;:]");
  private static final Set<String> INGLES =
      Set.of("the", "and", "from", "was", "were", "with", "step", "after", "inferred", "source", "is");

  private static List<List<String>> oraciones(String texto) {
    List<List<String>> out = new ArrayList<>();
    boolean markdown = texto.startsWith("#");
    StringBuilder parrafo = new StringBuilder();
    for (String linea : texto.split("\n")) {
      String l = linea.strip();
      if (markdown) {
        if (l.startsWith("|") && !l.startsWith("|---") && !l.startsWith("| N°")) {
          String[] celdas = l.split("\\|");
          if (celdas.length > 2) {
            parrafo.append(celdas[2]).append(". ");
            if (celdas.length > 3) {
              parrafo.append(celdas[3]).append(". ");
            }
          }
        } else if (l.startsWith("- **") || l.startsWith("**") || l.startsWith("- VISTO")) {
          parrafo.append(l.replaceAll("\\*\\*[^*]*\\*\\*", " ")).append(". ");
        } else if (l.startsWith("- ") && l.contains(" de ") && !l.contains("OCR")) {
          parrafo.append(l.substring(2)).append(' ');
        }
      } else {
        parrafo.append(l).append(' ');
      }
    }
    String limpio =
        parrafo
            .toString()
            .replaceAll("\\[[^\\]]*\\]", " ")
            .replaceAll("\\(fuente:[^)]*\\)", " ")
            .replaceAll("OCR «[^»]*»", " ")
            .replaceAll("[«»\"`*_#→—–()]", " ")
            .replaceAll("\\s+", " ");
    for (String o : limpio.split("(?<=[.;])\\s+(?=[\\p{Lu}¿])|\\.\\s*\\.|\\s\\.\\s")) {
      List<String> ws = new ArrayList<>();
      Matcher m = TOKEN.matcher(o);
      while (m.find()) {
        String w = m.group();
        while (w.endsWith(".") || w.endsWith("-")) {
          w = w.substring(0, w.length() - 1);
        }
        if (!w.isEmpty()) {
          ws.add(w);
        }
      }
      long ingles = ws.stream().filter(w -> INGLES.contains(w.toLowerCase(Locale.ROOT))).count();
      if (ws.size() >= 3 && ingles == 0) {
        out.add(ws);
      }
    }
    return out;
  }

  private int id(String palabra) {
    return ids.computeIfAbsent(
        palabra,
        p -> {
          palabras.add(p);
          return palabras.size() - 1;
        });
  }

  private static long clave(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  // --- documents -------------------------------------------------------------------------------

  private static long mezcla(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int elegir(SplittableRandom r, int[] pesos) {
    int total = 0;
    for (int p : pesos) {
      total += p;
    }
    int x = r.nextInt(total);
    for (int k = 0; k < pesos.length; k++) {
      x -= pesos[k];
      if (x < 0) {
        return k;
      }
    }
    return pesos.length - 1;
  }

  /** Zipf-like choice of a unit: weight 1/(rank+1). */
  private static String unidad(SplittableRandom r) {
    double total = 0;
    for (int k = 0; k < UNIDADES.length; k++) {
      total += 1.0 / (k + 1);
    }
    double x = r.nextDouble() * total;
    for (int k = 0; k < UNIDADES.length; k++) {
      x -= 1.0 / (k + 1);
      if (x < 0) {
        return UNIDADES[k];
      }
    }
    return UNIDADES[0];
  }

  /** The users of a unit: its demo users first, then {@code u<k>.<unit>}. */
  static String usuario(String unidad, int k) {
    List<String> demo = USUARIOS_DEMO.getOrDefault(unidad, List.of());
    return k < demo.size() ? demo.get(k) : "u" + k + "." + unidad.toLowerCase(Locale.ROOT);
  }

  private int rangoNombre(SplittableRandom r) {
    int k = Arrays.binarySearch(zipfAcumulada, r.nextDouble());
    return Math.min(NOMBRES - 1, k >= 0 ? k : -k - 1);
  }

  private String nombreZipf(SplittableRandom r) {
    return nombres[rangoNombre(r)];
  }

  private static String ruc(SplittableRandom r, String prefijo) {
    int[] pesos = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    StringBuilder sb = new StringBuilder(prefijo);
    while (sb.length() < 10) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    int suma = 0;
    for (int k = 0; k < 10; k++) {
      suma += (sb.charAt(k) - '0') * pesos[k];
    }
    int dv = 11 - suma % 11;
    return sb.append(dv == 10 ? 0 : dv == 11 ? 1 : dv).toString();
  }

  private String persona(SplittableRandom r) {
    return NOMBRES_PERSONA[r.nextInt(NOMBRES_PERSONA.length)]
        + " "
        + APELLIDOS[r.nextInt(APELLIDOS.length)]
        + " "
        + APELLIDOS[r.nextInt(APELLIDOS.length)];
  }

  /** One Markov sentence, capitalised and closed with a period. */
  private void oracion(SplittableRandom r, StringBuilder sb, int maxPalabras) {
    int estado = estadoInicial;
    int inicio = sb.length();
    for (int k = 0; k < maxPalabras && estado >= 0; k++) {
      int x = r.nextInt(sucesores[estado].length);
      int c = sucesores[estado][x];
      if (c == EOS) {
        break;
      }
      estado = estadosSiguientes[estado][x];
      String w = palabras.get(c);
      boolean puntuacion = w.length() == 1 && ",;:".indexOf(w.charAt(0)) >= 0;
      if (puntuacion) {
        if (sb.length() > inicio) {
          sb.append(w);
        }
      } else {
        if (sb.length() > inicio) {
          sb.append(' ');
        }
        sb.append(w);
      }
    }
    while (sb.length() > inicio && ",;:".indexOf(sb.charAt(sb.length() - 1)) >= 0) {
      sb.setLength(sb.length() - 1);
    }
    if (sb.length() > inicio) {
      sb.setCharAt(inicio, Character.toUpperCase(sb.charAt(inicio)));
      sb.append('.');
    }
  }

  /** An entity clause with proper names: the selective terms. */
  private void clausula(SplittableRandom r, StringBuilder sb, String expediente) {
    switch (r.nextInt(6)) {
      case 0 -> sb.append("Se refiere a la concesión minera ").append(nombreZipf(r));
      case 1 ->
          sb.append("El proyecto se ubica en el distrito de ")
              .append(nombreZipf(r))
              .append(", provincia de ")
              .append(nombreZipf(r));
      case 2 ->
          sb.append("Presentado por ")
              .append(String.format(EMPRESAS[r.nextInt(EMPRESAS.length)], nombreZipf(r)));
      case 3 -> sb.append("Ver el expediente ").append(expediente).append(" y sus anexos");
      case 4 ->
          sb.append("Comunidad campesina de ")
              .append(nombreZipf(r))
              .append(", anexo ")
              .append(nombreZipf(r));
      default -> sb.append("Unidad minera ").append(nombreZipf(r)).append(", derecho minero vigente");
    }
    sb.append(". ");
  }

  private String cuerpo(SplittableRandom r, int objetivo, String expediente) {
    StringBuilder sb = new StringBuilder(objetivo + 400);
    int pagina = 0;
    while (sb.length() < objetivo) {
      int oraciones = 2 + r.nextInt(4);
      for (int k = 0; k < oraciones; k++) {
        if (r.nextInt(4) == 0) {
          clausula(r, sb, expediente);
        }
        oracion(r, sb, 45);
        sb.append(' ');
      }
      sb.setLength(sb.length() - 1);
      if (sb.length() - pagina > 3000 && sb.length() < objetivo) {
        sb.append('\f');
        pagina = sb.length();
      } else {
        sb.append("\n\n");
      }
    }
    return sb.toString().strip();
  }

  /** Document {@code i} (0-based). */
  public EntradaIndice documento(long i) {
    SplittableRandom r = new SplittableRandom(mezcla(seed * 0x9e3779b97f4a7c15L + i));
    int grupo = (int) (i / 3);
    long base = PRIMER_DIA.toEpochDay() + (long) grupo * DIAS / grupos;
    LocalDate inicioExp = LocalDate.ofEpochDay(base);
    LocalDate fecha = LocalDate.ofEpochDay(Math.min(ULTIMO_DIA.toEpochDay(), base + r.nextInt(30)));
    int anioExp = inicioExp.getYear();
    long primerGrupoDelAnio =
        ((LocalDate.of(anioExp, 1, 1).toEpochDay() - PRIMER_DIA.toEpochDay()) * grupos + DIAS - 1)
            / DIAS;
    String expediente =
        String.format("EXP-%d-%06d", anioExp, (grupo - primerGrupoDelAnio) % 999_999 + 1);

    int c = r.nextInt(100);
    String clase = c < 15 ? "EXPEDIENTE" : c < 70 ? "ARCHIVO" : "DOCUMENTO";
    int t = elegir(r, PESO_TIPOS);
    String tipo = TIPOS[t];
    String unidad = unidad(r);
    String origen = ORIGENES[elegir(r, PESO_ORIGENES)];
    String estado =
        clase.equals("DOCUMENTO")
            ? ESTADOS_DOCUMENTO[elegir(r, PESO_ESTADOS_DOCUMENTO)]
            : ESTADOS_EXPEDIENTE[elegir(r, PESO_ESTADOS_EXPEDIENTE)];
    boolean firmado =
        clase.equals("DOCUMENTO") ? estado.equals("SUSCRITO") : r.nextInt(100) < 40;
    String procedimiento =
        r.nextInt(100) < 40 ? null : String.format("P/OGA-TI-%02d", 1 + r.nextInt(12));

    String numero =
        r.nextInt(100) < 80
            ? String.format(
                "%s N° %04d-%d-MINEM/%s", tipo, 1 + r.nextInt(3000), fecha.getYear(), unidad)
            : null;

    String documentoIdentidad;
    String remitente;
    switch (origen) {
      case "ADMINISTRADO" -> {
        if (r.nextBoolean()) {
          documentoIdentidad = String.format("%08d", r.nextInt(100_000_000));
          remitente = persona(r);
        } else {
          documentoIdentidad = ruc(r, "20");
          remitente = String.format(EMPRESAS[r.nextInt(EMPRESAS.length)], nombreZipf(r));
        }
      }
      case "ENTIDAD" -> {
        documentoIdentidad = ruc(r, "20");
        remitente = "Gobierno Regional de " + nombreZipf(r);
      }
      default -> {
        documentoIdentidad = null;
        remitente = "Ministerio de Energía y Minas — " + unidad;
      }
    }

    StringBuilder asunto = new StringBuilder();
    oracion(r, asunto, 8 + r.nextInt(10));
    if (asunto.length() > 0) {
      asunto.setLength(asunto.length() - 1);
    }
    String titulo =
        switch (clase) {
          case "DOCUMENTO" -> ETIQUETA_TIPOS[t] + ": " + asunto;
          case "ARCHIVO" -> asunto.toString();
          default -> asunto + " — " + remitente;
        };

    double largo = 2000 * Math.exp(0.75 * r.nextGaussian());
    if (clase.equals("EXPEDIENTE")) {
      largo *= 0.3;
    }
    int objetivo = (int) Math.max(200, Math.min(20_000, largo));
    String cabecera =
        "MINISTERIO DE ENERGÍA Y MINAS\n"
            + (numero != null ? numero : ETIQUETA_TIPOS[t].toUpperCase(Locale.ROOT))
            + "\nA: "
            + persona(r)
            + "\nDE: "
            + persona(r)
            + " — "
            + unidad
            + "\nASUNTO: "
            + asunto
            + "\nREFERENCIA: "
            + expediente
            + (documentoIdentidad != null ? " (" + remitente + ", " + documentoIdentidad + ")" : "")
            + "\nFECHA: Lima, "
            + fecha.getDayOfMonth()
            + " de "
            + MESES[fecha.getMonthValue() - 1]
            + " de "
            + fecha.getYear()
            + "\n\n";
    String texto = cabecera + cuerpo(r, Math.max(0, objetivo - cabecera.length()), expediente);

    int nv = r.nextInt(100);
    Nivel nivel = nv < 60 ? Nivel.PUBLICO : nv < 85 ? Nivel.RESERVADO : Nivel.CONFIDENCIAL;
    Set<String> lectores = new HashSet<>();
    switch (nivel) {
      case PUBLICO -> lectores.add("*");
      case RESERVADO -> {
        lectores.add("U:" + unidad);
        int mas = r.nextInt(3);
        for (int k = 0; k < mas; k++) {
          lectores.add("U:" + unidad(r));
        }
      }
      case CONFIDENCIAL -> {
        lectores.add("D:" + unidad);
        int personas = 1 + r.nextInt(3);
        for (int k = 0; k < personas; k++) {
          lectores.add("P:" + usuario(unidad, r.nextInt(USUARIOS_POR_UNIDAD)));
        }
      }
    }
    String prefijo =
        switch (clase) {
          case "EXPEDIENTE" -> "EXP:";
          case "ARCHIVO" -> "ARC:";
          default -> "VER:";
        };
    String nombreArchivo =
        clase.equals("ARCHIVO")
            ? tipo.toLowerCase(Locale.ROOT) + "-" + (numero != null ? i : "anexo-" + i) + ".pdf"
            : null;
    return new EntradaIndice(
        prefijo + i,
        clase,
        expediente,
        numero,
        titulo,
        texto,
        documentoIdentidad,
        remitente,
        fecha,
        unidad,
        procedimiento,
        tipo,
        estado,
        firmado,
        origen,
        nivel,
        lectores,
        i,
        nombreArchivo);
  }
}
