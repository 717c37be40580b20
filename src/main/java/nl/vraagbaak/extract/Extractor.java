package nl.vraagbaak.extract;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one format. Implementations vary per format; throws {@link UnreadableException} for input it cannot read. */
interface Extractor {

  /** The file's lines (and structure where the format has it). */
  Extracted extract(Path file, String source, String id) throws IOException, UnreadableException;
}
