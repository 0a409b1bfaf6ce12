package it.ccvmi.planner.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A planner uses the management screens in a real headless Chromium: registers and corrects a donation, reads it
 * in the stock ledger (then, a day past its expiry, among the expired lots), adds a van, creates COC accounts from
 * CSV (a bad sheet first: errors by line, nothing created), disables one, and imports the day's requests (again a
 * bad file first), then reads them per comune and category against the stock; and sets a van off for a day with
 * another shift ("Furgoni del giorno"). Screenshots: api/target/gestione*.png.
 */
@ApiTest
class ManagementEndToEndTest {

    // A day far from the other tests' days: the stock ledger offers a lot to every later day until it expires.
    private static final LocalDate DAY = LocalDate.of(2040, 1, 9);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    VehicleRepository vehicles;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = new HeadlessChromium(1280, 2400);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try {
            chromium.saveScreenshot("target/gestione-last.png");
        } finally {
            chromium.close();
        }
    }

    @Test
    void aPlannerRegistersADonationAddsAVanCreatesCocAccountsAndImportsTheDaysRequests() throws IOException {
        Account planner = accounts.planner();
        browser.get(api.baseUrl() + "/gestione/");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        PageChecks.assertAccessible(browser, "management sign-in");
        PageChecks.tabTo(browser, By.id("username"));
        PageChecks.type(browser, planner.username(), Keys.TAB, planner.password(), Keys.ENTER);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("manage")));

        // A donation: an empty form is refused at its fields, then registered and corrected.
        chromium.setDate("lot-arrival", DAY.minusDays(1));
        browser.findElement(By.id("lot-save")).click();
        waitFor(ExpectedConditions.attributeToBe(By.id("lot-units"), "aria-invalid", "true"));
        assertThat(text("#lot-units-error")).isNotEmpty();
        new Select(browser.findElement(By.id("lot-goods"))).selectByVisibleText("Pasta e riso");
        browser.findElement(By.id("lot-units")).sendKeys("30");
        chromium.setDate("lot-expiry", DAY.plusDays(30));
        browser.findElement(By.id("lot-donor")).sendKeys("Supermercato Rossi");
        browser.findElement(By.id("lot-save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Lotto di Pasta e riso registrato."));
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#lots tbody tr"), 1));
        browser.findElement(By.xpath("//table[@id='lots']//button[text()='Correggi']")).click();
        WebElement units = browser.findElement(By.id("lot-units"));
        units.clear();
        units.sendKeys("35");
        browser.findElement(By.id("lot-kg")).clear(); // blank: the standard weight of 35 cases
        browser.findElement(By.id("lot-save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Lotto di Pasta e riso corretto."));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lots tbody tr"), "35"));
        assertThat(text("#lots tbody tr")).contains("Pasta e riso 35 420,0 08/01/2040 08/02/2040 Supermercato Rossi");

        // The stock ledger on the day: the corrected lot is on hand and free; nothing expired among the day's lots.
        chromium.setDate("ledger-date", DAY);
        browser.findElement(By.cssSelector("#ledger-form button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ledger-goods"), "Pasta e riso"));
        // Other tests' pasta without an expiry date reaches this day too: the page shows what the ledger says.
        JsonNode pasta = StreamSupport.stream(api.get("/api/v1/stock/ledger?date=" + DAY, api.bearer(planner)).json()
                .get("goods").spliterator(), false).filter(line -> line.get("goodsCode").asString().equals("PASTA_RISO"))
                .findFirst().orElseThrow();
        assertThat(pasta.get("available").asInt()).isGreaterThanOrEqualTo(35);
        NumberFormat italian = NumberFormat.getIntegerInstance(Locale.ITALIAN);
        assertThat(rowText("#ledger-goods", "Pasta e riso")).isEqualTo(String.join(" ", "Pasta e riso",
                italian.format(pasta.get("onHand").asInt()), italian.format(pasta.get("reserved").asInt()),
                italian.format(pasta.get("delivered").asInt()), italian.format(pasta.get("available").asInt())));
        chromium.setDate("ledger-date", DAY.plusDays(31));
        browser.findElement(By.cssSelector("#ledger-form button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ledger-expired"), "08/02/2040"));
        assertThat(browser.findElements(By.cssSelector("#ledger-expired tbody tr"))).extracting(WebElement::getText)
                .contains("Pasta e riso 35 08/01/2040 08/02/2040");

        // A van of a volunteer organisation.
        browser.findElement(By.id("van-organisation")).sendKeys("ODV Gestione");
        browser.findElement(By.id("van-label")).sendKeys("Furgone gestione 1");
        browser.findElement(By.id("van-kg")).sendKeys("1200");
        browser.findElement(By.id("van-m3")).sendKeys("9");
        browser.findElement(By.id("van-cold")).click();
        browser.findElement(By.cssSelector("#van-form button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("vans"), "Furgone gestione 1"));
        assertThat(rowText("#vans", "Furgone gestione 1")).contains("ODV Gestione", "1.200", "08:00–17:00", "sì");

        // COC accounts from CSV: a bad sheet creates nothing, a good one creates them all.
        pasteAccounts("nome_utente;password;codice_istat\ncoc-gestione-rho;;015182\ncoc-gestione-x;;999999\n");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts-errors"), "riga 3"));
        assertThat(browser.findElements(By.cssSelector("#accounts tr[data-username='coc-gestione-rho']"))).isEmpty();
        pasteAccounts("nome_utente;password;codice_istat\ncoc-gestione-rho;;015182\ncoc-gestione-corsico;;015093\n");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "2 account creati."));
        String password = browser.findElement(By.cssSelector("#created-accounts td.password")).getText();
        assertThat(api.get("/api/v1/auth/me", ApiClient.Auth.basic(new Account("coc-gestione-rho", password)))
                .status()).isEqualTo(200);
        browser.findElement(By.cssSelector("#accounts tr[data-username='coc-gestione-corsico'] button")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#accounts tr[data-username='coc-gestione-corsico']"), "disattivato"));

        // The day's requests from a sheet: a bad line is shown by number and nothing is imported.
        Path bad = sheet("richieste-errate.csv", "data_consegna;codice_istat;comune;struttura;categoria;unita;stato\n"
                + DAY + ";015146;;;PASTA_RISO;20;\n" + DAY + ";015209;;;NON_ESISTE;5;\n");
        importRequests(bad);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("import-errors"), "riga 3"));
        Path good = sheet("richieste.csv", "data_consegna;codice_istat;comune;struttura;categoria;unita;stato\n"
                + DAY + ";015146;;;PASTA_RISO;20;\n" + DAY + ";015209;;;PASTA_RISO;30;\n"
                + DAY + ";015209;;;BEVANDE;4;\n");
        importRequests(good);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Richieste importate: 3 nuove"));
        chromium.setDate("overview-date", DAY);
        browser.findElement(By.cssSelector("#overview-form button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("comune-requests"), "Milano"));
        String pastaRow = rowText("#category-totals", "Pasta e riso");
        assertThat(pastaRow).startsWith("Pasta e riso 50 600 ").endsWith(" %");
        // At least the lot registered above; other tests' pasta without expiry may reach this day too.
        assertThat(Long.parseLong(pastaRow.split(" ")[5].replace(".", ""))).isGreaterThanOrEqualTo(420);
        browser.findElement(By.id("filter-comune")).sendKeys("sesto");
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comune-requests tbody tr"), 2));
        new Select(browser.findElement(By.id("filter-category"))).selectByVisibleText("Bevande");
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comune-requests tbody tr"), 1));

        PageChecks.assertAccessible(browser, "management screens");
        chromium.saveScreenshot("target/gestione.png");
    }

    @Test
    void aPlannerSetsAVanOffForADayWithAnotherShiftAndFindsItAfterAReload() throws IOException {
        LocalDate day = DAY.plusDays(1);
        String label = "Furgone del giorno " + UUID.randomUUID().toString().substring(0, 8);
        long van = api.post("/api/v1/vehicles", api.bearer(accounts.planner()), """
                {"organisation": "ODV Giorno", "label": "%s", "capacityKg": 900, "capacityM3": 8,
                 "refrigerated": false, "shiftStart": "08:00", "shiftEnd": "17:00"}""".formatted(label))
                .json().get("id").asLong();
        signIn();
        String row = "#fleet-day tr[data-vehicle='" + van + "']";
        showFleetDay(day, label, row);
        assertThat(text(row)).contains(label, "08:00–17:00", "ODV Giorno");

        // By keyboard from the panel's date field: the whole page (many vans in a shared database) is not tabbed.
        browser.executeScript("document.getElementById('fleet-day-date').focus()");
        PageChecks.tabTo(browser, By.cssSelector(row + " input[type=checkbox]"));
        PageChecks.type(browser, Keys.SPACE);
        // Time fields take typed keys in the browser's locale order; setting the value is locale-free.
        browser.executeScript("const [from, to] = document.querySelectorAll(arguments[0]);"
                + " from.value = '10:00'; to.value = '12:30';", row + " input[type=time]");
        PageChecks.tabTo(browser, By.cssSelector(row + " input[type=text]"));
        PageChecks.type(browser, "Mario e Luca");
        PageChecks.tabTo(browser, By.cssSelector(row + " button"));
        PageChecks.type(browser, Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                label + ": " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " salvato."));
        PageChecks.assertAccessible(browser, "vans of the day");

        browser.navigate().refresh();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("manage")));
        showFleetDay(day, label, row);
        assertThat(browser.findElement(By.cssSelector(row + " input[type=checkbox]")).isSelected()).isFalse();
        List<WebElement> shift = browser.findElements(By.cssSelector(row + " input[type=time]"));
        assertThat(shift.get(0).getDomProperty("value")).isEqualTo("10:00");
        assertThat(shift.get(1).getDomProperty("value")).isEqualTo("12:30");
        assertThat(browser.findElement(By.cssSelector(row + " input[type=text]")).getDomProperty("value"))
                .isEqualTo("Mario e Luca");
        chromium.saveScreenshot("target/gestione-furgoni-del-giorno.png");
    }

    @Test
    void aPlannerActingOnALotSomeoneElseChangedIsToldAndSeesItAsItIsNow() throws IOException {
        LocalDate arrival = LocalDate.of(2042, 5, 5); // a day of its own; the lot expires on it
        String lot = "/api/v1/stock-lots/" + api.post("/api/v1/stock-lots", api.bearer(accounts.planner()), """
                {"goodsCode": "BEVANDE", "units": 10, "arrivalDate": "%1$s", "expiryDate": "%1$s"}"""
                .formatted(arrival)).json().get("id").asLong();
        String row = "#lots tr[data-lot='" + lot.substring(lot.lastIndexOf('/') + 1) + "']";
        signIn();
        chromium.setDate("lot-arrival", arrival);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row), "Bevande 10 "));

        // another planner corrects the lot after the page read it
        api.put(lot, api.bearer(accounts.planner()), """
                {"goodsCode": "BEVANDE", "units": 12, "arrivalDate": "%1$s", "expiryDate": "%1$s"}"""
                .formatted(arrival));
        browser.findElement(By.cssSelector(row + " button:nth-of-type(2)")).click(); // Elimina

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "il lotto è cambiato da quando è stato letto"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row), "Bevande 12 "));
        assertThat(api.get(lot, api.bearer(accounts.planner())).status()).isEqualTo(200);

        // read again, the correction goes through
        browser.findElement(By.cssSelector(row + " button:nth-of-type(1)")).click(); // Correggi
        WebElement units = browser.findElement(By.id("lot-units"));
        units.clear();
        units.sendKeys("15");
        api.put(lot, api.bearer(accounts.planner()), """
                {"goodsCode": "BEVANDE", "units": 13, "arrivalDate": "%1$s", "expiryDate": "%1$s"}"""
                .formatted(arrival));
        browser.findElement(By.id("lot-save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row), "Bevande 13 "));
        assertThat(text("#message")).contains("il lotto è cambiato da quando è stato letto");
        assertThat(api.get(lot, api.bearer(accounts.planner())).json().get("units").asInt()).isEqualTo(13);
        PageChecks.assertAccessible(browser, "an outdated correction");

        browser.findElement(By.cssSelector(row + " button:nth-of-type(1)")).click();
        units.clear();
        units.sendKeys("15");
        browser.findElement(By.id("lot-save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Lotto di Bevande corretto."));
        assertThat(api.get(lot, api.bearer(accounts.planner())).json().get("units").asInt()).isEqualTo(15);
        browser.findElement(By.cssSelector(row + " button:nth-of-type(2)")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Lotto eliminato."));
        assertThat(api.get(lot, api.bearer(accounts.planner())).status()).isEqualTo(404);
    }

    @Test
    void aDemoVanIsShownAsOneOfItsDayOnly() throws IOException {
        LocalDate demoDay = DAY.plusDays(40);
        String label = "Furgone demo " + UUID.randomUUID().toString().substring(0, 8);
        long id = api.post("/api/v1/vehicles", api.bearer(accounts.planner()), """
                {"organisation": "ODV Demo", "label": "%s", "capacityKg": 900, "capacityM3": 8,
                 "refrigerated": false, "shiftStart": "08:00", "shiftEnd": "17:00"}""".formatted(label))
                .json().get("id").asLong();
        Vehicle van = vehicles.findById(id).orElseThrow();
        van.markDemoVan(demoDay);
        vehicles.save(van);
        try {
            signIn();
            waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("vans"), label));
            assertThat(rowText("#vans", label)).startsWith(label + " (dimostrativo, solo il "
                    + demoDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")");
        } finally {
            api.delete("/api/v1/vehicles/" + id, api.bearer(accounts.planner()));
        }
    }

    private void signIn() {
        Account planner = accounts.planner();
        browser.get(api.baseUrl() + "/gestione/");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        browser.findElement(By.id("username")).sendKeys(planner.username());
        browser.findElement(By.id("password")).sendKeys(planner.password(), Keys.ENTER);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("manage")));
    }

    /** The panel on the date, filtered down to one van's row. */
    private void showFleetDay(LocalDate day, String label, String row) {
        chromium.setDate("fleet-day-date", day);
        waitFor(ExpectedConditions.attributeToBe(By.id("fleet-day"), "data-date", day.toString()));
        browser.findElement(By.id("fleet-day-filter")).sendKeys(label);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#fleet-day tbody tr"), 1));
    }

    private void pasteAccounts(String csv) {
        WebElement area = browser.findElement(By.id("accounts-csv"));
        area.clear();
        area.sendKeys(csv);
        browser.findElement(By.cssSelector("#accounts-import-form button[type=submit]")).click();
    }

    private void importRequests(Path file) {
        browser.findElement(By.id("requests-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#requests-import-form button[type=submit]")).click();
    }

    private Path sheet(String name, String csv) throws IOException {
        return Files.writeString(chromium.downloads().resolve(name), csv);
    }

    private String rowText(String table, String firstCell) {
        List<WebElement> rows = browser.findElements(By.cssSelector(table + " tbody tr"));
        return rows.stream().map(WebElement::getText).filter(text -> text.startsWith(firstCell)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + firstCell + " in " + table));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        return chromium.waitUpTo(PAGE_WAIT, condition);
    }
}
