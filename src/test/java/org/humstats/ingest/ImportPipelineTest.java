package org.humstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class ImportPipelineTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS), "the reader thread must not outlive the import");
    }

    @Test
    void shouldWriteEveryBatchInOrderOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Integer> written = new ArrayList<>();
        ImportPipeline.<Integer>run(executor, emit -> {
            for (int i = 0; i < 50; i++) {
                emit.accept(i);
            }
        }, batch -> {
            assertSame(caller, Thread.currentThread());
            written.add(batch);
        });
        assertEquals(50, written.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(i, written.get(i));
        }
    }

    @Test
    void shouldAnswerWhenTheReaderRunsOutOfMemory() {
        List<Integer> written = new ArrayList<>();
        ImportPipeline.ImportFailed failed = assertThrows(ImportPipeline.ImportFailed.class, () ->
                ImportPipeline.<Integer>run(executor, emit -> {
                    emit.accept(1);
                    throw new OutOfMemoryError("a line without end");
                }, written::add));
        assertInstanceOf(OutOfMemoryError.class, failed.getCause());
        assertEquals(List.of(1), written);
    }

    @Test
    void shouldPassOnTheReadersOwnProblem() {
        IllegalStateException e = new IllegalStateException("the database went away");
        assertSame(e, assertThrows(IllegalStateException.class, () ->
                ImportPipeline.<Integer>run(executor, emit -> {
                    throw e;
                }, batch -> { })));
    }

    @Test
    void shouldStopReadingWhenWritingFails() {
        AtomicInteger emitted = new AtomicInteger();
        RuntimeException full = new RuntimeException("disk full");
        assertSame(full, assertThrows(RuntimeException.class, () ->
                ImportPipeline.<Integer>run(executor, emit -> {
                    for (int i = 0; i < 10_000; i++) {
                        emit.accept(i);
                        emitted.incrementAndGet();
                    }
                }, batch -> {
                    throw full;
                })));
        assertTrue(emitted.get() < 10, "the reader stopped soon after the writer failed, not after " + emitted.get());
    }
}
