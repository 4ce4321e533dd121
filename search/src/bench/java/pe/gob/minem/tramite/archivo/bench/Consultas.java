package pe.gob.minem.tramite.archivo.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import pe.gob.minem.tramite.archivo.EntradaIndice;
import pe.gob.minem.tramite.archivo.Lector;

/**
 * The query pools, chosen from a sample of the corpus (document frequencies measured on the
 * sample, or computed from the Zipf law for the proper names), and the same list of queries per
 * class for every engine.
 */
public final class Consultas {

  /** The five query classes, in report order. */
  public static final List<String> CLASES =
      List.of("selectiva", "amplia", "frase", "filtrada", "facetada");

  /**
   * One logical query.
   *
   * @param clase query class
   * @param texto what the person typed (a phrase in double quotes)
   * @param unidad unit filter or null
   * @param desde first date or null
   * @param hasta last date or null
   * @param lector who searches
   * @param facetas whether facet counts are part of the answer
   */
  public record Caso(
      String clase,
      String texto,
      String unidad,
      LocalDate desde,
      LocalDate hasta,
      Lector lector,
      boolean facetas) {}

  /** A pool term and its measured (or expected) document frequency, as a fraction of N. */
  public record Termino(String texto, double df) {}

  private static final CharArraySet STOP = SpanishAnalyzer.getDefaultStopSet();

  final Map<String, List<Termino>> pools = new LinkedHashMap<>();
  final int muestra;
  final double nombresPorDocumento;

  private Consultas(int muestra, double nombresPorDocumento) {
    this.muestra = muestra;
    this.nombresPorDocumento = nombresPorDocumento;
  }

  private static boolean palabraDeContenido(String w) {
    return w.length() >= 4 && !STOP.contains(w) && w.chars().allMatch(Character::isLetter);
  }

  /** Lower case without accents: both engines' analyzers may fold them (PostgreSQL's unaccent). */
  static String plegar(String w) {
    String d = Normalizer.normalize(w, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char c = d.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static List<String> palabras(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int len = s.length();
    while (i < len) {
      while (i < len && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < len && Character.isLetterOrDigit(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
      }
      i = j;
    }
    return out;
  }

  /** Measures the sample and fills the pools. */
  public static Consultas elegir(Corpus corpus, int tamanoMuestra) {
    long n = corpus.tamano();
    int s = (int) Math.min(n, tamanoMuestra);

    // phrase candidates: 2-3 words of the MAPRO, content words at both ends
    Map<String, String> candidatas = new HashMap<>();
    Set<String> vocabularioFuente = new HashSet<>();
    for (List<String> oracion : corpus.frasesFuente()) {
      List<String> ws = new ArrayList<>();
      for (String w : oracion) {
        String l = w.toLowerCase(Locale.ROOT);
        vocabularioFuente.addAll(palabras(l));
        if (l.chars().allMatch(Character::isLetter)) {
          ws.add(l);
        } else {
          ws.add(null); // punctuation or numbers break a phrase
        }
      }
      for (int k = 0; k + 1 < ws.size(); k++) {
        for (int m = 2; m <= 3 && k + m <= ws.size(); m++) {
          List<String> v = ws.subList(k, k + m);
          if (v.contains(null)) {
            continue;
          }
          if (palabraDeContenido(v.get(0)) && palabraDeContenido(v.get(m - 1))) {
            String f = String.join(" ", v);
            candidatas.putIfAbsent(plegar(f), f);
          }
        }
      }
    }

    Map<String, Integer> nombreARango = new HashMap<>();
    for (int r = 0; r < Corpus.NOMBRES; r++) {
      nombreARango.put(corpus.nombre(r).toLowerCase(Locale.ROOT), r);
    }

    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> superficies = new HashMap<>();
    Map<String, Integer> dfFrases = new HashMap<>();
    long nombres = 0;
    for (int k = 0; k < s; k++) {
      EntradaIndice e = corpus.documento(k * n / s);
      List<String> originales = palabras(e.titulo() + " \n " + e.texto());
      List<String> ws = new ArrayList<>(originales.size());
      Set<String> unicas = new HashSet<>();
      for (String w : originales) {
        String f = plegar(w);
        ws.add(f);
        if (unicas.add(f)) {
          df.merge(f, 1, Integer::sum);
          superficies.merge(w, 1, Integer::sum);
        }
        if (nombreARango.containsKey(w)) {
          nombres++;
        }
      }
      Set<String> frases = new HashSet<>();
      for (int i = 0; i + 1 < ws.size(); i++) {
        String b = ws.get(i) + " " + ws.get(i + 1);
        if (candidatas.containsKey(b)) {
          frases.add(b);
        }
        if (i + 2 < ws.size()) {
          String t = b + " " + ws.get(i + 2);
          if (candidatas.containsKey(t)) {
            frases.add(t);
          }
        }
      }
      for (String f : frases) {
        dfFrases.merge(f, 1, Integer::sum);
      }
    }
    Consultas c = new Consultas(s, (double) nombres / s);

    // the most frequent written form of each folded word is what the person types
    Map<String, String> forma = new HashMap<>();
    Map<String, Integer> mejor = new HashMap<>();
    superficies.forEach(
        (w, k) -> {
          String f = plegar(w);
          if (k > mejor.getOrDefault(f, 0)) {
            mejor.put(f, k);
            forma.put(f, w);
          }
        });
    List<Termino> palabrasDf =
        df.entrySet().stream()
            .filter(x -> palabraDeContenido(x.getKey()) && !nombreARango.containsKey(x.getKey()))
            .map(x -> new Termino(forma.getOrDefault(x.getKey(), x.getKey()), (double) x.getValue() / s))
            .sorted(Comparator.comparingDouble(Termino::df).reversed())
            .collect(Collectors.toList());

    // selective: proper names whose expected df is between ~10 documents and 0.08 % of N
    Set<String> prefijosFuente = new HashSet<>();
    for (String w : vocabularioFuente) {
      String f = plegar(w);
      if (f.length() >= 5) {
        prefijosFuente.add(f.substring(0, 5));
      }
    }
    double hi = 8e-4;
    double lo = Math.min(Math.max(1e-5, 5.0 / n), hi / 4); // small N: fewer than 5 documents
    List<Termino> selectivos = new ArrayList<>();
    for (int r = 0; r < Corpus.NOMBRES; r++) {
      double f = 1 - Math.exp(-c.nombresPorDocumento * corpus.probabilidadNombre(r));
      String nombre = corpus.nombre(r).toLowerCase(Locale.ROOT);
      if (f >= lo && f <= hi && nombreSeguro(nombre, prefijosFuente)) {
        selectivos.add(new Termino(corpus.nombre(r), f));
      }
    }
    c.pools.put("selectiva", espaciados(selectivos, 200));
    // broad: in 25-70 % of the documents (not the letterhead's words, in all of them)
    List<Termino> amplios =
        palabrasDf.stream().filter(t -> t.df() >= 0.25 && t.df() <= 0.7).toList();
    c.pools.put("amplia", espaciados(amplios.isEmpty() ? palabrasDf.subList(0, 5) : amplios, 40));
    List<Termino> frases =
        dfFrases.entrySet().stream()
            .map(x -> new Termino(candidatas.get(x.getKey()), (double) x.getValue() / s))
            .filter(t -> t.df() >= 0.001 && t.df() <= 0.2)
            .sorted(Comparator.comparingDouble(Termino::df))
            .toList();
    c.pools.put("frase", espaciados(frases, 80));
    c.pools.put(
        "filtrada",
        espaciados(palabrasDf.stream().filter(t -> t.df() >= 0.02 && t.df() < 0.15).toList(), 80));
    c.pools.put(
        "facetada",
        espaciados(palabrasDf.stream().filter(t -> t.df() >= 0.05 && t.df() < 0.25).toList(), 60));
    return c;
  }

  /**
   * A name that no stemmer can merge with another word: long, ending where Spanish stemmers strip
   * nothing (PostgreSQL's Snowball strips -ar, -a, -o, -e… and would join «Huaymar» with «Huayma»),
   * and not the start of a word of the MAPRO (or the letterhead's «Lima»).
   */
  private static boolean nombreSeguro(String nombre, Set<String> prefijosFuente) {
    String f = plegar(nombre);
    return f.length() >= 6
        && "uilmy".indexOf(f.charAt(f.length() - 1)) >= 0
        && !prefijosFuente.contains(f.substring(0, 5))
        && !f.startsWith("lima");
  }

  private static List<Termino> espaciados(List<Termino> l, int max) {
    if (l.size() <= max) {
      return l;
    }
    List<Termino> out = new ArrayList<>();
    for (int k = 0; k < max; k++) {
      out.add(l.get((int) ((long) k * l.size() / max)));
    }
    return out;
  }

  /** The same {@code cuantos} queries of a class for every engine (seeded). */
  public List<Caso> casos(String clase, int cuantos, long seed) {
    return casos(clase, cuantos, seed, Corpus.USUARIOS_POR_UNIDAD);
  }

  /**
   * @param usuariosPorUnidad how many different users of each unit search in the filtered class
   *     (fewer: fewer distinct credential sets, e.g. to see what an index caches per set)
   */
  public List<Caso> casos(String clase, int cuantos, long seed, int usuariosPorUnidad) {
    List<Termino> pool = pools.get(clase);
    if (pool == null || pool.isEmpty()) {
      throw new IllegalStateException("pool vacío para la clase " + clase);
    }
    SplittableRandom r = new SplittableRandom(seed * 31 + clase.hashCode());
    Lector todo = Lector.sinRestriccion("auditor.bench");
    List<Caso> out = new ArrayList<>();
    for (int k = 0; k < cuantos; k++) {
      String t = pool.get(r.nextInt(pool.size())).texto();
      switch (clase) {
        case "frase" -> out.add(new Caso(clase, "\"" + t + "\"", null, null, null, todo, false));
        case "filtrada" -> {
          String suya = Corpus.UNIDADES[r.nextInt(6)];
          String usuario = Corpus.usuario(suya, r.nextInt(usuariosPorUnidad));
          Lector lector = new Lector(usuario, Set.of("*", "U:" + suya, "P:" + usuario));
          String unidad = r.nextBoolean() ? suya : Corpus.UNIDADES[r.nextInt(8)];
          int anio = 2019 + r.nextInt(7);
          out.add(
              new Caso(
                  clase,
                  t,
                  unidad,
                  LocalDate.of(anio, 1, 1),
                  LocalDate.of(anio, 12, 31),
                  lector,
                  false));
        }
        case "facetada" -> out.add(new Caso(clase, t, null, null, null, todo, true));
        default -> out.add(new Caso(clase, t, null, null, null, todo, false));
      }
    }
    return out;
  }

  /** A short description of a pool for the report. */
  public String describir(String clase) {
    List<Termino> pool = pools.get(clase);
    if (pool == null || pool.isEmpty()) {
      return "(vacío)";
    }
    double min = pool.stream().mapToDouble(Termino::df).min().orElse(0);
    double max = pool.stream().mapToDouble(Termino::df).max().orElse(0);
    String ejemplos =
        pool.stream()
            .sorted(Comparator.comparingDouble(Termino::df).reversed())
            .limit(clase.equals("amplia") ? 12 : 4)
            .map(t -> String.format(Locale.ROOT, "«%s» %.3g %%", t.texto(), 100 * t.df()))
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "%d términos, df %.3g %% – %.3g %% de los documentos; p. ej. %s",
        pool.size(),
        100 * min,
        100 * max,
        ejemplos);
  }
}
