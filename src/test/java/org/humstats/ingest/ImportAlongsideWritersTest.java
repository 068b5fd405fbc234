package org.humstats.ingest;

import static org.humstats.Fixtures.asAdmin;
import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.flow;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.humstats.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A large import must not hold up other writers: the change log numbers an import's changes only when it commits.
 * Before, the import held the change clock's lock from its first batch on: a create waited for the whole import
 * (PostgreSQL) or failed after the lock timeout (H2).
 */
@QuarkusTest
class ImportAlongsideWritersTest {

    @TestHTTPResource("/api/v1/imports?format=csv")
    URI imports;

    @Test
    void shouldLetAnEditorCreateAFigureWhileAnImportIsStillRunning() throws Exception {
        String source = unique("src");
        createSource(source, 0);
        PipedOutputStream file = new PipedOutputStream();
        PipedInputStream body = new PipedInputStream(file, 1 << 16);
        HttpRequest request = HttpRequest.newBuilder(imports).header("Authorization", "Bearer " + Fixtures.ADMIN_KEY)
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        CompletableFuture<HttpResponse<String>> running = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString());
        write(file, "metric,kind,value,period_end,location_code,source\n");
        int rows = 3 * FigureImport.BATCH;
        for (int i = 0; i < rows; i++) {
            write(file, "displaced,stock," + i + "," + java.time.LocalDate.of(2000, 1, 1).plusDays(i) + ",SY0903," + source + "\n");
        }
        file.flush();
        // Time for the import to check and write its first batches (it keeps waiting for the rest of the file).
        Thread.sleep(2000);
        assertTrue(!running.isDone(), "the import is still reading its file");

        long start = System.nanoTime();
        asAdmin().body(flow("SY0903", source, 7, "2001-01-01", "2001-01-02")).post("/api/v1/figures").then().statusCode(201);
        long millis = (System.nanoTime() - start) / 1_000_000;

        write(file, "displaced,stock,1,1999-12-31,SY0903," + source + "\n");
        file.close();
        HttpResponse<String> answer = running.get(2, TimeUnit.MINUTES);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"created\":" + (rows + 1)), answer.body());
        assertTrue(millis < 30_000, "the create waited " + millis + " ms for the import");
    }

    private static void write(OutputStream out, String text) throws Exception {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
