package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageCacheTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final PageCache cache = new PageCache(now::get);
  private final AtomicInteger renders = new AtomicInteger();

  private Body render(int size) {
    renders.incrementAndGet();
    return Body.html("x".repeat(size));
  }

  @Test
  void aPageIsRenderedOnceUntilTheLibraryChanges() {
    Body first = cache.get("/pairs/a.1", () -> render(10));
    now.addAndGet(5 * 3_600_000L);
    assertThat(cache.get("/pairs/a.1", () -> render(10))).isSameAs(first);
    assertThat(renders).hasValue(1);
    cache.clear();
    now.addAndGet(1);
    assertThat(cache.get("/pairs/a.1", () -> render(10))).isNotSameAs(first);
    assertThat(renders).hasValue(2);
  }

  @Test
  void theLeastRecentlyUsedPagesGoWhenTheBytesRunOut() {
    int big = (int) (PageCache.MAX_BYTES / 3);
    cache.get("a", () -> render(big));
    cache.get("b", () -> render(big));
    cache.get("a", () -> render(big));
    cache.get("c", () -> render(big));
    cache.get("d", () -> render(big));
    assertThat(cache.size()).isEqualTo(3);
    cache.get("a", () -> render(big));
    assertThat(renders).as("a was used recently and stayed; b went").hasValue(4);
  }

  @Test
  void aChangeDropsEveryPageAndWhatWasRenderedBeforeIt() {
    cache.get("a", () -> render(1));
    cache.clear();
    assertThat(cache.size()).isZero();
    cache.get("b", () -> render(1));
    assertThat(cache.size()).as("rendered in the same millisecond as the change").isZero();
    now.incrementAndGet();
    cache.get("b", () -> render(1));
    assertThat(cache.size()).isEqualTo(1);
  }
}
