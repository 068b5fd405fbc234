package org.humstats.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs the reading side of an import on another thread while the calling thread writes: reading, checking and
 * preparing one batch overlaps with the database writing the one before (BENCHMARKS.md, imports). At most a few
 * batches wait between the two, so memory stays flat however large the file.
 *
 * <p>Whatever goes wrong on either side ends both: a failure of the reader (an {@link Error} included) is thrown on
 * the calling thread once the reader has stopped; a failure of the writer stops the reader at its next batch. The
 * calling thread returns only after the reader has finished, so nothing of the import outlives the request.
 */
final class ImportPipeline {

    /** Reads the file, handing each prepared batch to {@code emit} (which waits while the writer is behind). */
    @FunctionalInterface
    interface Reader<B> {
        void read(Consumer<B> emit) throws Exception;
    }

    /** Thrown by {@link #run} when a side failed with a checked exception or an {@link Error}. */
    static final class ImportFailed extends RuntimeException {
        ImportFailed(Throwable cause) {
            super("the import failed: " + cause, cause);
        }
    }

    private static final Object END = new Object();

    private ImportPipeline() {
    }

    @SuppressWarnings("unchecked")
    static <B> void run(Executor executor, Reader<B> reader, Consumer<B> writer) {
        BlockingQueue<Object> ready = new ArrayBlockingQueue<>(3);
        Throwable[] failure = new Throwable[1];
        boolean[] cancelled = new boolean[1];
        executor.execute(() -> {
            try {
                reader.read(batch -> {
                    synchronized (cancelled) {
                        if (cancelled[0]) {
                            throw new CancellationException("the writer stopped");
                        }
                    }
                    put(ready, batch);
                });
            } catch (CancellationException e) {
                // The writer failed and reports why.
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                put(ready, END);
            }
        });
        RuntimeException writeFailure = null;
        for (Object item = take(ready); item != END; item = take(ready)) {
            if (writeFailure == null) {
                try {
                    writer.accept((B) item);
                } catch (RuntimeException | Error e) {
                    synchronized (cancelled) {
                        cancelled[0] = true;
                    }
                    writeFailure = e instanceof RuntimeException r ? r : new ImportFailed(e);
                }
            }
            // After a failure, batches are only drained so that the reader is never left waiting.
        }
        if (writeFailure != null) {
            throw writeFailure;
        }
        Throwable t = failure[0];
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t != null) {
            throw new ImportFailed(t);
        }
    }

    /**
     * Waits through interrupts: the reader always ends with END and the writer always drains to it, so each side's
     * wait ends; leaving one early would leave the other waiting for ever.
     */
    private static void put(BlockingQueue<Object> queue, Object item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
