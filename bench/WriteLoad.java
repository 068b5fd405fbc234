import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates figures one request each from several threads for a fixed time, as editors and small integrations do,
 * and prints how many were answered 201 per second and the latency of those answers. Every create is its own
 * transaction, so this is the rate at which commits reach the disk.
 * Usage: {@code java WriteLoad.java BASE_URL ADMIN_KEY THREADS SECONDS}
 */
public class WriteLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int threads = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger failed = new AtomicInteger();
        List<List<Double>> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Double> mine = new ArrayList<>();
            perThread.add(mine);
            int worker = t;
            Thread th = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    n++;
                    String body = String.format("{\"metric\":\"displaced\",\"kind\":\"flow\",\"value\":%d,"
                            + "\"period_start\":\"2016-01-01\",\"period_end\":\"2016-01-%02d\","
                            + "\"location_code\":\"SY0902\",\"source\":\"durability-bench\",\"notes\":\"writer %d\"}",
                            n, n % 28 + 1, worker);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/figures"))
                            .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 201) {
                            mine.add((System.nanoTime() - t0) / 1e6);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            workers.add(th);
            th.start();
        }
        for (Thread th : workers) {
            th.join();
        }
        List<Double> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        Collections.sort(all);
        double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2);
        double p99 = all.isEmpty() ? 0 : all.get(Math.min(all.size() - 1, (int) (all.size() * 0.99)));
        System.out.printf("created=%d failed=%d per_second=%.1f p50_ms=%.1f p99_ms=%.1f%n",
                all.size(), failed.get(), all.size() / (double) seconds, p50, p99);
    }
}
