package dev.geotimeline.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with a profile of its own that is
 * deleted on close. Chromium is required: without it the browser tests fail (.ci/run installs the
 * packages chromium and chromium-driver); {@code -Dbrowser.chromium=…} and {@code
 * -Dbrowser.chromedriver=…} point elsewhere.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        // The page redraws its lists while a wait polls them; an element gone between two calls is a redraw, not a
        // failure.
        this.wait.ignoring(StaleElementReferenceException.class);
        this.profile = profile;
    }

    /** A browser whose window is {@code width} by {@code height} pixels. */
    public static HeadlessChromium start(String name, int width, int height) throws IOException {
        assertTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The page is tested in a real browser: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are required (apt-get install chromium chromium-driver; .ci/run does)");
        Path profile = Files.createTempDirectory(name + "-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=" + width + "," + height,
                        "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits up to 30 s. */
    public WebDriverWait waiting() {
        return wait;
    }

    /** What the page wrote to the browser console, one entry a line. */
    public String console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString)
                .collect(Collectors.joining("\n"));
    }

    public void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * Saves the window, resized to {@code height} pixels, as {@code target/screenshots/<file>} (the
     * README's copies live in docs/), with {@code top} scrolled to the top of the window.
     */
    public Path screenshot(WebElement top, int height, String file) throws IOException {
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.getWidth(), height));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", top);
        Files.createDirectories(SCREENSHOTS);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Path saved = Files.copy(shot, SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(size);
        return saved;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
