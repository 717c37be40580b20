package nl.vraagbaak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded damage to a document's lines, as extraction gone wrong might do it; for tests that must never crash. */
public final class Mangling {

  /** How many kinds of damage {@link #lines} knows. */
  public static final int KINDS = 4;

  private Mangling() {}

  /**
   * The lines damaged in one way ({@code kind} below {@link #KINDS}): shuffled, a quarter deleted, a quarter duplicated
   * in random places, or a stretch rotated.
   */
  public static List<String> lines(List<String> seed, Random random, int kind) {
    List<String> lines = new ArrayList<>(seed);
    switch (kind) {
      case 0 -> Collections.shuffle(lines, random);
      case 1 -> {
        for (int i = lines.size() / 4; i > 0 && !lines.isEmpty(); i--) {
          lines.remove(random.nextInt(lines.size()));
        }
      }
      case 2 -> {
        for (int i = lines.size() / 4; i > 0; i--) {
          int at = random.nextInt(lines.size());
          lines.add(at, lines.get(random.nextInt(lines.size())));
        }
      }
      case 3 -> {
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + random.nextInt(200));
        Collections.rotate(lines.subList(from, to), random.nextInt(10) + 1);
      }
      default -> throw new IllegalArgumentException("no kind of damage " + kind + "; use 0 to " + (KINDS - 1));
    }
    return lines;
  }
}
