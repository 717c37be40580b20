package nl.vraagbaak.enrich;

import java.util.Locale;

/** True and false positives and negatives of one kind, and the precision and recall they give. */
final class Score {

  int truePositives;
  int falsePositives;
  int falseNegatives;

  void count(boolean expected, boolean found) {
    if (expected && found) {
      truePositives++;
    } else if (found) {
      falsePositives++;
    } else if (expected) {
      falseNegatives++;
    }
  }

  /** The sum of several scores. */
  static Score of(Score... scores) {
    Score sum = new Score();
    for (Score s : scores) {
      sum.truePositives += s.truePositives;
      sum.falsePositives += s.falsePositives;
      sum.falseNegatives += s.falseNegatives;
    }
    return sum;
  }

  double precision() {
    return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
  }

  double recall() {
    return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
  }

  String report(String kind) {
    return String.format(Locale.ROOT, "%-16s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)",
        kind, precision(), recall(), truePositives, falsePositives, falseNegatives);
  }
}
