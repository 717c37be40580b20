package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.StoredCommitment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vraagbaak commitments}: the promises (toezeggingen) made in the library's answers, soonest due first. */
@Command(name = "commitments", description = "List the government's promises to the Kamer (toezeggingen), soonest deadline first.")
final class CommitmentsCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--open", description = "only promises not yet due: no deadline, or a deadline on or after --as-of")
  boolean open;

  @Option(names = "--due-before", paramLabel = "DATE", description = "only promises with a deadline before DATE (YYYY-MM-DD)")
  LocalDate dueBefore;

  @Option(names = "--responder", paramLabel = "R", description = "only promises of this responder (words it contains, e.g. 'Defensie')")
  String responder;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the date --open is judged against (default: today)")
  LocalDate asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<StoredCommitment> selected;
    try (Library library = data.openForReading()) {
      selected = library.commitments().stream().filter(this::wanted).sorted(SOONEST_FIRST).toList();
    }
    switch (format) {
      case json -> {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", selected.size());
        json.put("commitments", selected);
        out.println(Json.pretty(json));
      }
      case text -> out.print(text(selected));
    }
    out.flush();
    return 0;
  }

  /** By deadline, promises without one last; then by the date of the letter that made them. */
  private static final Comparator<StoredCommitment> SOONEST_FIRST =
      Comparator.comparing(StoredCommitment::deadline, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(StoredCommitment::documentDate, Comparator.nullsLast(Comparator.<String>naturalOrder()));

  private boolean wanted(StoredCommitment c) {
    LocalDate deadline = c.deadline() == null ? null : LocalDate.parse(c.deadline());
    LocalDate today = asOf != null ? asOf : LocalDate.now();
    if (open && deadline != null && deadline.isBefore(today)) {
      return false;
    }
    if (dueBefore != null && (deadline == null || !deadline.isBefore(dueBefore))) {
      return false;
    }
    return responder == null
        || c.responder() != null && c.responder().toLowerCase(Locale.ROOT).contains(responder.strip().toLowerCase(Locale.ROOT));
  }

  private static String text(List<StoredCommitment> commitments) {
    StringBuilder text = new StringBuilder();
    text.append(commitments.size()).append(commitments.size() == 1 ? " commitment\n" : " commitments\n");
    for (StoredCommitment c : commitments) {
      text.append('\n')
          .append(c.deadline() != null ? "due " + c.deadline() : c.condition() != null ? "when: " + c.condition() : "no deadline")
          .append("  ").append(c.responder() == null ? "(responder unknown)" : c.responder())
          .append("  ").append(c.pairId())
          .append(c.documentDate() == null ? "" : "  (letter of " + c.documentDate() + ")")
          .append('\n')
          .append("  ").append(c.text()).append('\n');
    }
    return text.toString();
  }
}
