package fi.tyokyky.server.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedWorkTest {

    private final ExecutorService helpers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopHelpers() {
        helpers.shutdownNow();
    }

    @Test
    void resultsComeInTheOrderOfTheItems() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();

        List<Integer> squares = new SharedWork(helpers, 2).map(items, i -> i * i);

        assertThat(squares).containsExactlyElementsOf(items.stream().map(i -> i * i).toList());
    }

    @Test
    void idleHelpersTakeItemsOffTheSameList() {
        // Each side holds its first item until the other has taken one: only possible if both work.
        CountDownLatch callerWorking = new CountDownLatch(1);
        CountDownLatch helperWorking = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        new SharedWork(helpers, 1).map(List.of(1, 2, 3, 4), i -> {
            threads.add(Thread.currentThread().getName());
            boolean onCaller = Thread.currentThread() == caller;
            (onCaller ? callerWorking : helperWorking).countDown();
            await(onCaller ? helperWorking : callerWorking);
            return i;
        });

        assertThat(threads).hasSize(2).contains(caller.getName());
    }

    @Test
    void whenEveryHelperIsBusyTheCallerDoesAllTheWorkAndDoesNotWait() {
        CountDownLatch release = new CountDownLatch(1);
        helpers.submit(() -> await(release));
        helpers.submit(() -> await(release));
        Thread caller = Thread.currentThread();

        List<Boolean> onCaller = new SharedWork(helpers, 2).map(List.of(1, 2, 3), i -> Thread.currentThread() == caller);

        assertThat(onCaller).containsOnly(true);
        release.countDown();
    }

    @Test
    void aHelperStillAtWorkWhenTheCallerIsDoneIsWaitedFor() {
        CountDownLatch helperHasItem = new CountDownLatch(1);
        Thread caller = Thread.currentThread();

        List<String> results = new SharedWork(helpers, 1).map(List.of("a", "b"), item -> {
            if (Thread.currentThread() == caller) {
                await(helperHasItem);
            } else {
                helperHasItem.countDown();
                // Not a timing assertion: the pause only makes the helper finish after the caller.
                pause(300);
            }
            return item;
        });

        assertThat(results).containsExactly("a", "b");
    }

    @Test
    void aFailureIsThrownToTheCallerAfterTheHelpersStop() {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();

        assertThatThrownBy(() -> new SharedWork(helpers, 2).map(items, i -> {
            if (i == 7) {
                throw new IllegalStateException("item 7");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("item 7");
    }

    @Test
    void withoutHelpersTheCallerWorksAlone() {
        Thread caller = Thread.currentThread();

        List<Boolean> onCaller = new SharedWork(helpers, 0).map(List.of(1, 2, 3), i -> Thread.currentThread() == caller);

        assertThat(onCaller).containsExactly(true, true, true);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
