package nl.vraagbaak.web;

import java.util.function.Supplier;

/** A value computed at most once per interval: counts of a large library need not be exact to the second. */
final class Cached<T> {

  private final long millis;
  private final Supplier<T> compute;
  private volatile T value;
  private volatile long computedAt;

  Cached(long millis, Supplier<T> compute) {
    this.millis = millis;
    this.compute = compute;
  }

  T get() {
    long now = System.currentTimeMillis();
    T current = value;
    if (current == null || now - computedAt > millis) {
      current = compute.get();
      value = current;
      computedAt = now;
    }
    return current;
  }

  void invalidate() {
    value = null;
  }
}
