package nl.vraagbaak.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.enrich.AnswerKind;
import nl.vraagbaak.enrich.Commitment;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

  static final String VERSION = "test-1";

  static List<Enriched> seeds() throws IOException {
    List<Enriched> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Seeds.dir()).sorted()) {
      for (Path file : files.toList()) {
        seeds.add(enrich(file));
      }
    }
    return seeds;
  }

  static Enriched enrich(Path file) {
    return Enricher.enrich(Parser.parse(((Extraction.Read) Extraction.of(file)).extracted()));
  }

  /** The same document with an enrichment on every pair that uses every field, to prove each is stored. */
  static Enriched withFullEnrichment(Enriched document) {
    List<EnrichedPair> pairs = new ArrayList<>();
    for (EnrichedPair pair : document.pairs()) {
      int n = pair.pair().ordinal();
      Enrichment enrichment = new Enrichment(
          List.of(new Reference("kst-36045-" + n, "Kamerstuk 36 045, nr. " + n, "https://zoek.officielebekendmakingen.nl/kst-36045-" + n),
              new Reference("motie-klaver", "motie Klaver", null)),
          n % 2 == 0 ? AnswerKind.REFERRAL : AnswerKind.DECLINED,
          n % 2 == 0 ? "Zie het antwoord op vraag 1." : null,
          List.of(new Commitment("Ik informeer de Kamer voor de zomer.", "minister van Defensie", "2026-07-03", null),
              new Commitment("Na vaststelling van het plan stuur ik een brief.", null, null, "na vaststelling van het plan")),
          List.of());
      pairs.add(new EnrichedPair(pair.pair(), enrichment));
    }
    return new Enriched(document.document(), pairs, document.unanswered(), document.issues());
  }

  @Test
  void returnsEverySeedExactlyAsItWasStored(@TempDir Path dir) throws IOException {
    try (Library library = Library.openForWriting(dir)) {
      for (Enriched seed : seeds()) {
        Stored stored = library.store(seed, VERSION);
        assertThat(library.document(seed.document().id())).contains(stored.document());
        assertThat(withoutReuse(stored.document())).isEqualTo(seed);
        Enriched full = withFullEnrichment(seed);
        Stored storedFull = library.store(full, VERSION);
        assertThat(library.document(seed.document().id())).contains(storedFull.document());
        assertThat(withoutReuse(storedFull.document())).isEqualTo(full);
      }
    }
  }

  static Enriched withoutReuse(Enriched document) {
    return new Enriched(document.document(),
        document.pairs().stream().map(p -> new EnrichedPair(p.pair(), p.enrichment().withReusedFrom(List.of()))).toList(),
        document.unanswered(), document.issues());
  }

  @Test
  void refusesASecondWriterNamingTheProcess(@TempDir Path dir) {
    try (Library first = Library.openForWriting(dir)) {
      assertThatThrownBy(() -> Library.openForWriting(dir))
          .isInstanceOf(LibraryInUseException.class)
          .hasMessageContaining("library " + dir + " is in use by process " + ProcessHandle.current().pid());
      try (Library reader = Library.open(dir)) {
        assertThat(reader.documentVersions()).isEqualTo(first.documentVersions()).isEmpty();
      }
    }
    Library.openForWriting(dir).close();
  }
}
