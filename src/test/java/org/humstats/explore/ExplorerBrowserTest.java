package org.humstats.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real browser (headless Chromium), against the service with its seed data: what a newcomer sees at
 * /explore?metric=idps&location=SYR. Screenshots land in target/explorer-screenshots.
 */
@QuarkusTest
class ExplorerBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    @TestHTTPResource("/")
    URL root;

    private static ChromeDriver browser;
    private static Path downloads;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (Chromium.installed()) {
            downloads = Files.createTempDirectory("humstats-downloads");
            browser = Chromium.start(downloads);
        }
    }

    /** Each test is skipped (and counted as skipped) without a browser; under CI=true each fails instead. */
    @BeforeEach
    void needsTheBrowser() {
        Chromium.requireInstalled();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Every test ends with a clean console: no script error, no failed load. */
    @AfterEach
    void noConsoleErrors() {
        if (browser != null) {
            assertEquals(List.of(), Chromium.errors(browser), "errors in the browser console");
        }
    }

    private void open(String pathAndQuery) {
        browser.get(root.toString().replaceAll("/$", "") + pathAndQuery);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    /** Waits until the page has drawn everything of its view (it marks the body when done). */
    private void viewDrawn() {
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private WebElement stockPanelDrawn() {
        viewDrawn();
        return browser.findElement(By.cssSelector(".chart-panel[data-series='stock']"));
    }

    @SuppressWarnings("unchecked")
    private List<String> svgTexts(String panel) {
        return (List<String>) browser.executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".map(t => t.textContent);", ".chart-panel[data-series='" + panel + "'] svg text");
    }

    @Test
    void syriasDisplacedAreChartedWithOchaAndIdmcSideBySide() throws IOException {
        open("/explore?metric=idps&location=SYR");
        WebElement stocks = stockPanelDrawn();
        List<String> legend = svgTexts("stock");
        assertTrue(legend.contains("OCHA") && legend.contains("IDMC"), "legend names both sources: " + legend);
        assertTrue(legend.stream().anyMatch(t -> t.startsWith("Answer")), "the policy's answer is drawn: " + legend);
        assertEquals("Internally displaced people — Syria", browser.findElement(By.id("title")).getText());
        // numbers as people read them
        assertTrue(stocks.findElement(By.cssSelector(".answer")).getText().contains("million"),
                stocks.findElement(By.cssSelector(".answer")).getText());
        // flows are drawn apart from stocks
        assertTrue(browser.findElements(By.cssSelector(".chart-panel[data-series='flow']")).size() == 1);
        assertTrue(browser.findElement(By.tagName("body")).getAttribute("data-first-chart-ms") != null);
        screenshot("explore-syria-idps-desktop.png", 1280, 2600);
    }

    @Test
    void selectingAPointShowsTheFiguresBehindItWithTheirCitations() {
        open("/explore?metric=idps&location=SYR");
        WebElement stocks = stockPanelDrawn();
        stocks.findElement(By.cssSelector("details.numbers summary")).click();
        WebElement button = stocks.findElement(By.cssSelector("button[aria-label='Sources for 2016']"));
        button.sendKeys(Keys.ENTER); // keyboard, as a person without a mouse would
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#details-body .figure-card")));
        String details = browser.findElement(By.id("details-body")).getText();
        assertTrue(details.contains("2017 Humanitarian Needs Overview: Syrian Arab Republic"), details);
        assertTrue(details.contains("6.3 million"), details);
        assertTrue(details.contains("Left out, and why"), details);
        WebElement link = browser.findElement(By.linkText("2017 Humanitarian Needs Overview: Syrian Arab Republic"));
        assertTrue(link.getAttribute("href").startsWith("https://www.humanitarianresponse.info/"), link.getAttribute("href"));
        assertTrue(browser.getCurrentUrl().contains("point=stock%402016-01-01"), "the URL keeps the selected point: "
                + browser.getCurrentUrl());
        // the same URL reopens the same point
        browser.navigate().refresh();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("details-body"),
                "2017 Humanitarian Needs Overview"));
    }

    @Test
    void theDownloadHoldsWhatTheChartShows() throws Exception {
        open("/explore?metric=idps&location=SYR");
        stockPanelDrawn();
        WebElement csv = browser.findElement(By.id("download-csv"));
        String name = csv.getAttribute("download");
        csv.click();
        Path file = downloads.resolve(name);
        waiting().until(d -> Files.exists(file) && file.toFile().length() > 0);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("series,source,metric,location_code,kind,origin,start,end,value"), text);
        assertTrue(text.contains(",idmc,idps,SYR,stock,,2017-01-01,2017-12-31,6784000,"), text);
        assertTrue(text.contains(",un-ocha,idps,SYR,stock,,2016-01-01,2016-12-31,6300000,"), text);
        String hxl = browser.findElement(By.id("download-hxl")).getAttribute("download");
        assertTrue(hxl.endsWith("-hxl.csv"), hxl);
    }

    @Test
    void thePlaceSearchUnderstandsAliasesInAnyScript() {
        open("/explore?metric=displaced&location=SYR");
        viewDrawn();
        for (String spelling : List.of("Albu Kamal", "Abu Kamal", "البوكمال")) {
            WebElement place = browser.findElement(By.id("place"));
            place.clear();
            place.sendKeys(spelling);
            waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#place-results button[data-code='SY0902']")));
        }
        browser.findElement(By.id("place")).sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("location=SY0902"));
        viewDrawn();
        assertEquals("People displaced — Abu Kamal", browser.findElement(By.id("title")).getText());
        String flows = browser.findElement(By.cssSelector(".chart-panel[data-series='flow'] .answer")).getText();
        assertTrue(flows.contains("120,000"), flows);
    }

    @Test
    void theTableSortsAndTheMapPlotsPlacesOnAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(375, 800));
        try {
            open("/explore?metric=idps&location=IRQ&level=1&from=2016-01-01&to=2016-12-31");
            viewDrawn();
            WebElement byPlace = browser.findElement(By.cssSelector("#aggregate-table th[aria-sort] button"));
            byPlace.click(); // Place column: descending, then ascending
            byPlace = browser.findElement(By.cssSelector("#aggregate-table thead th button"));
            byPlace.click();
            List<String> places = browser.findElements(By.cssSelector("#aggregate-table tbody tr th")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(places.stream().sorted().toList(), places, "sorted by place");
            assertTrue(browser.findElements(By.cssSelector("#map circle")).size() >= 7);
            Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth <= 375, "no sideways scrolling at 375 px: " + scrollWidth);
            screenshot("explore-iraq-idps-375px.png", 375, 2400);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void theFrontPageLeadsToTheExplorerAndToSwaggerUi() {
        open("/");
        browser.findElement(By.linkText("Explore the figures")).click();
        waiting().until(ExpectedConditions.urlContains("/explore?metric=idps&location=SYR"));
        stockPanelDrawn();
        browser.findElement(By.linkText("API (Swagger UI)")).click();
        waiting().until(ExpectedConditions.urlContains("/q/swagger-ui"));
    }

    private void screenshot(String name, int width, int height) throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, height));
        browser.executeScript("window.scrollTo(0, 0);");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(before);
    }

}
