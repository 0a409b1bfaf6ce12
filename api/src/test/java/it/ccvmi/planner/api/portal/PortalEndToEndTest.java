package it.ccvmi.planner.api.portal;

import static it.ccvmi.planner.api.portal.PortalTestClock.MONDAY_AFTER_DEADLINE;
import static it.ccvmi.planner.api.portal.PortalTestClock.MONDAY_MORNING;
import static it.ccvmi.planner.api.portal.PortalTestClock.TUESDAY;
import static it.ccvmi.planner.api.schedule.PublishedPlans.MILANO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.SESTO;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.console.HeadlessChromium;
import it.ccvmi.planner.api.console.PageChecks;
import it.ccvmi.planner.api.schedule.PublishedPlans;
import it.ccvmi.planner.api.schedule.PublishedPlans.Visit;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.MovableClock;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A COC uses the portal in a real headless Chromium on Monday 9 June 2031 (a fixed clock): signs in with the
 * keyboard, files requests for Tuesday, is refused after Monday's 18:00 deadline, reads its allocation and the
 * reasons once the day is published, takes its calendar link (answered without credentials), downloads its
 * schedule and changes its password; then the public page shows the day's totals. Each page is checked with
 * axe-core. Screenshots: api/target/portal.png, api/target/trasparenza.png (copied to docs/screenshots/).
 */
@ApiTest
@Import({PortalTestClock.class, PublishedPlans.class})
class PortalEndToEndTest {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedPlans plans;

    @Autowired
    MovableClock clock;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        clock.moveTo(MONDAY_MORNING);
        chromium = new HeadlessChromium(1280, 1800);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        try {
            chromium.saveScreenshot("target/portal-" + test.getTestMethod().orElseThrow().getName() + ".png");
        } finally {
            chromium.close();
            clock.moveTo(MONDAY_MORNING);
        }
    }

    @Test
    void aCocAsksUntilTheDeadlineReadsItsShareSubscribesItsCalendarAndThePublicSeesTheTotals() throws Exception {
        Account coc = accounts.coc(MILANO);
        Auth planner = api.bearer(accounts.planner());
        browser.get(api.baseUrl() + "/portal/");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        PageChecks.assertAccessible(browser, "portal sign-in");

        // Signs in with the keyboard only.
        PageChecks.tabTo(browser, By.id("username"));
        PageChecks.type(browser, coc.username(), Keys.TAB, coc.password(), Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("requests-title"),
                "Richieste per martedì 10/06/2031"));
        assertThat(text("#days tbody tr:first-child")).contains("martedì 10/06/2031", "lunedì 09/06/2031 alle 18:00",
                "richieste aperte");

        // An invalid form: messages next to the fields, nothing saved.
        browser.findElement(By.id("request-add")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("request-goods-error"),
                "Scegli la categoria."));
        assertThat(text("#request-units-error")).isEqualTo("Scrivi un numero intero di almeno 1.");
        assertThat(browser.findElement(By.id("request-units")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(requestsOfTuesday(planner)).isEmpty();

        fileRequest("Pasta e riso", "40");
        fileRequest("Bevande", "10");
        fileRequest("Farmaci", "2");
        WebElement drinks = row("Bevande").findElement(By.cssSelector("input"));
        drinks.clear();
        drinks.sendKeys("12");
        row("Bevande").findElement(By.xpath(".//button[text()='Salva']")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Richiesta di Bevande cambiata."));
        row("Farmaci").findElement(By.xpath(".//button[text()='Ritira']")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Richiesta di Farmaci ritirata."));
        assertThat(requestsOfTuesday(planner)).containsEntry("PASTA_RISO", 40).containsEntry("BEVANDE", 12)
                .doesNotContainKey("FARMACI");
        PageChecks.assertAccessible(browser, "portal with requests");

        // After Monday 18:00 the server refuses, even though the page still shows the form.
        clock.moveTo(MONDAY_AFTER_DEADLINE);
        new Select(browser.findElement(By.id("request-goods"))).selectByVisibleText("Frutta e verdura");
        browser.findElement(By.id("request-units")).sendKeys("3");
        browser.findElement(By.id("request-add")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Le richieste per martedì 10/06/2031 si sono chiuse lunedì 09/06/2031 alle 18:00"));
        assertThat(requestsOfTuesday(planner)).doesNotContainKey("FRUTTA_VERDURA");

        // The planners publish Tuesday: Milano gets 28 of its 40 cases of pasta, Sesto 42 of 60 (70 % each).
        assertThat(api.post("/api/v1/requests", planner,
                "{\"siteId\": %d, \"date\": \"%s\", \"goodsCode\": \"PASTA_RISO\", \"units\": 60}"
                        .formatted(plans.cocOf(SESTO).getId(), TUESDAY)).status()).isEqualTo(201);
        plans.publish(TUESDAY, LocalTime.of(8, 0),
                Visit.of(MILANO, LocalTime.of(9, 0), "PASTA_RISO", 28, "BEVANDE", 12),
                Visit.of(SESTO, LocalTime.of(10, 0), "PASTA_RISO", 42));
        browser.navigate().refresh();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button[data-date='" + TUESDAY + "']")))
                .click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-section")));
        waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#outcome tbody tr"), 1));
        assertThat(text("#requests-state")).startsWith("Le richieste per questo giorno sono chiuse");
        assertThat(outcomeRow("Pasta e riso")).contains("40", "28",
                "richieste 40 casse, assegnate 28: pasta e riso disponibile copre il 70 % delle richieste di tutti"
                        + " i comuni");
        assertThat(outcomeRow("Bevande")).contains("richiesta coperta per intero");
        assertThat(browser.findElements(By.cssSelector("#schedule tbody tr"))).hasSize(1);
        browser.findElement(By.id("schedule-csv")).click();
        assertThat(chromium.downloaded("consegne-" + MILANO + "-" + TUESDAY + ".csv", PAGE_WAIT))
                .contains("Pasta e riso");

        // The private calendar link: created, copied, and answered without credentials.
        chromium.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", api.baseUrl(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.findElement(By.id("calendar-renew")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-url")));
        String link = browser.findElement(By.id("calendar-url")).getDomProperty("value");
        browser.findElement(By.id("calendar-copy")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Collegamento copiato."));
        assertThat(browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0])")).isEqualTo(link);
        Response feed = api.get(link.substring(link.indexOf("/api/v1/")), Auth.NONE, "text/calendar");
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        assertThat(feed.body()).contains("BEGIN:VEVENT");
        PageChecks.assertAccessible(browser, "portal after publication");
        chromium.saveScreenshot("target/portal.png");

        // Password change: a mismatch is shown at the field, then the change works.
        browser.findElement(By.id("current-password")).sendKeys(coc.password());
        browser.findElement(By.id("new-password")).sendKeys("nuova password del COC");
        browser.findElement(By.id("repeat-password")).sendKeys("un'altra password");
        browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("repeat-password-error"),
                "Le due password non coincidono."));
        browser.findElement(By.id("repeat-password")).clear();
        browser.findElement(By.id("repeat-password")).sendKeys("nuova password del COC");
        browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Password cambiata."));
        assertThat(api.get("/api/v1/auth/me", Auth.basic(new Account(coc.username(), "nuova password del COC")))
                .status()).isEqualTo(200);

        // The public page, without signing in: the day's totals (28 + 42 cases of pasta, 12 of drinks).
        browser.get(api.baseUrl() + "/trasparenza/?from=" + TUESDAY + "&to=" + TUESDAY);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("totals-line"),
                "Dal 10/06/2031 al 10/06/2031: 2 consegne, 954 kg, 2 comuni serviti."));
        assertThat(text("#categories tr[data-code=PASTA_RISO]")).isEqualTo("Pasta e riso 840");
        assertThat(text("#categories tr[data-code=BEVANDE]")).isEqualTo("Bevande 114");
        assertThat(text("#categories tr[data-code=TOTALE]")).isEqualTo("Totale 954");
        assertThat(text("#comuni tr[data-istat='" + MILANO + "']")).startsWith("Milano 1 450");
        assertThat(browser.findElements(By.cssSelector("#chart svg rect"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("#map path.comune"))).hasSizeGreaterThan(100);
        PageChecks.tabTo(browser, By.id("download-csv"));
        PageChecks.type(browser, Keys.ENTER);
        assertThat(chromium.downloaded("consegne-" + TUESDAY + "-" + TUESDAY + ".csv", PAGE_WAIT))
                .contains("TOTALE");
        PageChecks.assertAccessible(browser, "public transparency page");
        chromium.saveScreenshot("target/trasparenza.png");

        // English on request: the switch reloads the page in English, numbers in the English form.
        new Select(browser.findElement(By.id("lang"))).selectByValue("en");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("totals-line"),
                "From 10/06/2031 to 10/06/2031: 2 deliveries, 954 kg, 2 comuni served."));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(text("#categories tr[data-code=PASTA_RISO]")).isEqualTo("Pasta and rice 840");
    }

    private void fileRequest(String category, String units) {
        new Select(browser.findElement(By.id("request-goods"))).selectByVisibleText(category);
        WebElement field = browser.findElement(By.id("request-units"));
        field.clear();
        field.sendKeys(units);
        browser.findElement(By.id("request-add")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Richiesta di " + category + " aggiunta."));
        row(category);
    }

    /** The row of the requests table for a category, once it is shown. */
    private WebElement row(String category) {
        return waitFor(driver -> {
            try {
                return browser.findElements(By.cssSelector("#requests tbody tr")).stream()
                        .filter(row -> row.getText().contains(category)).findFirst().orElse(null);
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    private String outcomeRow(String category) {
        return browser.findElements(By.cssSelector("#outcome tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.startsWith(category)).findFirst().orElseThrow();
    }

    private Map<String, Integer> requestsOfTuesday(Auth planner) {
        Map<String, Integer> units = new TreeMap<>();
        api.get("/api/v1/requests?date=" + TUESDAY + "&comune=" + MILANO, planner).json()
                .forEach(request -> units.put(request.get("goodsCode").asString(), request.get("units").asInt()));
        return units;
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        return chromium.waitUpTo(PAGE_WAIT, condition);
    }
}
