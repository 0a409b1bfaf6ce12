package it.ccvmi.planner.api.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium (scripts/provision-browser installs it), headless, with a fresh profile and nothing
 * that talks to the internet; downloads land in {@link #downloads()}. Binary and driver are given explicitly,
 * so Selenium Manager never downloads one.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    HeadlessChromium(int width, int height) throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(BROWSER + " or " + DRIVER + " is missing: run scripts/provision-browser");
        }
        profile = Files.createTempDirectory("cisiamo-chromium-");
        downloads = Files.createDirectory(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // Headless Chromium drops downloads unless told where to put them.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString(), "eventsEnabled", false));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** What the browser's console reported about Content-Security-Policy violations since the last call. */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Where the browser saves downloaded files. */
    Path downloads() {
        return downloads;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
