package nl.vraagbaak.web;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value that is expensive on a large library (counts over a million pairs) and need not be exact to the
 * second: computed once, then refreshed in the background when older than the interval, so that no request
 * waits for it except the very first. {@link #invalidate()} makes the next request compute it afresh.
 */
final class Cached<T> {

  private final long millis;
  private final Supplier<T> compute;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile T value;
  private volatile long computedAt;

  Cached(long millis, Supplier<T> compute) {
    this.millis = millis;
    this.compute = compute;
  }

  T get() {
    T current = value;
    if (current == null) {
      return first();
    }
    if (System.currentTimeMillis() - computedAt > millis && refreshing.compareAndSet(false, true)) {
      Thread.ofVirtual().name("vraagbaak-refresh").start(() -> {
        try {
          computeNow();
        } catch (RuntimeException e) {
          System.err.println("vraagbaak serve: refreshing cached counts failed: " + e);
        } finally {
          refreshing.set(false);
        }
      });
    }
    return current;
  }

  void invalidate() {
    value = null;
  }

  /** The first value: requests arriving while it is computed wait for that computation rather than start their own. */
  private T first() {
    synchronized (this) {
      T current = value;
      return current != null ? current : computeNow();
    }
  }

  private T computeNow() {
    T fresh = compute.get();
    value = fresh;
    computedAt = System.currentTimeMillis();
    return fresh;
  }
}
