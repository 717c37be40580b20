package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.StoredPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vraagbaak cites}: every pair that cites a Kamerstuk or motion. */
@Command(name = "cites", description = "List the pairs that cite a Kamerstuk or motion (kst-36045-267, 'Kamerstuk 36 045, nr. 267', 'motie Klaver').")
final class CitesCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "list at most N pairs (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "skip the first N pairs (default: ${DEFAULT-VALUE})")
  int offset;

  @Parameters(paramLabel = "KAMERSTUK-OR-MOTION-ID", arity = "1..*",
      description = "a canonical id (kst-36045-267, motie-klaver, ah-tk-20232024-1234) or the words as printed")
  List<String> words;

  @Override
  public Integer call() {
    String typed = String.join(" ", words);
    String id = Enricher.canonicalReference(typed).orElseThrow(() -> new UserError(
        "cannot read '" + typed + "' as a Kamerstuk or motion; give e.g. kst-36045-267, 'Kamerstuk 36 045, nr. 267' or 'motie Klaver'"));
    if (limit < 1 || offset < 0) {
      spec.commandLine().getErr().println(limit < 1 ? "vraagbaak: --limit " + limit + " must be at least 1"
          : "vraagbaak: --offset " + offset + " must not be negative");
      spec.commandLine().getErr().flush();
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<StoredPair> citing;
    int total;
    try (Library library = data.openForReading()) {
      citing = library.citing(id, offset, limit);
      total = library.citingCount(id);
    }
    switch (format) {
      case json -> {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", id);
        json.put("url", Enricher.officialUrl(id));
        json.put("total", total);
        json.put("offset", offset);
        json.put("pairs", citing);
        out.println(Json.pretty(json));
      }
      case text -> out.print(text(id, citing, total, offset));
    }
    out.flush();
    return 0;
  }

  private static String text(String id, List<StoredPair> citing, int total, int offset) {
    StringBuilder text = new StringBuilder();
    String url = Enricher.officialUrl(id);
    text.append(id).append(url == null ? "" : "  " + url).append('\n');
    text.append("cited by ").append(total).append(total == 1 ? " pair" : " pairs");
    if (citing.size() < total) {
      text.append(String.format(java.util.Locale.ROOT, " (%d to %d shown; --offset %d for the next)",
          offset + (citing.isEmpty() ? 0 : 1), offset + citing.size(), offset + citing.size()));
    }
    text.append('\n');
    for (StoredPair stored : citing) {
      Pair pair = stored.pair().pair();
      text.append('\n').append(pair.id())
          .append(stored.document().date() == null ? "" : "  " + stored.document().date())
          .append(pair.asker() == null || pair.asker().party() == null ? "" : "  " + pair.asker().party())
          .append(stored.document().title() == null ? "" : "  " + stored.document().title())
          .append('\n')
          .append("  ").append(snippet(pair.question())).append('\n');
    }
    return text.toString();
  }

  private static String snippet(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
  }
}
