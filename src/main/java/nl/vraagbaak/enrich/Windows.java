package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a costly pattern only near the cheap words it cannot match without ("nr", "otie", "http"): a regular
 * expression tried at every position of every answer is what made enrichment slow.
 */
final class Windows {

  private Windows() {}

  /**
   * Every match of the pattern within {@code before} characters before and {@code after} characters after an
   * occurrence of one of the anchors; each match once, in text order.
   */
  static void find(String text, List<String> anchors, int before, int after, Pattern pattern, Consumer<Matcher> each) {
    find(text, anchors, before, after, pattern, (t, from, to) -> true, null, each);
  }

  /** A cheap check on one position: false only where no match of the pattern can start. */
  interface Start {
    boolean at(String text, int p);
  }

  /** A cheap check on a stretch of text: false only where the pattern cannot match within it. */
  interface Possible {
    boolean in(String text, int from, int to);
  }

  /**
   * As {@link #find(String, List, int, int, Pattern, Consumer)}, skipping the stretches where a match is not possible
   * and, given a start check (else null), trying the pattern only where a match can start: what find() would do, at
   * fewer positions.
   */
  static void find(
      String text, List<String> anchors, int before, int after, Pattern pattern, Possible possible, Start start,
      Consumer<Matcher> each) {
    List<int[]> windows = new ArrayList<>();
    for (String anchor : anchors) {
      for (int i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
        windows.add(new int[] {Math.max(0, i - before), Math.min(text.length(), i + anchor.length() + after)});
      }
    }
    if (windows.isEmpty()) {
      return;
    }
    windows.sort((a, b) -> Integer.compare(a[0], b[0]));
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int done = 0;
    int from = windows.getFirst()[0];
    int to = windows.getFirst()[1];
    for (int w = 1; w <= windows.size(); w++) {
      if (w < windows.size() && windows.get(w)[0] <= to) {
        to = Math.max(to, windows.get(w)[1]);
        continue;
      }
      int begin = Math.max(from, done);
      if (begin <= to && possible.in(text, begin, to)) {
        if (start == null) {
          m.region(begin, to);
          while (m.find()) {
            each.accept(m);
            done = m.end();
          }
        } else {
          done = lookingAtStarts(text, m, begin, to, start, each, done);
        }
      }
      if (w < windows.size()) {
        from = windows.get(w)[0];
        to = windows.get(w)[1];
      }
    }
  }

  /** The matches from..to, tried at the possible starts in text order; returns where the last one ended (else done). */
  private static int lookingAtStarts(String text, Matcher m, int from, int to, Start start, Consumer<Matcher> each, int done) {
    int p = from;
    while (p < to) {
      if (start.at(text, p) && m.region(p, to).lookingAt()) {
        each.accept(m);
        done = m.end();
        p = Math.max(m.end(), p + 1);
      } else {
        p++;
      }
    }
    return done;
  }
}
