package it.ccvmi.planner.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Checks every page test makes: no serious or critical accessibility violation found by axe-core (installed by
 * scripts/provision-browser from npm, run inside the page), and controls reachable with the Tab key alone.
 */
public final class PageChecks {

    /** Where scripts/provision-browser installs axe-core (tests run in api/). */
    static final Path AXE = Path.of("..", ".browser-tools", "node_modules", "axe-core", "axe.min.js");
    private static final int MAX_TABS = 80;

    private PageChecks() {
    }

    /** Fails with axe-core's findings when the page as shown now has a serious or critical violation. */
    public static void assertAccessible(ChromeDriver browser, String page) throws IOException {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException(AXE.toAbsolutePath() + " is missing: run scripts/provision-browser");
        }
        // The page's own Content-Security-Policy violations so far fail here; axe-core's probes apply inline styles
        // the policy refuses, so what it makes the browser log is not the page's and is dropped after the run.
        assertThat(policyViolationsLogged(browser)).as("the page within its Content-Security-Policy: " + page)
                .isEmpty();
        browser.executeScript(Files.readString(AXE));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(result => done(result.violations
                    .filter(violation => ['serious', 'critical'].includes(violation.impact))
                    .map(violation => violation.impact + ' ' + violation.id + ': ' + violation.help + ' at '
                      + violation.nodes.map(node => node.target.join(' ')).join(', '))))
                  .catch(error => done(['axe-core failed: ' + error]));
                """);
        policyViolationsLogged(browser);
        assertThat(violations).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    /** The Content-Security-Policy violations the browser logged since the last look (reading empties the log). */
    static List<String> policyViolationsLogged(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /**
     * Presses Tab (from wherever the focus is) until the element has the focus, as a keyboard-only user does;
     * fails when it never gets it.
     */
    public static void tabTo(ChromeDriver browser, By target) {
        WebElement element = browser.findElement(target);
        for (int presses = 0; presses < MAX_TABS; presses++) {
            if (element.equals(browser.switchTo().activeElement())) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(target + " cannot be reached with the Tab key in " + MAX_TABS + " presses");
    }

    /** Types into the focused element, as a keyboard does. */
    public static void type(ChromeDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
