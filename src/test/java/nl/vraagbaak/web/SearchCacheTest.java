package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.vraagbaak.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchCacheTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final SearchCache cache = new SearchCache(now::get);
  private final AtomicInteger runs = new AtomicInteger();
  private final SearchForm navo = new SearchForm("NAVO", "", "", "", "", "", "", "", "relevance", 10, 0);

  @AfterEach
  void close() {
    cache.close();
  }

  /** A search that counts its runs and answers with its run number as the total. */
  private Supplier<SearchResult> counted() {
    return () -> new SearchResult("NAVO", runs.incrementAndGet(), List.of(), Map.of(), false);
  }

  @Test
  void concurrentRequestsForOneSearchWaitForItsOneRun() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<SearchResult> slow = () -> {
      running.countDown();
      await(release);
      return counted().get();
    };
    try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
      Future<SearchResult> first = threads.submit(() -> cache.get(navo, slow, false).result());
      running.await(5, TimeUnit.SECONDS);
      List<Future<SearchResult>> others = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        others.add(threads.submit(() -> cache.get(navo, slow, false).result()));
      }
      Thread.sleep(50);
      release.countDown();
      for (Future<SearchResult> other : others) {
        assertThat(other.get(5, TimeUnit.SECONDS)).isSameAs(first.get(5, TimeUnit.SECONDS));
      }
    }
    assertThat(runs).hasValue(1);
  }

  @Test
  void aResultIsKeptUntilTheLibraryChangesHoweverOld() {
    SearchResult first = cache.get(navo, counted(), false).result();
    now.addAndGet(TimeUnit.HOURS.toMillis(5));
    assertThat(cache.get(navo, counted(), false).result()).isSameAs(first);
    assertThat(runs).hasValue(1);
    cache.clear();
    now.addAndGet(SearchCache.SETTLE_MILLIS + 1);
    assertThat(cache.get(navo, counted(), false).result().total()).isEqualTo(2);
    assertThat(runs).hasValue(2);
  }

  @Test
  void badQueryIsNotKeptAndEveryRequestGetsItsExplanation() {
    Supplier<SearchResult> bad = () -> {
      runs.incrementAndGet();
      throw WebError.badRequest("the query has an unclosed quote");
    };
    assertThatThrownBy(() -> cache.get(navo, bad, false).result()).isInstanceOf(WebError.class).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> cache.get(navo, bad, false).result()).isInstanceOf(WebError.class);
    assertThat(runs).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void freshRequestRunsTheSearchAndReplacesTheCachedResult() {
    cache.get(navo, counted(), false).result();
    assertThat(cache.get(navo, counted(), true).result().total()).isEqualTo(2);
    assertThat(cache.get(navo, counted(), false).result().total()).isEqualTo(2);
  }

  @Test
  void resultsOfSearchesStartedJustAfterAChangeAreNotKept() {
    cache.get(navo, counted(), false).result();
    cache.clear();
    assertThat(cache.get(navo, counted(), false).result().total()).isEqualTo(2);
    assertThat(cache.get(navo, counted(), false).result().total()).isEqualTo(3);
    now.addAndGet(SearchCache.SETTLE_MILLIS + 1);
    assertThat(cache.get(navo, counted(), false).result().total()).isEqualTo(4);
    assertThat(cache.get(navo, counted(), false).result().total()).isEqualTo(4);
  }

  @Test
  void eachRenderingIsMadeOnceAndSentAsTheSameBytes() {
    AtomicInteger renders = new AtomicInteger();
    SearchCache.Entry entry = cache.get(navo, counted(), false);
    Body first = entry.body(SearchCache.Kind.JSON, r -> {
      renders.incrementAndGet();
      return Body.json(("{\"total\":" + r.total() + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    });
    Body again = cache.get(navo, counted(), false).body(SearchCache.Kind.JSON, r -> {
      renders.incrementAndGet();
      return Body.json(new byte[0]);
    });
    assertThat(again).isSameAs(first);
    assertThat(renders).hasValue(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
