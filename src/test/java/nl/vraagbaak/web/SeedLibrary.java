package nl.vraagbaak.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;
import nl.vraagbaak.search.LibraryIndex;
import nl.vraagbaak.store.Ingest;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.Stored;

/** A real library of the five seeds, built through the real extraction, parsing, enrichment, store and index. */
final class SeedLibrary {

  private SeedLibrary() {}

  /** Ingests every seed into {@code dir}; returns the documents as stored, in seed order. */
  static List<Enriched> build(Path dir) throws Exception {
    List<Enriched> stored = new ArrayList<>();
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Seeds.dir())) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    try (Library library = Library.openForWriting(dir, Enricher::fingerprint);
        LibraryIndex index = LibraryIndex.open(library)) {
      for (Path seed : seeds) {
        Extraction.Read read = (Extraction.Read) Extraction.of(seed);
        Stored one = library.store(Enricher.enrich(Parser.parse(read.extracted())), Ingest.PARSER_VERSION);
        index.stored(one);
        stored.add(one.document());
      }
    }
    return stored;
  }
}
