package fi.tyokyky.server.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on the calling thread, with idle helper threads
 * taking items off the same list meanwhile, and returns the results in the list's order.
 *
 * <p>Why this shape: validating the entries of one submission is independent work, and a lone
 * submission should use every core. But on a busy server every core is already serving another
 * request. So the calling thread never waits for a helper to become free: it works through the list
 * itself, helpers that start late find nothing left, and helpers that have not started by the end
 * are cancelled. Busy or idle, a request is never slower than doing the work alone.
 *
 * <p>Thread-safe if the function is.
 */
public final class SharedWork {

    private final ExecutorService helpers;
    private final int maxHelpers;

    /**
     * @param helpers the threads that may help; shared by all callers; not null
     * @param maxHelpers how many of them one call may ask for; 0 means the caller works alone
     */
    public SharedWork(ExecutorService helpers, int maxHelpers) {
        if (maxHelpers < 0) {
            throw new IllegalArgumentException("maxHelpers must not be negative");
        }
        this.helpers = helpers;
        this.maxHelpers = maxHelpers;
    }

    /**
     * The function applied to each item, in the items' order. A runtime exception or error thrown by
     * the function for any item is thrown here (the first one met), after every helper has stopped.
     */
    public <T, R> List<R> map(List<T> items, Function<T, R> function) {
        Call<T, R> call = new Call<>(items, function);
        List<Future<?>> asked = new ArrayList<>();
        for (int i = 0; i < Math.min(maxHelpers, items.size() - 1); i++) {
            asked.add(helpers.submit(call::help));
        }
        call.work();
        // Helpers still queued would only find the list done; give their threads back at once.
        asked.forEach(helper -> helper.cancel(false));
        return call.awaitResults();
    }

    /** The state of one {@link #map} call, shared by the caller and its helpers. */
    private static final class Call<T, R> {
        private final List<T> items;
        private final Function<T, R> function;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        // Guarded by this: helpers working now, and whether the caller has stopped taking helpers.
        private int working;
        private boolean closed;

        Call(List<T> items, Function<T, R> function) {
            this.items = items;
            this.function = function;
            this.results = new Object[items.size()];
        }

        /** A helper's turn: works unless the caller has already collected the results. */
        void help() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                working++;
            }
            try {
                work();
            } finally {
                synchronized (this) {
                    working--;
                    notifyAll();
                }
            }
        }

        /** Takes items off the list until none is left or an item failed. */
        void work() {
            int index;
            while ((index = next.getAndIncrement()) < items.size()) {
                try {
                    results[index] = function.apply(items.get(index));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    // The call fails anyway: the others stop at the next item they would take.
                    next.set(items.size());
                }
            }
        }

        /** Waits for the helpers at work, then gives the results or throws the first failure. */
        List<R> awaitResults() {
            boolean interrupted = false;
            synchronized (this) {
                closed = true;
                while (working > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // A helper is mid-item and writes into the results: wait for it regardless.
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable failed = failure.get();
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed instanceof Error error) {
                throw error;
            }
            @SuppressWarnings("unchecked")
            List<R> ordered = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
            return ordered;
        }
    }
}
