package org.humstats.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: the measuring half of bench/explore-first-chart.sh. Opens the explorer at {@code explore.bench.url}
 * in a fresh headless Chromium each time (a newcomer's cold cache) and reads the page's own marks: milliseconds from
 * navigation start to the first drawn chart, and to everything drawn. Runs only when the URL is given, and its name
 * does not match Surefire's test patterns, so the test suite never runs it.
 */
@EnabledIfSystemProperty(named = "explore.bench.url", matches = ".+")
class FirstChartBenchmark {

    @Test
    void measureTheFirstChart() throws IOException {
        String url = System.getProperty("explore.bench.url");
        int runs = Integer.getInteger("explore.bench.runs", 5);
        Chromium.requireInstalled();
        List<Long> first = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            Path downloads = Files.createTempDirectory("humstats-bench");
            ChromeDriver browser = Chromium.start(downloads);
            try {
                browser.get(url);
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                        "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
                long f = Long.parseLong(browser.findElement(By.tagName("body")).getAttribute("data-first-chart-ms"));
                long r = Long.parseLong(browser.findElement(By.tagName("body")).getAttribute("data-ready-ms"));
                if (!Chromium.errors(browser).isEmpty()) {
                    throw new IllegalStateException("errors in the page: " + Chromium.errors(browser));
                }
                if (i > 0) { // the first run warms the service up and is not counted
                    first.add(f);
                    ready.add(r);
                }
                System.out.printf("run %d: first chart %d ms, everything drawn %d ms%s; %s%n", i, f, r, i == 0 ? " (warm-up)" : "",
                        browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                                + "const res = performance.getEntriesByType('resource').map(e => e.name.replace(location.origin, '')"
                                + ".slice(0, 40) + ' ' + Math.round(e.startTime) + '+' + Math.round(e.duration));"
                                + "return 'page ' + Math.round(n.responseEnd) + ', DOMContentLoaded ' + Math.round(n.domContentLoadedEventEnd)"
                                + " + '; ' + res.join(', ');"));
            } finally {
                browser.quit();
            }
        }
        String line = String.format("first chart: median %d ms (min %d, max %d); everything drawn: median %d ms "
                + "(min %d, max %d); %d runs after one warm-up; %s", median(first), min(first), max(first),
                median(ready), min(ready), max(ready), runs, url);
        System.out.println(line);
        String out = System.getProperty("explore.bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), line + System.lineSeparator());
        }
    }

    private static long median(List<Long> xs) {
        return xs.stream().sorted().toList().get((xs.size() - 1) / 2);
    }

    private static long min(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
