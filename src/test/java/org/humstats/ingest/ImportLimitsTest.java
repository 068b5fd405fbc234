package org.humstats.ingest;

import static org.humstats.Fixtures.createSource;
import static org.humstats.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.humstats.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Uploads that never finish must not be able to hold the service: only humstats.import.max-concurrent imports (2)
 * run at once, each holding at most two database connections; one more is told to come back later.
 */
@QuarkusTest
class ImportLimitsTest {

    @TestHTTPResource("/api/v1/imports?format=csv")
    URI imports;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpRequest.Builder upload() {
        return HttpRequest.newBuilder(imports).header("Authorization", "Bearer " + Fixtures.ADMIN_KEY)
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(2));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileTheImportSlotsAreTaken() throws Exception {
        String source = unique("src");
        createSource(source, 0);
        String header = "metric,kind,value,period_end,location_code,source\n";
        List<PipedOutputStream> files = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PipedOutputStream file = new PipedOutputStream();
            PipedInputStream body = new PipedInputStream(file, 1 << 16);
            slow.add(client.sendAsync(upload().POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            // More than the service buffers before it hands a body over (quarkus.rest.input-buffer-size), so that the
            // import starts and then waits for the rest of its file.
            StringBuilder start = new StringBuilder(header);
            for (int row = 0; row < 2000; row++) {
                start.append("displaced,stock,").append(row).append(',').append(java.time.LocalDate.of(1990 + i, 1, 1).plusDays(row))
                        .append(",SY0902,").append(source).append('\n');
            }
            file.write(start.toString().getBytes(StandardCharsets.UTF_8));
            file.flush();
            files.add(file);
        }
        Thread.sleep(2000); // both uploads reach the service and start importing

        HttpResponse<String> third = client.send(upload().POST(HttpRequest.BodyPublishers.ofString(header
                + "displaced,stock,1,2016-06-30,SY0902," + source + "\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, third.statusCode(), third.body());
        assertTrue(third.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(third.headers().firstValue("Retry-After").isPresent(), "a client is told when to try again");

        for (int i = 0; i < files.size(); i++) {
            files.get(i).close();
        }
        for (CompletableFuture<HttpResponse<String>> s : slow) {
            HttpResponse<String> done = s.get(2, TimeUnit.MINUTES);
            assertEquals(200, done.statusCode(), done.body());
        }
        // The slots are free again.
        HttpResponse<String> again = client.send(upload().POST(HttpRequest.BodyPublishers.ofString(header
                + "displaced,stock,1,2016-06-30,SY0902," + source + "\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode(), again.body());
    }
}
