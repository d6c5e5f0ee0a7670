package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromium-driver) for a test class: a fresh profile
 * under target/, viewport sizes set exactly through DevTools, network cuts, screenshots and axe.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = System.getProperty("chromium.path", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("chromedriver.path", "/usr/bin/chromedriver");
  private static final String AXE =
      System.getProperty("axe.path", "target/axe/node_modules/axe-core/axe.min.js");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start(String name) {
    for (String file : new String[] {CHROMIUM, CHROMEDRIVER}) {
      assertTrue(
          new File(file).canExecute(),
          file + " is missing: apt-get install -y chromium chromium-driver");
    }
    try {
      Path profile =
          Files.createDirectories(Path.of("target", "chrome"))
              .resolve(name + "-" + System.nanoTime());
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-dev-shm-usage",
          "--window-size=800,1280",
          "--user-data-dir=" + profile.toAbsolutePath());
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER))
              .usingAnyFreePort()
              .build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's address without its trailing slash, to put paths after. */
  static String base(EmbeddedServer server) {
    return server.getURL().toString().replaceAll("/$", "");
  }

  /** The viewport in CSS pixels, exactly (a headless window's size includes no browser chrome). */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  <T> T waitUntil(Function<WebDriver, T> condition) {
    return waitUntil(Duration.ofSeconds(15), condition);
  }

  <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
  }

  /** Waits for an element that is displayed, then clicks it. */
  void tap(String css) {
    WebElement element =
        waitUntil(
            d ->
                d.findElements(By.cssSelector(css)).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    element.click();
  }

  /** Waits until an element matching the selector is in the page, shown or not. */
  void waitPresent(String css) {
    waitUntil(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  /** Waits until an element matching the selector is displayed. */
  void waitVisible(String css) {
    waitUntil(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed));
  }

  /** Waits for a kiosk or web-form screen that has drawn itself (data-ready) and shows. */
  void waitScreen(String name) {
    waitVisible("[data-screen='" + name + "'][data-ready]");
  }

  /** Cuts the network off (or restores it), as a kiosk's cable being pulled. */
  void offline(boolean offline) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** Makes requests to URLs matching the patterns fail, as a server that is down. */
  void block(String... patterns) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(patterns)));
  }

  private String clockScript;

  /**
   * Sets the page's clock (Date, Date.now) this far from the real time, from the next page load on,
   * as a kiosk whose clock runs fast or slow; Duration.ZERO restores it. The page's code is
   * unchanged: DevTools runs a script before every document's own scripts.
   */
  void clockShift(Duration shift) {
    if (clockScript != null) {
      driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clockScript));
      clockScript = null;
    }
    if (shift.isZero()) {
      return;
    }
    String source =
        "(() => { const shift = "
            + shift.toMillis()
            + "; const Real = Date;"
            + " class Shifted extends Real {"
            + "  constructor(...a) { if (a.length === 0) super(Real.now() + shift); else super(...a); }"
            + "  static now() { return Real.now() + shift; } }"
            + " globalThis.Date = new Proxy(Shifted, { apply: () => new Shifted().toString() }); })();";
    Map<String, Object> added =
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    clockScript = (String) added.get("identifier");
  }

  /** Lets the page download files, into {@code directory}. */
  void downloadsTo(Path directory) {
    driver.executeCdpCommand(
        "Page.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
  }

  /** Saves the whole page (beyond the viewport) as target/screenshots/NAME.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
      Map<String, Object> clip =
          Map.of(
              "x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs axe-core on the page; returns the violations of impact serious or critical. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> seriousAccessibilityViolations() {
    Path axe = Path.of(AXE);
    assertTrue(
        Files.isRegularFile(axe),
        "axe-core not found at "
            + axe.toAbsolutePath()
            + ": run survey-api/src/test/resources/install-axe.sh (or pass -Daxe.path=...)");
    try {
      script(Files.readString(axe));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => done(r.violations"
                    + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + "  .map(v => ({id: v.id, impact: v.impact, help: v.help,"
                    + "     nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))"
                    + ".catch(e => done([{id: 'axe-error', help: String(e)}]));");
    return (List<Map<String, Object>>) result;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a leftover profile under target/ is harmless
    }
  }
}
