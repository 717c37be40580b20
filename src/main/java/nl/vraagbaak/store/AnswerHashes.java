package nl.vraagbaak.store;

/**
 * Which answer hashes the library may hold: a bit per hash value, so that a pair whose answer was never stored
 * before (nearly every pair) needs no query for earlier pairs with the same answer. False positives only cost
 * that query; there are no false negatives, since every stored hash is added. 8 MB answers for a million answers
 * with about 1.5% false positives.
 */
final class AnswerHashes {

  private static final int BITS = 1 << 26;

  private final long[] words = new long[BITS / 64];

  /** @param hash the stored form: hex digits of a SHA-256 prefix, uniformly spread */
  void add(String hash) {
    int bit = bit(hash);
    words[bit >>> 6] |= 1L << bit;
  }

  boolean mightContain(String hash) {
    int bit = bit(hash);
    return (words[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int bit(String hash) {
    long value = 0;
    for (int i = Math.max(0, hash.length() - 8); i < hash.length(); i++) {
      value = value << 4 | Character.digit(hash.charAt(i), 16);
    }
    return (int) (value & (BITS - 1));
  }
}
