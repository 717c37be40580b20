package nl.vraagbaak.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A small workload that touches what a parse run loads: PDF, DOCX and text reading, repair, every layout, JSON and
 * Markdown writing. Run under {@code -XX:AOTCacheOutput}, it records the classes and profiles that the JVM then loads
 * ready-made at every start.
 */
final class Training {

  private static final String[] TEXT = {
    "Tweede Kamer der Staten-Generaal",
    "",
    "Vragen van het lid Jansen (VVD) aan de minister van Defensie over de luchtverdediging (ingezonden 3 maart 2026).",
    "",
    "Vraag 1",
    "Bent u bekend met het bericht over de vertraging van de levering van luchtverdedigingssystemen? Wat is de stand",
    "van zaken van de verde-",
    "diging van de EU-lidstaten?",
    "",
    "Antwoord 1",
    "Ja. Het kabinet heeft uw Kamer hierover op 2 februari geïnformeerd.1 De levering verloopt volgens planning.",
    "",
    "Vraag 2",
    "Kunt u aangeven welke effecten dit heeft voor de inzet van de krijgsmacht?",
    "",
    "Antwoord 2",
    "Zie het antwoord op vraag 1. De eﬀecten zijn beperkt; de oefeningen gaan door. Ik zal uw Kamer voor de zomer",
    "van 2026 informeren over de voortgang.",
    "",
    "Vraag 3",
    "Deelt u de mening dat de motie-Van Dijk (Kamerstuk 36 200 X, nr. 45) hiermee is uitgevoerd? Kunt u de",
    "vertrouwelijke rapportage met de Kamer delen?",
    "",
    "Antwoord 3",
    "In reactie op de vragen 1 en 2 merk ik op dat de rapportage vertrouwelijk is. Ik kan niet vooruitlopen op de",
    "uitkomst van het onderzoek (Handelingen II 2024/25, nr. 12, item 5; Aanhangsel Handelingen II 2024/25, nr. 1234).",
    "Dit valt onder de verantwoordelijkheid van de minister van Buitenlandse Zaken. Uw Kamer ontvangt uiterlijk eind",
    "2026 een brief.",
    "",
    "1 Kamerstuk 28 676, nr. 396",
  };

  /** Pages and copies of the text in the training PDF: two page ranges of 40 and some 150 pairs. */
  private static final int PDF_PAGES = 84;

  private static final int PDF_COPIES = 60;

  private Training() {}

  static void run() throws IOException {
    Path dir = Files.createTempDirectory("vraagbaak-train");
    try {
      List<Path> files = new ArrayList<>();
      Path text = dir.resolve("vragen.txt");
      Files.writeString(text, String.join("\n", TEXT) + "\n", StandardCharsets.UTF_8);
      files.add(text);
      files.add(pdf(dir));
      files.add(docx(dir.resolve("vragen.docx")));
      files.add(dir.resolve("ontbreekt.pdf"));
      PrintWriter sink = new PrintWriter(new StringWriter());
      // through the parse command itself, so that its threads (PDF page ranges, enrichment's preparation and halves)
      // and their classes are in the cache too
      for (OutputFormat format : OutputFormat.values()) {
        ParseCommand.parse(files, format, sink, sink);
      }
      for (Path file : files) {
        if (Extraction.of(file) instanceof Extraction.Read read) {
          sink.println(Json.pretty(Enricher.enrich(Parser.parse(read.extracted())))); // Jackson, for search and stats
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * A PDF long enough to be read in two page ranges, with enough pairs to be enriched in two halves, as a long
   * document is.
   */
  private static Path pdf(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PDF_COPIES; i++) {
      lines.addAll(List.of(TEXT));
    }
    Path source = dir.resolve("bron.txt");
    Files.write(source, lines, StandardCharsets.UTF_8);
    Path pdf = dir.resolve("vragen.pdf");
    ParseBenchmark.BigPdf.write(List.of(source), PDF_PAGES, pdf);
    return pdf;
  }

  private static Path docx(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (String line : TEXT) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
    }
    return file;
  }
}
