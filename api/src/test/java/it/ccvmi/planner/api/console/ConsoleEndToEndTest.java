package it.ccvmi.planner.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

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
            chromium.saveScreenshot("target/console-" + test.getTestMethod().orElseThrow().getName() + ".png");
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
        double firstProgress = chromium.waitUpTo(SOLVE_WAIT, driver -> progressAbove(0));
        double laterProgress = chromium.waitUpTo(Duration.ofSeconds(16), driver -> progressAbove(firstProgress));
        assertThat(laterProgress).isGreaterThan(firstProgress);

        chromium.waitUpTo(SOLVE_WAIT, ExpectedConditions.textMatches(By.id("version-line"),
                versionLine(PUBLISHED_DAY, "DRAFT")));
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane svg path.route"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane svg path.stop"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#fair-table tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart svg rect"))).isNotEmpty();

        browser.findElement(By.id("plan-publish")).click();
        chromium.waitUpTo(PAGE_WAIT, ExpectedConditions.textMatches(By.id("version-line"),
                versionLine(PUBLISHED_DAY, "PUBLISHED")));
        ApiClient.Response published = api.get("/api/v1/plans/" + PUBLISHED_DAY + "/published", api.bearer(planner));
        assertThat(published.status()).isEqualTo(200);
        // Published: every van gets its crew's link and its route sheet.
        WebElement crewLink = chromium.waitUpTo(PAGE_WAIT, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#routes li:first-child a[href*='/equipaggio/']")));
        assertThat(crewLink.getText()).isEqualTo("Link equipaggio");
        assertThat(browser.findElements(By.xpath("//ol[@id='routes']//button[.='Foglio di viaggio (PDF)']")))
                .hasSize(published.json().get("routes").size());
        chromium.saveScreenshot("target/console.png");
        PageChecks.assertAccessible(browser, "console after publishing");
        assertThat(browser.findElement(By.id("plan-summary")).getText())
                .matches("\\d+ consegne rinviate \\([\\d.]+ kg\\) · \\d+ furgoni · [\\d.]+ km"
                        + " · \\d+ h \\d+ min di guida · equità \\d,\\d\\d \\(indice di Jain\\)");

        String istat = published.json().at("/routes/0/stops/0/comuneIstat").asString();
        new Select(browser.findElement(By.id("schedule-comune"))).selectByValue(istat);
        browser.findElement(By.id("planner-ics")).click();
        browser.findElement(By.cssSelector("#layer-links button[data-layer=routes]")).click();
        assertThat(chromium.downloaded("consegne-" + istat + "-" + PUBLISHED_DAY + ".ics", PAGE_WAIT))
                .startsWith("BEGIN:VCALENDAR");
        assertThat(chromium.downloaded("routes-" + PUBLISHED_DAY + "-v1.geojson", PAGE_WAIT))
                .contains("\"FeatureCollection\"");

        browser.findElement(By.id("sign-out")).click();
        signIn(accounts.coc(istat), "coc");
        chromium.setDate("coc-date", PUBLISHED_DAY);
        browser.findElement(By.cssSelector("#coc-form button[type=submit]")).click();
        assertThat(chromium.waitUpTo(PAGE_WAIT, ExpectedConditions
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
            chromium.waitUpTo(PAGE_WAIT, ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector(".leaflet-overlay-pane svg path.site"), 1));
            browser.executeScript("for (const site of document.querySelectorAll('path.site')) {"
                    + " site.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); }");

            chromium.waitUpTo(PAGE_WAIT, driver -> driver.findElements(By.cssSelector(".leaflet-tooltip")).stream()
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
        ApiClient.Auth bearer = api.bearer(accounts.planner());
        JsonNode offVan = realVan(bearer);
        ApiClient.Response off = api.put("/api/v1/fleet/" + STOPPED_DAY + "/" + offVan.get("id").asLong(), bearer,
                "{\"available\": false}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        signIn(accounts.planner(), "planner");

        startPlan(STOPPED_DAY, 300);
        // Solving, with a complete best solution (its score has no "init" part; the score is the line's tooltip).
        chromium.waitUpTo(SOLVE_WAIT, driver -> {
            WebElement progress = browser.findElement(By.id("progress-text"));
            return "SOLVING".equals(progress.getDomAttribute("data-state"))
                    && String.valueOf(progress.getDomAttribute("title")).matches("-?\\d+hard.*");
        });
        browser.findElement(By.id("plan-stop")).click();

        chromium.waitUpTo(PAGE_WAIT, ExpectedConditions.textMatches(By.id("version-line"),
                versionLine(STOPPED_DAY, "DRAFT")));
        assertThat(browser.findElement(By.id("progress-text")).getText()).startsWith("fermato");
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane svg path.route"))).isNotEmpty();
        // The van marked off that day is listed with the reason, not silently missing.
        assertThat(browser.findElement(By.id("unused-vans")).getText()).contains(offVan.get("label").asString() + " ("
                + offVan.get("organisation").asString() + "): non disponibile oggi");
    }

    /** A van of the real fleet (a demo van works its demo day only). */
    private JsonNode realVan(ApiClient.Auth bearer) {
        for (JsonNode van : api.get("/api/v1/vehicles", bearer).json()) {
            if (van.get("demoDay").isNull()) {
                return van;
            }
        }
        throw new AssertionError("no van of the real fleet");
    }

    /** Signs in with the keyboard alone: Tab to the username, type it, Tab, the password, Enter. */
    private void signIn(Account account, String expectedView) {
        PageChecks.tabTo(browser, By.id("username"));
        PageChecks.type(browser, account.username(), Keys.TAB, account.password(), Keys.ENTER);
        chromium.waitUpTo(PAGE_WAIT, ExpectedConditions.visibilityOfElementLocated(By.id(expectedView)));
    }

    private void startPlan(LocalDate day, int timeLimitSeconds) {
        chromium.setDate("plan-date", day);
        WebElement timeLimit = browser.findElement(By.id("time-limit"));
        timeLimit.clear();
        timeLimit.sendKeys(String.valueOf(timeLimitSeconds));
        browser.findElement(By.id("plan-start")).click();
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

    /** The version line in Italian, e.g. "Piano del 15/03/2035 · versione 1 · bozza". */
    private static Pattern versionLine(LocalDate date, String status) {
        String italianStatus = status.equals("DRAFT") ? "bozza" : "pubblicato";
        return Pattern.compile("Piano del " + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + " · versione \\d+ · " + italianStatus);
    }
}
