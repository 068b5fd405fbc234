import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages the whole change feed ({@code GET /api/v1/changes?limit=1000}, following page.next_cursor) and prints how long
 * the first pages, the pages in the middle and the last full pages took: a keyset cursor should make a deep page cost
 * what the first one does. Usage: {@code java PageFeed.java http://127.0.0.1:8461}
 */
public class PageFeed {

    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Pattern next = Pattern.compile("\"next_cursor\":\"([^\"]+)\"");
        Pattern item = Pattern.compile("\"change\":\"");
        List<Double> millis = new ArrayList<>();
        String cursor = null;
        long changes = 0;
        long start = System.nanoTime();
        while (true) {
            String url = args[0] + "/api/v1/changes?limit=1000" + (cursor == null ? "" : "&since=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            }
            Matcher m = item.matcher(r.body());
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n == 0) {
                break;
            }
            changes += n;
            if (n == 1000) {
                millis.add(ms);
            }
            Matcher c = next.matcher(r.body());
            if (!c.find()) {
                throw new IllegalStateException("no next_cursor");
            }
            cursor = c.group(1);
        }
        double total = (System.nanoTime() - start) / 1e9;
        int pages = millis.size();
        System.out.printf("changes=%d full_pages=%d total_s=%.1f%n", changes, pages, total);
        System.out.printf("first_10_pages_ms_avg=%.1f%n", avg(millis, 0, Math.min(10, pages)));
        System.out.printf("middle_10_pages_ms_avg=%.1f (pages %d-%d)%n", avg(millis, pages / 2, Math.min(pages, pages / 2 + 10)), pages / 2 + 1, Math.min(pages, pages / 2 + 10));
        System.out.printf("last_10_pages_ms_avg=%.1f (pages %d-%d)%n", avg(millis, Math.max(0, pages - 10), pages), Math.max(0, pages - 10) + 1, pages);
    }

    static double avg(List<Double> xs, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += xs.get(i);
        }
        return to > from ? s / (to - from) : Double.NaN;
    }
}
