package org.storyfold.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a reader meets them: a real server on a random port holding the shipped examples, a real
 * headless Chromium following links, typing into the search box, and watching the front page change.
 * Screenshots of the three pages go to target/.
 */
class PagesBrowserTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "browser-token-1";
  static final Path SHOTS = Path.of("target");

  @TempDir
  static Path data;
  static StoryfoldServer server;
  static Http http;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    server = StoryfoldServer.start(ServerOptions.defaults().withPort(0).withHost("127.0.0.1").withData(data)
        .withToken(TOKEN), new PrintStream(new ByteArrayOutputStream()));
    http = new Http(server.port(), TOKEN);
    assertThat(http.post(examples(), "application/x-ndjson").statusCode()).isEqualTo(200);
    // The second look moves a few articles once after the post, and the front page redraws its list when it
    // does; the pages are tested once it has settled (a redraw mid-test left a card stale in one run).
    int looks = 0;
    while (server.secondLook() > 0 && ++looks < 10) {
      // a look that moved articles may leave the next one more to do
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** The examples as JSON lines: first line the title, the rest the text, publication times in file order. */
  static String examples() throws IOException {
    Path dir = Path.of(System.getProperty("storyfold.examples", "../examples"));
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    StringBuilder lines = new StringBuilder();
    OffsetDateTime t = OffsetDateTime.parse("2026-06-09T05:00:00Z");
    for (int i = 0; i < files.size(); i++) {
      String text = Files.readString(files.get(i), StandardCharsets.UTF_8).strip();
      int cut = text.indexOf('\n');
      String name = files.get(i).getFileName().toString();
      lines.append(JSON.createObjectNode().put("id", name.substring(0, name.length() - 4))
          .put("title", text.substring(0, cut).strip()).put("text", text.substring(cut + 1).strip())
          .put("published", t.plusMinutes(7L * i).toString())).append('\n');
    }
    return lines.toString();
  }

  static void open(String path) {
    browser.get(http.base() + path);
  }

  static WebDriverWait await() {
    return new WebDriverWait(browser, java.time.Duration.ofSeconds(90));
  }

  static List<WebElement> cards() {
    return browser.findElements(By.cssSelector("#stories li.card"));
  }

  /** The biggest story on the front page whose headline names the plant fire. */
  static WebElement fireCard() {
    return cards().stream().filter(c -> c.getText().contains("Port Calder") || c.getText().contains("Veltrane"))
        .max(Comparator.comparingInt(c -> Integer.parseInt(c.findElement(By.cssSelector(".meta span")).getText()
            .split(" ")[0]))).orElseThrow();
  }

  /** A screenshot of the whole page, beyond the window's height (Chromium's own capture), saved in target/. */
  static void shoot(String name) throws IOException {
    Object size = ((JavascriptExecutor) browser).executeScript(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
    List<?> wh = (List<?>) size;
    java.util.Map<String, Object> clip = java.util.Map.of("x", 0, "y", 0, "scale", 1,
        "width", ((Number) wh.get(0)).intValue(), "height", Math.min(8000, ((Number) wh.get(1)).intValue()));
    java.util.Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
        java.util.Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), java.util.Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Test
  void front_examples_showStoriesWithFoldedSourceCounts() throws IOException {
    open("/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Latest stories");
    WebElement fire = fireCard();
    assertThat(fire.findElement(By.cssSelector(".sources")).getText())
        .matches("\\d+ outlets, \\d+ independent reports");
    String sources = fire.findElement(By.cssSelector(".sources")).getText();
    int outlets = Integer.parseInt(sources.split(" ")[0]);
    int independent = Integer.parseInt(sources.split(", ")[1].split(" ")[0]);
    assertThat(independent).isLessThan(outlets);
    assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText()).isEqualTo("Search stories");
    shoot("page-front.png");
  }

  @Test
  void story_fire_showsHeadlineAndDerivationTree() throws IOException {
    open("/");
    WebElement link = fireCard().findElement(By.cssSelector("h2 a"));
    String headline = link.getText();
    link.click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
    WebElement tree = browser.findElement(By.cssSelector("svg.tree"));
    assertThat(tree.isDisplayed()).isTrue();
    assertThat(tree.findElements(By.tagName("circle"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(tree.findElements(By.tagName("path"))).isNotEmpty();
    assertThat(tree.getText()).contains("copy");
    shoot("page-story.png");
  }

  /**
   * The shooting story: its outlets disagree on how many were hurt (two, then three). (The fire story's
   * dispute, 240 against about 300 evacuated, needs its independent report, which the live grouping
   * keeps apart on these few articles; see the server README.)
   */
  @Test
  void story_shooting_showsDisputedFigureSideBySideWithItsSources() {
    open("/");
    WebElement card = cards().stream().filter(c -> c.getText().contains("Kelsford") || c.getText().contains("Alder"))
        .findFirst().orElseThrow();
    card.findElement(By.cssSelector("h2 a")).click();
    List<WebElement> disputes = browser.findElements(By.cssSelector(".dispute"));
    assertThat(disputes).isNotEmpty();
    List<WebElement> sides = disputes.get(0).findElements(By.cssSelector(".side"));
    assertThat(sides).hasSizeGreaterThanOrEqualTo(2);
    List<String> values = new ArrayList<>();
    for (WebElement side : sides) {
      values.add(side.findElement(By.cssSelector(".value")).getText());
      assertThat(side.findElements(By.cssSelector(".support a"))).isNotEmpty();
    }
    assertThat(String.join(" ", values)).contains("2").contains("3");
    assertThat(sides.get(0).getLocation().getY()).isEqualTo(sides.get(1).getLocation().getY()); // side by side
  }

  @Test
  void article_rewrite_highlightsSharedPassagesBesideTheSource() throws IOException {
    open("/articles/a-05-rewrite");
    List<WebElement> marks = browser.findElements(By.cssSelector(".text mark"));
    assertThat(marks).isNotEmpty();
    List<WebElement> quotes = browser.findElements(By.cssSelector(".source blockquote"));
    assertThat(quotes).hasSameSizeAs(marks);
    assertThat(browser.findElement(By.id("h-src")).getText()).startsWith("From the source");
    new Actions(browser).moveToElement(marks.get(0)).perform();
    assertThat(browser.findElement(By.cssSelector(".source blockquote[data-p='1']")).getAttribute("class"))
        .contains("on");
    shoot("page-article.png");
  }

  @Test
  void search_word_findsItsStoryOnly() {
    open("/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Salvera", Keys.ENTER);
    await().until(d -> d.getCurrentUrl().contains("q=Salvera"));
    List<WebElement> found = cards();
    assertThat(found).isNotEmpty();
    assertThat(found).noneMatch(c -> c.getText().contains("Port Calder"));
    found.get(0).findElement(By.cssSelector("h2 a")).click();
    assertThat(browser.findElement(By.cssSelector("table.timeline")).getText()).contains("d-01-transfer");
  }

  @Test
  void front_newArticle_appearsWithoutReload() throws Exception {
    open("/");
    ((JavascriptExecutor) browser).executeScript("window.storyfoldSamePage = 'yes'");
    String title = "Lighthouse at Merrow Point relit after forty dark years";
    String article = JSON.createObjectNode().put("id", "live-1").put("title", title)
        .put("text", "The lighthouse at Merrow Point shone again on Saturday night for the first time in forty years,"
            + " after volunteers spent three winters restoring its lamp and clockwork.")
        .put("published", "2026-06-10T20:00:00Z").toString();
    assertThat(http.post(article, "application/json").statusCode()).isEqualTo(200);
    // The list is replaced while it is read: a card found just before is then gone, and read again.
    await().ignoring(StaleElementReferenceException.class)
        .until(d -> cards().stream().anyMatch(c -> c.getText().contains(title)));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.storyfoldSamePage")).isEqualTo("yes");
  }

  @Test
  void article_scriptTitle_showsAsTextAndRunsNoScript() throws Exception {
    String title = "<script>alert(1)</script>";
    String article = JSON.createObjectNode().put("id", "script-1").put("title", title)
        .put("text", "A title made of markup must reach the reader as text, and run nothing.").toString();
    assertThat(http.post(article, "application/json").statusCode()).isEqualTo(200);
    open("/articles/script-1");
    assertNoAlert();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    open("/");
    assertNoAlert();
    assertThat(cards()).anyMatch(c -> c.getText().contains(title));
  }

  @Test
  void pages_unknownStory_isAnHtmlNotFoundPage() throws Exception {
    var reply = http.get("/stories/s999999");
    assertThat(reply.statusCode()).isEqualTo(404);
    assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(reply.body()).contains("There is no story s999999.");
  }

  @Test
  void pages_reply_forbidsScriptsFromAnywhereButTheServer() throws Exception {
    var reply = http.get("/articles/a-01-wire");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p ->
        assertThat(p).contains("script-src 'self'").contains("default-src 'self'"));
    assertThat(http.get("/assets/storyfold.css").body()).contains("mark{");
  }

  @Test
  void pages_phoneWidth_fitWithoutSidewaysScrolling() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      for (String page : List.of("/", "/articles/a-05-rewrite", "/stories/" + storyOf("a-01-wire"))) {
        open(page);
        Object overflow = ((JavascriptExecutor) browser).executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(page).isLessThanOrEqualTo(0);
      }
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  @Test
  void pages_keyboard_firstTabOffersTheSkipLinkAndPassagesTakeFocus() {
    open("/articles/a-05-rewrite");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to the content");
    WebElement mark = browser.findElement(By.cssSelector(".text mark"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", mark);
    assertThat(browser.switchTo().activeElement()).isEqualTo(mark);
    assertThat(browser.findElement(By.cssSelector(".source blockquote[data-p='" + mark.getAttribute("data-p") + "']"))
        .getAttribute("class")).contains("on");
  }

  static String storyOf(String article) throws Exception {
    return JSON.readTree(http.get("/api/articles/" + article).body()).get("story").asText();
  }

  static void assertNoAlert() {
    try {
      String text = browser.switchTo().alert().getText();
      throw new AssertionError("a script ran: an alert says " + text);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }
}
