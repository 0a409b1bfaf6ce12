package it.ccvmi.planner.api.delivery;

import static it.ccvmi.planner.api.schedule.PublishedPlans.MILANO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.SESTO;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.console.HeadlessChromium;
import it.ccvmi.planner.api.console.PageChecks;
import it.ccvmi.planner.api.delivery.DeliveryDays.Day;
import it.ccvmi.planner.api.portal.PortalTestClock;
import it.ccvmi.planner.api.schedule.PublishedPlans;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A crew drives its route with the page in a real headless Chromium: reads the stops, reports with the keyboard
 * that Sesto refused the drinks, that Milano took only part of the pasta, and confirms Cinisello while the phone
 * has no network (DevTools' offline emulation): the confirmation waits on the phone, "in attesa di rete", and
 * goes out by itself once the network is back; the public page then shows the confirmed kg. Checked with axe-core.
 * Screenshot: api/target/equipaggio.png.
 */
@ApiTest
@Import({PortalTestClock.class, PublishedPlans.class})
class CrewPageEndToEndTest {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedPlans plans;

    @Autowired
    JdbcTemplate jdbc;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = new HeadlessChromium(420, 1000); // a phone's width
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try {
            chromium.saveScreenshot("target/equipaggio-last.png"); // the page as the test ended, also on failure
        } finally {
            chromium.close();
        }
    }

    @Test
    void aCrewConfirmsItsStopsAndAConfirmationWithoutNetworkIsSentWhenTheNetworkIsBack() throws Exception {
        DeliveryDays days = new DeliveryDays(api, plans, api.bearer(accounts.planner()));
        Day day = days.publish();
        String token = days.token(day);
        long sesto = day.stored().stopIds().get(0);
        long milano = day.stored().stopIds().get(1);
        long cinisello = day.stored().stopIds().get(2);

        browser.get(api.baseUrl() + "/equipaggio/" + token);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("route-title"), day.stored().vanLabel()));
        assertThat(text("route-title")).startsWith("Giro di ");
        assertThat(text("stop-" + sesto)).contains("Tappa 1: " + plans.cocOf(SESTO).getName(),
                "Arrivo previsto 08:40 (finestra 08:25–09:10)", "3 casse di Bevande");
        assertThat(text("stop-" + milano)).contains("Tappa 2: " + plans.cocOf(MILANO).getName(),
                "10 casse di Pasta e riso", "4 casse di Formaggi e latticini");
        WebElement navigate = browser.findElement(By.cssSelector("#stop-" + sesto + " .nav-links a"));
        assertThat(navigate.getDomAttribute("href")).matches("geo:45\\.\\d+,9\\.\\d+");
        assertThat(browser.findElements(By.cssSelector("#stop-" + sesto + " .nav-links a")).get(1)
                .getDomAttribute("href")).startsWith("https://www.openstreetmap.org/directions?to=45.");
        PageChecks.assertAccessible(browser, "crew page");

        // Sesto refused the drinks: keyboard only.
        PageChecks.tabTo(browser, button(sesto, "Non consegnato"));
        PageChecks.type(browser, Keys.ENTER);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reason-" + sesto)));
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("reason-" + sesto);
        PageChecks.type(browser, Keys.ARROW_DOWN); // chiuso → rifiutato
        PageChecks.tabTo(browser, button(sesto, "Conferma mancata consegna"));
        PageChecks.type(browser, Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stop-" + sesto),
                "Non consegnato (rifiutato), segnalato alle "));

        // Milano took 6 of the 10 cases of pasta.
        browser.findElement(button(milano, "Consegnato in parte")).click();
        WebElement pasta = browser.findElement(By.xpath("//li[@id='stop-" + milano
                + "']//label[contains(., 'Pasta e riso')]/following-sibling::input[1]"));
        pasta.clear();
        pasta.sendKeys("16");
        browser.findElement(button(milano, "Conferma consegna parziale")).click();
        assertThat(text("stop-" + milano)).contains("Scrivi un numero da 0 a 10.");
        pasta.clear();
        pasta.sendKeys("6");
        browser.findElement(button(milano, "Conferma consegna parziale")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stop-" + milano),
                "Consegnato in parte alle "));
        assertThat(jdbc.queryForObject("SELECT ci.units FROM confirmed_item ci JOIN route_stop_item i"
                + " ON i.id = ci.route_stop_item_id WHERE i.route_stop_id = ? AND i.goods_type = 'PASTA_RISO'",
                Integer.class, milano)).isEqualTo(6);

        // No network at Cinisello: the confirmation waits on the phone.
        network(false);
        browser.findElement(button(cinisello, "Consegnato")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("network"),
                "In attesa di rete: 1 conferme da inviare."));
        assertThat(text("stop-" + cinisello)).contains("in attesa di rete");
        assertThat(confirmations(cinisello)).isZero();
        PageChecks.assertAccessible(browser, "crew page waiting for network");

        network(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stop-" + cinisello), "Consegnato alle "));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("network"),
                "Tutte le conferme sono state inviate."));
        assertThat(confirmations(cinisello)).isEqualTo(1);
        assertThat(confirmations(sesto)).isEqualTo(1);
        PageChecks.assertAccessible(browser, "crew page, every stop confirmed");
        chromium.saveScreenshot("target/equipaggio.png");

        // The public page says what the crews confirmed, apart from the planned totals.
        browser.get(api.baseUrl() + "/trasparenza/?from=" + day.date() + "&to=" + day.date());
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmed-line"),
                "Confermati dagli equipaggi: "));
        assertThat(text("confirmed-line")).endsWith(" kg consegnati in 3 tappe confermate su 3.");
        PageChecks.assertAccessible(browser, "public transparency page with confirmations");
    }

    @Test
    void anExpiredOrUnknownLinkSaysSoInItalian() throws Exception {
        browser.get(api.baseUrl() + "/equipaggio/no-such-token");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Questo link non è valido o è scaduto"));
        PageChecks.assertAccessible(browser, "crew page of an unknown link");
    }

    private static By button(long stopId, String label) {
        return By.xpath("//li[@id='stop-" + stopId + "']//button[normalize-space()='" + label + "']");
    }

    /** DevTools' network emulation: offline makes the page's fetch fail and fires offline/online events. */
    private void network(boolean online) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private int confirmations(long stopId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stop_confirmation WHERE route_stop_id = ?", Integer.class,
                stopId);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        return chromium.waitUpTo(PAGE_WAIT, condition);
    }
}
