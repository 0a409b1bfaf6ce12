package it.ccvmi.planner.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner uses the console in a real headless Chromium: signs in, plans a generated day, watches the
 * progress bar grow, gets routes on the map and the fair-split table, publishes; then a COC of a comune in the
 * plan signs in and sees its deliveries. Leaves a screenshot of the planner's page after publishing (or of
 * the page where the test failed) in api/target/console.png.
 */
@ApiTest
class ConsoleEndToEndTest {

    private static final LocalDate DAY = LocalDate.of(2035, 3, 15);
    private static final int TIME_LIMIT_SECONDS = 6;
    private static final Duration SOLVE_WAIT = Duration.ofMinutes(3); // queued behind other jobs, then solving
    private static final Path SCREENSHOT = Path.of("target/console.png");

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private boolean screenshotSaved;

    @BeforeEach
    void openBrowser() throws Exception {
        chromium = new HeadlessChromium(1440, 1560);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        try {
            if (!screenshotSaved) { // the page where the test failed
                saveScreenshot();
            }
        } finally {
            chromium.close();
        }
    }

    private void saveScreenshot() throws IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        screenshotSaved = true;
    }

    @Test
    void aPlannerPlansWatchesTheSolverAndPublishes() throws Exception {
        scenarios.generateAndSave(DAY, 2035);
        Account planner = accounts.planner();

        browser.get(api.baseUrl() + "/console/");
        signIn(planner, "planner");

        setDate("plan-date", DAY);
        WebElement timeLimit = browser.findElement(By.id("time-limit"));
        timeLimit.clear();
        timeLimit.sendKeys(String.valueOf(TIME_LIMIT_SECONDS));
        browser.findElement(By.id("plan-start")).click();

        double firstProgress = waitUpTo(SOLVE_WAIT).until(driver -> progressAbove(0));
        double laterProgress = waitUpTo(Duration.ofSeconds(TIME_LIMIT_SECONDS + 10))
                .until(driver -> progressAbove(firstProgress));
        assertThat(laterProgress).isGreaterThan(firstProgress);

        waitUpTo(SOLVE_WAIT).until(ExpectedConditions.textMatches(By.id("version-line"), versionOf(DAY, "DRAFT")));
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane svg path.route"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane svg path.stop"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#fair-table tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart svg rect"))).isNotEmpty();

        browser.findElement(By.id("plan-publish")).click();
        waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.textMatches(By.id("version-line"), versionOf(DAY, "PUBLISHED")));
        ApiClient.Response published = api.get("/api/v1/plans/" + DAY + "/published", api.bearer(planner));
        assertThat(published.status()).isEqualTo(200);
        saveScreenshot();

        browser.findElement(By.id("sign-out")).click();
        signIn(accounts.coc(published.json().at("/routes/0/stops/0/comuneIstat").asString()), "coc");
        setDate("coc-date", DAY);
        browser.findElement(By.cssSelector("#coc-form button[type=submit]")).click();
        assertThat(waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions
                .numberOfElementsToBeMoreThan(By.cssSelector("#schedule-table tbody tr"), 0))).isNotEmpty();
    }

    private void signIn(Account account, String expectedView) {
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(account.password());
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id(expectedView)));
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

    private static Pattern versionOf(LocalDate date, String status) {
        return Pattern.compile("Plan " + date + " · version \\d+ · " + status);
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(100));
    }
}
