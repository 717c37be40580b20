package nl.vraagbaak.web;

import java.util.function.Supplier;

/**
 * A value that is expensive on a large library (counts over a million pairs): computed once and kept until the
 * library changes ({@link #invalidate()}); requests arriving while it is computed wait for that computation rather
 * than start their own.
 */
final class Cached<T> {

  private final Supplier<T> compute;
  private volatile T value;
  /** Counts invalidations: a value computed across one is from before the change and is not kept. */
  private volatile long generation;

  Cached(Supplier<T> compute) {
    this.compute = compute;
  }

  T get() {
    T current = value;
    return current != null ? current : first();
  }

  void invalidate() {
    generation++;
    value = null;
  }

  private T first() {
    synchronized (this) {
      T current = value;
      if (current == null) {
        long before = generation;
        current = compute.get();
        if (generation == before) {
          value = current;
        }
      }
      return current;
    }
  }
}
