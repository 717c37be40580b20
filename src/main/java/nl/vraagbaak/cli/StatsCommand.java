package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vraagbaak stats}: what the library holds. */
@Command(name = "stats", description = "Count documents and pairs per party, responder, year and kind.")
final class StatsCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Stats stats;
    try (Library library = data.openForReading()) {
      stats = library.stats();
    }
    switch (format) {
      case json -> out.println(Json.pretty(stats));
      case text -> out.print(text(stats));
    }
    out.flush();
    return 0;
  }

  static String text(Stats stats) {
    StringBuilder text = new StringBuilder();
    text.append("documents:  ").append(stats.documents()).append('\n');
    text.append("pairs:      ").append(stats.pairs()).append('\n');
    text.append("unanswered: ").append(stats.unanswered()).append('\n');
    table(text, "pairs per party", stats.perParty());
    table(text, "pairs per responder", stats.perResponder());
    table(text, "pairs per year", stats.perYear());
    table(text, "pairs per kind", stats.perKind());
    table(text, "pairs per answer kind", stats.perAnswerKind());
    nested(text, "answer kinds per responder", stats.answerKindsPerResponder());
    nested(text, "answer kinds per party", stats.answerKindsPerParty());
    return text.toString();
  }

  private static void table(StringBuilder text, String title, Map<String, Long> counts) {
    text.append('\n').append(title).append(":\n");
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    counts.forEach((key, count) ->
        text.append("  ").append(key).append(" ".repeat(width - key.length() + 2)).append(String.format("%8d", count)).append('\n'));
  }

  private static void nested(StringBuilder text, String title, Map<String, Map<String, Long>> counts) {
    text.append('\n').append(title).append(":\n");
    counts.forEach((key, kinds) -> {
      text.append("  ").append(key).append(": ");
      StringBuilder line = new StringBuilder();
      kinds.forEach((kind, count) -> line.append(line.isEmpty() ? "" : ", ").append(kind).append(' ').append(count));
      text.append(line).append('\n');
    });
  }
}
