package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the system tests (issue 12): Debian's chromium, headless, driven through
 * Debian's chromium-driver. Selenium is pointed at both binaries, so Selenium Manager never looks
 * for (or downloads) a driver; Chromium's own background traffic is off, as this machine's network
 * is closed. One per test class: starting Chromium costs seconds, a page costs milliseconds.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Relative to the module: the screenshots land in system-tests/target/screenshots for review. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 900;
  /** axe-core's impacts that fail a page; "moderate" and "minor" are left to review. */
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path profile;
  private final boolean javaScript;

  private Browser(ChromeDriver driver, String baseUrl, Path profile, boolean javaScript) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.profile = profile;
    this.javaScript = javaScript;
  }

  /** A browser as people use it, JavaScript on. */
  static Browser open(String baseUrl) {
    return open(baseUrl, true);
  }

  /** The same browser with JavaScript off (the public page must work without it). */
  static Browser withoutJavaScript(String baseUrl) {
    return open(baseUrl, false);
  }

  private static Browser open(String baseUrl, boolean javaScript) {
    List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
    if (!missing.isEmpty()) {
      fail("Os testes no navegador precisam de " + missing + ": instale os pacotes chromium e chromium-driver "
          + "(apt-get install chromium chromium-driver; o .ci/run já faz isso quando faltam).");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("npi007-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "--lang=pt-BR");
    if (!javaScript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    // with the driver's path in the service, Selenium's DriverFinder skips Selenium Manager altogether
    // (Selenium's Java API has no offline switch of its own: SE_OFFLINE is read only by Selenium Manager)
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, baseUrl, profile, javaScript);
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a path of the system under test (e.g. "/login"). */
  Browser go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  /** The path (and query) the browser is on now, e.g. "/login?erro". */
  String path() {
    URI uri = URI.create(driver.getCurrentUrl());
    return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
  }

  /** The text a person sees on the page. */
  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  /** Runs a script in the page (e.g. to take a form's hidden field away) and returns its value. */
  Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  /** Signs in through the console's form, as a person does. */
  Browser signIn(String user, String password) {
    go("/login");
    find("#username").sendKeys(user);
    find("#password").sendKeys(password);
    submit(find("form[action$='/login'] button[type=submit]"));
    return this;
  }

  /**
   * Clicks a form's button and waits until the next document has replaced this one: a click
   * returns before a POST and its redirects are done, and the next step must see their outcome.
   */
  Browser submit(WebElement button) {
    WebElement page = driver.findElement(By.tagName("html"));
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> replaced(page));
    return this;
  }

  /**
   * Waits for a link that a polled fragment shows (htmx swaps it every few seconds), clicks it and
   * waits for the page it leads to; a swap between finding and clicking finds it again.
   */
  Browser follow(By link, Duration patience) {
    WebElement page = driver.findElement(By.tagName("html"));
    new WebDriverWait(driver, patience)
        .ignoring(NoSuchElementException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(current -> {
          current.findElement(link).click();
          return true;
        });
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> replaced(page));
    return this;
  }

  /**
   * Whether the document this element belongs to has been replaced. While Chromium swaps documents
   * the driver may answer a stale reference, "does not belong to the document", or a transient error
   * (no execution context yet): the first two say it was replaced, the others say ask again.
   */
  private static boolean replaced(WebElement page) {
    try {
      page.getTagName();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }
  }

  /** Forgets the session (the next page is seen as by someone not signed in). */
  Browser forgetSession() {
    go("/login");
    driver.manage().deleteAllCookies();
    return this;
  }

  /**
   * The HTTP status this browser's session gets for a GET of a path, asked from inside the page
   * (fetch, same origin, the session's cookie): WebDriver itself does not tell statuses.
   */
  int statusOf(String path) {
    Object status = driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
            + ".then(r => done(r.type === 'opaqueredirect' ? 302 : r.status), e => done(-1));", path);
    return ((Number) status).intValue();
  }

  /** Runs a script in the page that returns a promise of a number (e.g. a fetch's status), and waits for it. */
  int awaitNumber(String promiseScript, Object... arguments) {
    Object[] all = Stream.concat(Stream.of(promiseScript), Stream.of(arguments)).toArray();
    Object value = driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const args = Array.prototype.slice.call(arguments, 1, arguments.length - 1);"
            + "Promise.resolve(new Function(arguments[0]).apply(null, args)).then(v => done(v), e => done(-1));", all);
    return ((Number) value).intValue();
  }

  /** Saves the whole page (not only the window) as target/screenshots/{name}.png. */
  Path screenshot(String name) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    double height = Math.max(HEIGHT, size.get("height").doubleValue());
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", 1)));
    Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Runs axe-core on the page and fails on any serious or critical violation, listing each. */
  void accessibility(String pageName) {
    if (!javaScript) {
      // axe-core is JavaScript, and the page's JavaScript is off: its promises never settle (seen here)
      fail("axe-core precisa de JavaScript: verifique " + pageName + " com Browser.open, não com Browser.withoutJavaScript");
    }
    Results results = new AxeBuilder().analyze(driver);
    if (results.isErrored()) {
      fail("axe-core não conseguiu analisar " + pageName + ": " + results.getErrorMessage());
    }
    List<Rule> blocking = results.getViolations().stream()
        .filter(rule -> rule.getImpact() != null && BLOCKING_IMPACTS.contains(rule.getImpact()))
        .toList();
    if (!blocking.isEmpty()) {
      fail("Página " + pageName + " (" + driver.getCurrentUrl() + ") tem " + blocking.size()
          + " violação(ões) de acessibilidade graves ou críticas:\n"
          + blocking.stream().map(Browser::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Rule rule) {
    String nodes = rule.getNodes().stream().limit(5).map(Browser::describe).collect(Collectors.joining("\n"));
    return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n" + nodes;
  }

  private static String describe(CheckedNode node) {
    return "    em " + node.getTarget() + ": " + node.getHtml();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless; the test's result is what matters
    }
  }
}
