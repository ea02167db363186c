package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * aggregation-service's pages in a real browser: Debian's chromium, headless, driven through chromium-driver. The
 * fixtures loaded, a visitor opens the country's page (public figures, as deploy/local/run has it), drills down to
 * a county, switches year and scope, then signs in as a viewer and as a reviewer. The numbers the browser shows are
 * compared with the rollup API's; screenshots go to deploy/local/target/screenshots/.
 */
@Tag("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesInABrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    private static WebDriver browser;
    private static Path screenshots;

    @BeforeAll
    static void fixturesAndABrowser() throws IOException {
        for (String executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            assertTrue(new File(executable).canExecute(),
                    executable + " is missing: apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        system.reports().submitAll(Fixtures.all().values());
        RollupAssertions.awaitRollups(system);
        screenshots = ProjectLayout.find().root().resolve("deploy/local/target/screenshots");
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
                "--lang=zh-CN");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aVisitorOpensTheCountryAndDrillsDownToACounty() {
        open("/");
        assertTrue(browser.getCurrentUrl().endsWith("/regions/000000/2024?scope=all&basis=received"),
                browser.getCurrentUrl());
        assertShowsTheApisNumbers("000000", 2024, Scope.ALL);
        awaitCharts();
        printLoadTime("the country's page, first request");
        screenshot("1-country");

        for (String region : List.of("410000", "410400", "410482")) {
            browser.findElement(By.cssSelector("#sub-regions-table tr[data-region='" + region + "'] a")).click();
            awaitPage(region);
            assertShowsTheApisNumbers(region, 2024, Scope.ALL);
        }
        assertTrue(browser.findElements(By.id("sub-regions")).isEmpty(), "a county has no sub-regions");
        assertTrue(browser.findElements(By.id("reports")).isEmpty(), "no reports for visitors who have not signed in");
        assertTrue(browser.findElements(By.id("completeness")).isEmpty(), "nor completeness");
        awaitPanels();
        screenshot("2-county-ruzhou-2024");
    }

    @Test
    @Order(2)
    void theYearAndTheScopeSwitch() {
        open("/regions/000000/2024");
        printLoadTime("the country's page, again");
        open("/regions/410300/2024");
        browser.findElement(By.cssSelector("#years a[data-year='2023']")).click();
        awaitPage("410300");
        assertTrue(browser.getCurrentUrl().contains("/regions/410300/2023?"), browser.getCurrentUrl());
        assertShowsTheApisNumbers("410300", 2023, Scope.ALL);
        browser.findElement(By.partialLinkText("本级")).click();
        awaitPage("410300");
        assertTrue(browser.getCurrentUrl().contains("scope=own"), browser.getCurrentUrl());
        assertShowsTheApisNumbers("410300", 2023, Scope.OWN);
        browser.findElement(By.cssSelector("#sub-regions-table tr[data-region='410323'] a")).click();
        awaitPage("410323");
        assertShowsTheApisNumbers("410323", 2023, Scope.OWN);
        assertEquals("1", browser.findElement(By.id("report-count")).getText());
        screenshot("3-xinan-2023-own");
    }

    @Test
    @Order(3)
    void aViewerSeesCompletenessAndTheReports() {
        open("/sign-in?token=" + system.viewerToken());
        awaitPage("000000");
        assertTrue(browser.findElement(By.id("signed-in-as")).getText().contains("viewer"));
        open("/regions/410482/2024");
        assertShowsTheApisNumbers("410482", 2024, Scope.ALL);
        assertFalse(browser.findElements(By.cssSelector("#reports-table tr[data-agency='410482-szfb']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#reports-table a.revisions")).isEmpty(),
                "a viewer does not read reports in the report API: no links there");
        assertFalse(browser.findElements(By.id("desk-missing")).isEmpty());
        assertShowsTheApisIndicators("410482", 2024, Scope.ALL);
        screenshot("4-viewer-ruzhou-2024");
        open("/sign-out");
    }

    @Test
    @Order(4)
    void aReviewerSignsInWithTheFormStartsAtItsRegionAndOpensAReportsRevisions() {
        open("/sign-in");
        browser.findElement(By.id("token")).sendKeys(system.token("reviewer", "410000"));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitPage("410000");
        assertTrue(browser.getCurrentUrl().contains("/regions/410000/2024"), browser.getCurrentUrl());
        assertShowsTheApisNumbers("410000", 2024, Scope.ALL);
        screenshot("5-reviewer-henan-2024");

        open("/regions/410482/2024");
        WebElement revisions = browser.findElement(By.cssSelector("#reports-table tr[data-agency='410482-szfb'] a.revisions"));
        screenshot("6-reviewer-ruzhou-reports");
        revisions.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/revisions"));
        String answer = browser.findElement(By.tagName("body")).getText();
        assertTrue(answer.contains("\"revision\""), "the report API answers the reviewer's cookie: " + answer);

        open("/regions/000000/2024");
        assertEquals("403", browser.findElement(By.id("problem-status")).getText(), "the country is above 河南省");
    }

    @Test
    @Order(5)
    void aPhoneGetsOneColumn() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/regions/410000/2024");
        awaitCharts();
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow, "only the tables scroll sideways, not the page");
        screenshot("7-phone-henan-2024");
        browser.manage().window().setSize(new Dimension(1920, 1080));
        open("/regions/410000/2024");
        awaitCharts();
        screenshot("8-projector-henan-2024");
    }

    /** How long the page took, from the request to the load event (the HTML, the styles, the chart library). */
    private static void printLoadTime(String what) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        System.out.printf("[e2e] %s: %s ms to load (first byte after %s ms), %s bytes of HTML%n", what,
                script.executeScript("return Math.round(performance.getEntriesByType('navigation')[0].duration);"),
                script.executeScript("return Math.round(performance.getEntriesByType('navigation')[0].responseStart);"),
                script.executeScript("return performance.getEntriesByType('navigation')[0].decodedBodySize;"));
    }

    /** Every number of sections 二 to 四, the report count and the sub-regions' numbers: as the API answers them. */
    private static void assertShowsTheApisNumbers(String region, int year, Scope scope) {
        JsonNode rollup = system.rollups().rollup(region, year, scope);
        Map<String, String> shown = cells("#figures td[data-cell]");
        List<String> differences = new ArrayList<>();
        rollup.properties().forEach(section -> {
            if (section.getValue().isObject()) {
                compare(section.getKey(), section.getValue(), shown, differences);
            }
        });
        assertEquals(List.of(), differences, region + " " + year + " " + scope);
        assertEquals(gov.disclosure.report.ReportNumbers.NAMES.size(), shown.size(), "every number of the template");
        assertEquals(rollup.get("reportCount").asText(), browser.findElement(By.id("report-count")).getText());
        for (JsonNode child : system.rollups().children(region, year, scope)) {
            String row = "#sub-regions-table tr[data-region='" + child.get("regionCode").asText() + "'] ";
            assertEquals(child.get("reportCount").asText(),
                    browser.findElement(By.cssSelector(row + "td[data-cell=reportCount]")).getText());
            assertEquals(child.at("/applications/newlyReceived/total").decimalValue().toPlainString(),
                    browser.findElement(By.cssSelector(row + "td[data-cell='applications.newlyReceived.total']")).getText());
        }
    }

    /** The indicators panel: a row per indicator of the API's answer, with its label, numerator and denominator. */
    private static void assertShowsTheApisIndicators(String region, int year, Scope scope) {
        awaitPanels();
        JsonNode indicators = system.rollups().indicators(region, year, scope).get("indicators");
        assertFalse(indicators.isEmpty());
        for (JsonNode indicator : indicators) {
            List<WebElement> cells = browser.findElements(By.cssSelector(
                    "#panel-indicators tr[data-indicator='" + indicator.get("id").asText() + "'] td"));
            assertEquals(5, cells.size(), indicator.get("id").asText());
            assertEquals(0, indicator.get("numerator").decimalValue().compareTo(new BigDecimal(cells.get(1).getText())));
            assertEquals(0, indicator.get("denominator").decimalValue().compareTo(new BigDecimal(cells.get(2).getText())));
        }
        assertEquals("公开率", browser.findElement(By.cssSelector(
                "#panel-indicators tr[data-indicator='disclosureRate'] th")).getText());
    }

    private static void compare(String path, JsonNode node, Map<String, String> shown, List<String> differences) {
        if (node.isObject()) {
            node.properties().forEach(field -> compare(path + "." + field.getKey(), field.getValue(), shown, differences));
        } else if (!shown.containsKey(path) || new BigDecimal(shown.get(path)).compareTo(node.decimalValue()) != 0) {
            differences.add(path + ": API " + node + ", page " + shown.get(path));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cells(String selector) {
        List<List<String>> pairs = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".map(function (td) { return [td.dataset.cell, td.textContent.trim()]; });", selector);
        Map<String, String> cells = new LinkedHashMap<>();
        pairs.forEach(pair -> cells.put(pair.get(0), pair.get(1)));
        return cells;
    }

    private static void open(String path) {
        browser.get(system.aggregationService().url() + path);
    }

    private static void awaitPage(String region) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.findElements(
                By.cssSelector("#region-title[data-region='" + region + "']")).isEmpty());
    }

    /** ECharts draws into a canvas once its script ran. */
    private static void awaitCharts() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                !driver.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
    }

    /** The issue 13 panels end loaded, or saying they are not available (before those operations exist). */
    private static void awaitPanels() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElements(
                By.cssSelector("[data-panel-src]:not([data-state])")).isEmpty());
    }

    /** The whole page: the window made as tall as the page (up to 8000 pixels) for the shot. */
    private static void screenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(8000, height + 150)));
        try {
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }
}
