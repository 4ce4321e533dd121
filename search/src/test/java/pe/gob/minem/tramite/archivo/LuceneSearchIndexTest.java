package pe.gob.minem.tramite.archivo;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on Lucene in a temporary folder. */
class LuceneSearchIndexTest extends ContratoSearchIndexTest {

  @TempDir Path carpeta;

  @Override
  SearchIndex abrirIndice() {
    return new LuceneSearchIndex(carpeta.resolve("indice"));
  }
}
