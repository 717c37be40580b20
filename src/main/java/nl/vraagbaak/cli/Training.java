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
import nl.vraagbaak.enrich.Enriched;
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
    "Zie het antwoord op vraag 1. De eﬀecten zijn beperkt; de oefeningen gaan door.",
    "",
    "1 Kamerstuk 28 676, nr. 396",
  };

  private Training() {}

  static void run() throws IOException {
    Path dir = Files.createTempDirectory("vraagbaak-train");
    try {
      List<Path> files = new ArrayList<>();
      Path text = dir.resolve("vragen.txt");
      Files.writeString(text, String.join("\n", TEXT) + "\n", StandardCharsets.UTF_8);
      files.add(text);
      Path pdf = dir.resolve("vragen.pdf");
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        lines.addAll(List.of(TEXT));
      }
      Path source = dir.resolve("bron.txt");
      Files.write(source, lines, StandardCharsets.UTF_8);
      ParseBenchmark.BigPdf.write(List.of(source), 6, pdf);
      files.add(pdf);
      files.add(docx(dir.resolve("vragen.docx")));
      PrintWriter sink = new PrintWriter(new StringWriter());
      for (Path file : files) {
        if (Extraction.of(file) instanceof Extraction.Read read) {
          Enriched enriched = Enricher.enrich(Parser.parse(read.extracted()));
          sink.println(ContractJson.compact(enriched));
          sink.println(ContractJson.pretty(enriched));
          sink.println(Json.pretty(enriched)); // Jackson stays in the cache for the commands that print with it (search, stats)
          sink.print(Markdown.of(enriched.parsed()));
        }
      }
      Extraction.of(dir.resolve("ontbreekt.pdf"));
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
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
