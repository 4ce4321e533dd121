/**
 * Text extraction for the archive's search index, with Apache Tika.
 *
 * <p>One {@link pe.gob.minem.tramite.archivo.extraccion.ExtractorDeTexto} is built for the
 * application (building it loads Tika's parsers and checks Tesseract: about a second) and shared by
 * every thread:
 *
 * <pre>{@code
 * ExtractorDeTexto extractor = new ExtractorDeTexto(LimitesDeExtraccion.porOmision());
 * try {
 *   TextoExtraido t = extractor.extraer(archivo);          // or extraer(stream, "oficio.pdf")
 *   // t.texto(): pages separated by '\f'; t.paginas(), t.conOcr(), t.truncado()…
 * } catch (ExtraccionFallidaException e) {
 *   // e.getMessage(): Spanish, for the administrator's list of failed documents
 *   // e.reintentable(): whether to try again later (timeouts, I/O, a busy extractor)
 * }
 * extractor.descripcion();                                  // for the health page
 * extractor.close();                                        // when the application stops
 * }</pre>
 *
 * <p>{@link pe.gob.minem.tramite.archivo.extraccion.LimitesDeExtraccion} says how far one
 * extraction may go (size, time, text, embedded depth, compression ratio, OCR and its language);
 * {@link pe.gob.minem.tramite.archivo.extraccion.ExtractorDeTexto} explains how each limit is
 * enforced. Callers should not run more extractions at once than the extractor's workers ({@code
 * hilos}): extra calls wait for a free worker, up to {@code tiempoMaximo}.
 */
package pe.gob.minem.tramite.archivo.extraccion;
