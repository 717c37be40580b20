package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian chromium, headless): search, filter by party, open a pair, follow a
 * cross-reference, upload a document and open it. Screenshots go to target/screenshots. Skipped where
 * chromium or chromedriver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final String TOKEN = "browser-token";

  @TempDir static Path dir;
  static List<Enriched> seeds;
  static WebApp app;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    seeds = SeedLibrary.build(dir);
    app = WebApp.start(WebOptions.of(dir, 0).withToken(TOKEN));
    base = "http://127.0.0.1:" + app.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--lang=nl");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    browser = new ChromeDriver(options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  @Order(1)
  void searchesAndFiltersByParty() throws Exception {
    browser.get(base + "/");
    shot("01-start");
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("Groenland", Keys.ENTER);
    waitFor(ExpectedConditions.urlContains("q=Groenland"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.hit mark")));
    shot("02-search-groenland");
    browser.findElement(By.cssSelector("#facetten a[href*='party=D66']")).click();
    waitFor(ExpectedConditions.urlContains("party=D66"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip")));
    List<WebElement> hits = browser.findElements(By.cssSelector("article.hit"));
    assertThat(hits).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector(".chip")).getText()).contains("D66");
    assertThat(hits.get(0).findElement(By.cssSelector(".meta")).getText()).contains("D66");
    shot("03-search-groenland-d66");
  }

  @Test
  @Order(2)
  void opensAPairFromTheHits() throws Exception {
    browser.get(base + "/?q=Groenland&party=D66");
    WebElement link = browser.findElement(By.cssSelector("article.hit h2 a"));
    String href = link.getDomProperty("href");
    link.click();
    waitFor(ExpectedConditions.urlToBe(href));
    assertThat(browser.findElement(By.id("vraag-kop")).getText()).startsWithIgnoringCase("Vraag");
    assertThat(browser.findElement(By.cssSelector(".answer")).getText()).isNotBlank();
    shot("04-pair");
  }

  @Test
  @Order(3)
  void followsACrossReference() throws Exception {
    EnrichedPair from = WebAppTest.pairWithCrossReferenceIn(seeds);
    browser.get(base + "/pairs/" + from.pair().id());
    WebElement xref = browser.findElement(By.cssSelector("a.xref"));
    String target = xref.getDomProperty("href");
    xref.click();
    waitFor(ExpectedConditions.urlToBe(target));
    assertThat(browser.getPageSource()).contains("Hiernaar wordt verwezen door");
    shot("05-cross-reference-target");
  }

  @Test
  @Order(4)
  void uploadsADocumentAndOpensIt() throws Exception {
    Path file = dir.resolve("nieuwe-vragen.txt");
    Files.writeString(file, """
        Vragen van het lid Jansen (D66) aan de minister van Defensie over drones boven kazernes

        Vraag 1
        Bent u bekend met berichten over drones boven kazernes in Noord-Brabant?

        Antwoord 1
        Ja. Defensie neemt deze meldingen serieus en onderzoekt ze samen met de politie.

        Vraag 2
        Welke maatregelen neemt u om deze vluchten te voorkomen?

        Antwoord 2
        Defensie plaatst extra detectiemiddelen. Ik informeer de Kamer voor de zomer over de resultaten.
        """, StandardCharsets.UTF_8);
    browser.get(base + "/ingest");
    browser.findElement(By.id("token")).sendKeys(TOKEN);
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("upload-button")).click();
    WebElement open = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("a.open-document")));
    assertThat(browser.findElement(By.id("uploads")).getText()).contains("nieuwe-vragen.txt", "2 vragen gevonden");
    shot("06-ingest-done");
    open.click();
    waitFor(ExpectedConditions.urlContains("/documents/"));
    assertThat(browser.getPageSource()).contains("drones boven kazernes");
    shot("07-uploaded-document");
  }

  @Test
  @Order(5)
  void showsTheOtherPagesOnWideAndNarrowScreens() throws Exception {
    browser.get(base + "/documents/" + seeds.get(3).document().id());
    shot("08-document");
    browser.get(base + "/overview");
    assertThat(browser.findElements(By.cssSelector("svg rect.bar"))).isNotEmpty();
    shot("09-overview");
    browser.get(base + "/commitments");
    shot("10-commitments");
    browser.get(base + "/pairs/kapot");
    shot("11-error");
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String page : List.of("/?q=NAVO", "/pairs/" + seeds.get(3).pairs().get(10).pair().id(),
          "/documents/" + seeds.get(3).document().id(), "/overview", "/ingest", "/commitments")) {
        browser.get(base + page);
        assertThat(overflowing()).as("wider than a phone on " + page).isEmpty();
      }
      browser.get(base + "/?q=NAVO");
      shot("12-phone-search");
      browser.get(base + "/pairs/" + seeds.get(3).pairs().get(10).pair().id());
      shot("13-phone-pair");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  @Test
  @Order(6)
  void searchPageWorksWithTheKeyboardOnly() throws Exception {
    browser.get(base + "/");
    WebElement active = browser.switchTo().activeElement();
    active.sendKeys(Keys.TAB); // skip link first
    assertThat(browser.switchTo().activeElement().getText()).contains("Naar de inhoud");
    shot("14-skip-link-focus");
  }

  @Test
  @Order(7)
  void searchUpdatesWhileTypingWithHtmx() throws Exception {
    browser.get(base + "/");
    browser.findElement(By.id("q")).sendKeys("Groenland");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#resultaten article.hit mark")));
    waitFor(ExpectedConditions.urlContains("q=Groenland"));
    assertThat(browser.findElement(By.id("facetten")).getText()).contains("D66");
    assertThat(browser.findElement(By.id("q")).getDomProperty("value")).isEqualTo("Groenland");
    shot("15-live-search");
  }

  /** Elements that stick out to the right of the viewport (a page a phone would have to scroll sideways). */
  @SuppressWarnings("unchecked")
  private static List<String> overflowing() {
    return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "var w = document.documentElement.clientWidth, out = [];"
            + "if (document.documentElement.scrollWidth <= w) { return out; }"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect();"
            + "  if (e.closest('.table-wrap')) { return; }"
            + "  if (r.right > w + 1 && r.width > 0) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
            + "return out.slice(0, 10);");
  }

  private static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
  }

  private static void shot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }
}
