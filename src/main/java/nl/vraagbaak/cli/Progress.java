package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.vraagbaak.store.Ingest.Outcome;

/** Ingest progress on stderr: documents done of total, rate and time left, at most one line a second. */
final class Progress {

  private static final long EVERY_NANOS = 1_000_000_000L;

  private final int total;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastPrinted = start;
  private int done;
  private int stored;
  private int unchanged;
  private int failed;
  private long pairs;

  Progress(int total, PrintWriter err) {
    this.total = total;
    this.err = err;
  }

  void done(Outcome outcome) {
    done++;
    switch (outcome) {
      case Outcome.Added added -> {
        stored++;
        pairs += added.stored().document().pairs().size();
      }
      case Outcome.Unchanged unchanged -> this.unchanged++;
      case Outcome.Failed failure -> failed++;
    }
    long now = System.nanoTime();
    if (now - lastPrinted >= EVERY_NANOS && done < total) {
      lastPrinted = now;
      double seconds = (now - start) / 1e9;
      double rate = done / seconds;
      err.println(String.format(Locale.ROOT, "ingest: %d/%d documents, %.1f documents/s, %d pairs, about %s left",
          done, total, rate, pairs, duration((total - done) / rate)));
      err.flush();
    }
  }

  void finish() {
    double seconds = (System.nanoTime() - start) / 1e9;
    err.println(String.format(Locale.ROOT,
        "ingest: %d documents in %s: %d stored (%d pairs, %.0f pairs/s), %d unchanged, %d failed",
        done, duration(seconds), stored, pairs, pairs / Math.max(seconds, 1e-3), unchanged, failed));
    err.flush();
  }

  private static String duration(double seconds) {
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long s = Math.round(seconds);
    return s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
        : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }
}
