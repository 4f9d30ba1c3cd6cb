package org.techsov.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void theSameKeyOnTheSameStoreIsComputedOnce() {
    Memo<String> memo = new Memo<>(4);
    AtomicInteger runs = new AtomicInteger();
    assertThat(memo.get("store-1", "q", () -> "r" + runs.incrementAndGet())).isEqualTo("r1");
    assertThat(memo.get("store-1", "q", () -> "r" + runs.incrementAndGet())).isEqualTo("r1");
    assertThat(memo.get("store-2", "q", () -> "r" + runs.incrementAndGet())).isEqualTo("r2");
    assertThat(runs).hasValue(2);
  }

  @Test
  void theLeastRecentlyUsedEntryMakesRoom() {
    Memo<Integer> memo = new Memo<>(2);
    AtomicInteger runs = new AtomicInteger();
    memo.get("s", "a", runs::incrementAndGet);
    memo.get("s", "b", runs::incrementAndGet);
    memo.get("s", "a", runs::incrementAndGet);
    memo.get("s", "c", runs::incrementAndGet);
    memo.get("s", "a", runs::incrementAndGet);
    assertThat(runs).hasValue(3);
    memo.get("s", "b", runs::incrementAndGet);
    assertThat(runs).hasValue(4);
  }

  @Test
  void aFailureIsNotKept() {
    Memo<String> memo = new Memo<>(4);
    assertThatThrownBy(
            () ->
                memo.get(
                    "s",
                    "q",
                    () -> {
                      throw new IllegalStateException("store busy");
                    }))
        .hasMessage("store busy");
    assertThat(memo.get("s", "q", () -> "ok")).isEqualTo("ok");
  }

  @Test
  void concurrentRequestsForOneKeyWaitForOneComputation() throws Exception {
    Memo<String> memo = new Memo<>(4);
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () ->
                  answers.add(
                      memo.get(
                          "s",
                          "q",
                          () -> {
                            runs.incrementAndGet();
                            started.countDown();
                            try {
                              release.await();
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                            }
                            return "r";
                          })));
      threads.add(t);
      t.start();
    }
    started.await();
    Thread.sleep(50);
    release.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(answers).containsExactly("r", "r", "r", "r");
    assertThat(runs).hasValue(1);
  }
}
