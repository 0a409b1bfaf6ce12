package it.ccvmi.planner.api.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium (scripts/provision-browser installs it), headless, with a fresh profile and nothing
 * that talks to the internet; downloads land in {@link #downloads()}. Binary and driver are given explicitly,
 * so Selenium Manager never downloads one.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    public HeadlessChromium(int width, int height) throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(BROWSER + " or " + DRIVER + " is missing: run scripts/provision-browser");
        }
        profile = Files.createTempDirectory("cisiamo-chromium-");
        downloads = Files.createDirectory(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=it-IT");
        // An Italian user's browser: the pages speak Italian unless the user switches.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "it-IT,it"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("LANGUAGE", "it_IT", "LANG", "it_IT.UTF-8")).build();
        driver = new ChromeDriver(service, options);
        // Headless Chromium drops downloads unless told where to put them.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString(), "eventsEnabled", false));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** What the browser's console reported about Content-Security-Policy violations since the last call. */
    List<String> policyViolations() {
        return PageChecks.policyViolationsLogged(driver);
    }

    /** Where the browser saves downloaded files. */
    public Path downloads() {
        return downloads;
    }

    /** Waits, polling every 100 ms, until the condition answers something other than null or false. */
    public <T> T waitUpTo(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
    }

    /** The text of a file the browser downloaded, once it is complete. */
    public String downloaded(String fileName, Duration timeout) {
        Path file = downloads.resolve(fileName);
        return waitUpTo(timeout, browser -> {
            try {
                return Files.isRegularFile(file) ? Files.readString(file) : null;
            } catch (IOException stillBeingWritten) {
                return null;
            }
        });
    }

    /** Date inputs take typed keys in the browser's locale order; setting the value is locale-free. */
    public void setDate(String inputId, LocalDate date) {
        driver.executeScript("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + " input.dispatchEvent(new Event('change'));", inputId, date.toString());
    }

    public void saveScreenshot(String path) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of(path),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
