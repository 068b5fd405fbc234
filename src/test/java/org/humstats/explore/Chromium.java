package org.humstats.explore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, driven headless through Debian's chromedriver. Nothing is downloaded: both paths are given.
 * Without them the browser tests are skipped and say why; under CI=true a missing browser is a failure instead,
 * so CI can never pass without having run them.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getenv().getOrDefault("HUMSTATS_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("HUMSTATS_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    private static boolean told;

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Skips (or, under CI, fails) when Chromium or its driver is not installed. */
    static void requireInstalled() {
        if (installed()) {
            return;
        }
        String why = "Browser tests of /explore need " + BROWSER + " and " + DRIVER
                + " (Debian: apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(why + "; under CI=true they must run, so this is a failure.");
        }
        if (!told) {
            told = true;
            System.out.println("SKIPPED browser tests: " + why + ". Install them to run these tests.");
        }
        Assumptions.abort(why);
    }

    /** A fresh headless browser that saves downloads into {@code downloads} and keeps the console log. */
    static ChromeDriver start(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1280,1000", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        // Uncaught errors and console.error calls are kept in the page, so a test can assert there were none.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__errors = [];
                window.addEventListener('error', e => window.__errors.push(String(e.message || e.type)));
                window.addEventListener('unhandledrejection', e => window.__errors.push('unhandled: ' + e.reason));
                const original = console.error;
                console.error = function (...args) { window.__errors.push(args.join(' ')); original.apply(console, args); };
                """));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        return driver;
    }

    /** Errors the page met: its own error hook plus the browser's console log at SEVERE (failed loads included). */
    @SuppressWarnings("unchecked")
    static List<String> errors(ChromeDriver driver) {
        List<String> errors = new java.util.ArrayList<>((List<String>) driver.executeScript("return window.__errors || [];"));
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .forEach(e -> errors.add(e.getMessage()));
        return errors;
    }
}
