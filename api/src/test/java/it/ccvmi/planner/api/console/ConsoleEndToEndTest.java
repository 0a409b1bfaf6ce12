package it.ccvmi.planner.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Planners and COCs use the console in a real headless Chromium against the running application. The planner's
 * page after publishing is saved as api/target/console.png; the page as each test ended (also when it failed)
 * as api/target/console-{test}.png.
 */
@ApiTest
class ConsoleEndToEndTest {

    private static final LocalDate PUBLISHED_DAY = LocalDate.of(2035, 3, 15);
    private static final LocalDate STOPPED_DAY = LocalDate.of(2035, 3, 16);
    private static final Duration SOLVE_WAIT = Duration.ofMinutes(3); // queued behind other jobs, then solving
    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void openConsole() throws IOException {
        chromium = new HeadlessChromium(1440, 1560);
        browser = chromium.driver();
        browser.get(api.baseUrl() + "/console/");
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        try {
            saveScreenshot("target/console-" + test.getTestMethod().orElseThrow().getName() + ".png");
        } finally {
            chromium.close();
        }
    }

    @Test
    void aPlannerPlansWatchesTheSolverPublishesAndTheCocSeesItsDeliveries() throws IOException {
        scenarios.generateAndSave(PUBLISHED_DAY, 2035);
        Account planner = accounts.planner();
        signIn(planner, "planner");

        startPlan(PUBLISHED_DAY, 6);
        double firstProgress = waitUpTo(SOLVE_WAIT).until(driver -> progressAbove(0));
        double laterProgress = waitUpTo(Duration.ofSeconds(16)).until(driver -> progressAbove(firstProgress));
        assertThat(laterProgress).isGreaterThan(firstProgress);

        waitUpTo(SOLVE_WAIT).until(ExpectedConditions.textMatches(By.id("version-line"),
                versionLine(PUBLISHED_DAY, "DRAFT")));
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane svg path.route"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane svg path.stop"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#fair-table tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart svg rect"))).isNotEmpty();

        browser.findElement(By.id("plan-publish")).click();
        waitUpTo(PAGE_WAIT).until(ExpectedConditions.textMatches(By.id("version-line"),
                versionLine(PUBLISHED_DAY, "PUBLISHED")));
        ApiClient.Response published = api.get("/api/v1/plans/" + PUBLISHED_DAY + "/published", api.bearer(planner));
        assertThat(published.status()).isEqualTo(200);
        saveScreenshot("target/console.png");

        String istat = published.json().at("/routes/0/stops/0/comuneIstat").asString();
        new Select(browser.findElement(By.id("schedule-comune"))).selectByValue(istat);
        browser.findElement(By.id("planner-ics")).click();
        browser.findElement(By.xpath("//span[@id='layer-links']/button[text()='routes']")).click();
        assertThat(downloaded("consegne-" + istat + "-" + PUBLISHED_DAY + ".ics")).startsWith("BEGIN:VCALENDAR");
        assertThat(downloaded("routes-" + PUBLISHED_DAY + "-v1.geojson")).contains("\"FeatureCollection\"");

        browser.findElement(By.id("sign-out")).click();
        signIn(accounts.coc(istat), "coc");
        setDate("coc-date", PUBLISHED_DAY);
        browser.findElement(By.cssSelector("#coc-form button[type=submit]")).click();
        assertThat(waitUpTo(PAGE_WAIT).until(ExpectedConditions
                .numberOfElementsToBeMoreThan(By.cssSelector("#schedule-table tbody tr"), 0))).isNotEmpty();
        assertThat(chromium.policyViolations()).as("the console within its Content-Security-Policy").isEmpty();
    }

    @Test
    void namesFromTheDataShowAsTextInTheMapNeverAsMarkup() {
        String name = "Hub <img src=x id=injected onerror=\"document.title='owned'\">";
        ApiClient.Response created = api.post("/api/v1/sites", api.bearer(accounts.planner()), """
                {"kind": "ATS_HUB", "name": "%s", "address": "Via Prova 1", "lon": 9.19, "lat": 45.47}"""
                .formatted(name.replace("\"", "\\\"")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        try {
            signIn(accounts.planner(), "planner");
            waitUpTo(PAGE_WAIT).until(ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector(".leaflet-overlay-pane svg path.site"), 1));
            browser.executeScript("for (const site of document.querySelectorAll('path.site')) {"
                    + " site.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); }");

            waitUpTo(PAGE_WAIT).until(driver -> driver.findElements(By.cssSelector(".leaflet-tooltip")).stream()
                    .anyMatch(tooltip -> tooltip.getText().contains("<img")));
            assertThat(browser.findElements(By.id("injected"))).isEmpty();
            assertThat(browser.getTitle()).isNotEqualTo("owned");
            assertThat(chromium.policyViolations()).isEmpty();
        } finally {
            api.delete("/api/v1/sites/" + created.json().get("id").asLong(), api.bearer(accounts.planner()));
        }
    }

    @Test
    void aPlannerStopsTheSolverEarlyAndGetsItsBestPlanSoFar() {
        scenarios.generateAndSave(STOPPED_DAY, 2036);
        signIn(accounts.planner(), "planner");

        startPlan(STOPPED_DAY, 300);
        waitUpTo(SOLVE_WAIT).until(ExpectedConditions.textMatches(By.id("progress-text"),
                Pattern.compile("^SOLVING .* best score -?\\d+hard")));
        browser.findElement(By.id("plan-stop")).click();

        waitUpTo(PAGE_WAIT).until(ExpectedConditions.textMatches(By.id("version-line"),
                versionLine(STOPPED_DAY, "DRAFT")));
        assertThat(browser.findElement(By.id("progress-text")).getText()).startsWith("STOPPED");
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane svg path.route"))).isNotEmpty();
    }

    private void signIn(Account account, String expectedView) {
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(account.password());
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitUpTo(PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(expectedView)));
    }

    private void startPlan(LocalDate day, int timeLimitSeconds) {
        setDate("plan-date", day);
        WebElement timeLimit = browser.findElement(By.id("time-limit"));
        timeLimit.clear();
        timeLimit.sendKeys(String.valueOf(timeLimitSeconds));
        browser.findElement(By.id("plan-start")).click();
    }

    /** Date inputs take typed keys in the browser's locale order; setting the value is locale-free. */
    private void setDate(String inputId, LocalDate date) {
        browser.executeScript("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + " input.dispatchEvent(new Event('change'));", inputId, date.toString());
    }

    /** The progress bar's value once it is above {@code floor}, else null (wait on); fails on a shown error. */
    private Double progressAbove(double floor) {
        WebElement message = browser.findElement(By.id("message"));
        if (message.getDomAttribute("class") != null && message.getDomAttribute("class").contains("error")) {
            throw new AssertionError("the console reports: " + message.getText());
        }
        double value = Double.parseDouble(browser.findElement(By.id("progress")).getDomProperty("value"));
        return value > floor ? value : null;
    }

    /** The text of a file the browser downloaded, once it is complete. */
    private String downloaded(String fileName) {
        Path file = chromium.downloads().resolve(fileName);
        return waitUpTo(PAGE_WAIT).until(driver -> Files.isRegularFile(file) ? read(file) : null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern versionLine(LocalDate date, String status) {
        return Pattern.compile("Plan " + date + " · version \\d+ · " + status);
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(100));
    }

    private void saveScreenshot(String path) throws IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of(path),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
