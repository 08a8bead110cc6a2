package org.storyfold.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

class PagesTest {
  static final String SCRIPT = "<script>alert(1)</script>";

  static Pages.Described hostile() {
    Article a = new Article("x\"><b>1", "javascript:alert(2)", "<i>outlet</i>", SCRIPT,
        "Body with <img src=x onerror=alert(3)> and </div></main> inside.", null, "en");
    return new Pages.Described(new Story("s9", SCRIPT, List.of(a)), null);
  }

  @Test
  void article_markupInTitleAndText_showsAsText() {
    Pages.Described d = hostile();
    Document doc = Jsoup.parse(Pages.server().article(d.story().articles().get(0), d));
    assertThat(doc.select("h1").text()).isEqualTo(SCRIPT);
    assertThat(doc.select("script")).allMatch(s -> s.hasAttr("src") && s.data().isEmpty());
    assertThat(doc.select("img, b, i")).isEmpty();
    assertThat(doc.select(".text").text()).contains("<img src=x onerror=alert(3)>");
    assertThat(doc.select("a[href^=javascript]")).isEmpty();
  }

  @Test
  void front_and_story_markupInHeadline_showsAsText() {
    Pages.Described d = hostile();
    for (String html : List.of(Pages.server().front(List.of(d), SCRIPT), Pages.files().story(d))) {
      Document doc = Jsoup.parse(html);
      assertThat(doc.select("script")).allMatch(s -> s.hasAttr("src") && s.data().isEmpty());
      assertThat(doc.select("img, b, i")).isEmpty();
      assertThat(doc.text()).contains(SCRIPT);
    }
  }

  @Test
  void story_described_showsTreeTimelineDisputeAndNames() {
    Document doc = Jsoup.parse(Pages.server().story(Fixtures.fire()));
    assertThat(doc.select("h1").text()).isEqualTo("Fire forces evacuation of 240 workers");
    assertThat(doc.select(".meta .sources").text()).isEqualTo("3 outlets, 2 independent reports");
    Element svg = doc.selectFirst("svg.tree");
    assertThat(svg.select("circle")).hasSize(3);
    assertThat(svg.select("a").eachAttr("href")).containsExactly("/articles/wire", "/articles/copy", "/articles/own");
    assertThat(svg.select("path")).hasSize(1);
    assertThat(doc.select("table.timeline tbody tr")).hasSize(3);
    assertThat(doc.select("table.timeline tbody tr").get(1).text()).contains("copy of wire.example 67%");
    Element dispute = doc.selectFirst(".dispute");
    assertThat(dispute.select(".side .value").eachText()).containsExactly("240 worker", "~300 worker");
    assertThat(dispute.select(".side").get(1).select(".support a").eachText()).containsExactly("own.example");
    assertThat(doc.select(".dispute")).hasSize(1); // the mirrored fact is the same dispute
    assertThat(doc.select("#h-adds ~ ul li").eachText()).contains("Our reporter adds this line first.");
    assertThat(doc.select(".names li").text()).contains("José Ramírez").contains("also spelled Ramirez");
  }

  @Test
  void article_copy_marksSharedPassagesBesideTheSource() {
    Pages.Described d = Fixtures.fire();
    Document doc = Jsoup.parse(Pages.server().article(d.story().articles().get(1), d));
    assertThat(doc.select(".text").text()).isEqualTo(Fixtures.COPY_TEXT);
    assertThat(doc.select(".text mark").eachText())
        .containsExactly("A fire broke out at the plant on Monday.", "240 workers were evacuated.");
    assertThat(doc.select(".source blockquote[data-p=2] p").first().text()).isEqualTo("240 workers were evacuated.");
    assertThat(doc.select("#h-src a").attr("href")).isEqualTo("/articles/wire");
  }

  @Test
  void article_original_listsWhatWasTakenFromIt() {
    Pages.Described d = Fixtures.fire();
    Document doc = Jsoup.parse(Pages.server().article(d.story().articles().get(0), d));
    assertThat(doc.select(".text mark")).isEmpty();
    assertThat(doc.select("#h-derived + ul li").text()).isEqualTo("copy.example copy 67%");
  }

  @Test
  void story_manyCopies_foldsTheTreeAndKeepsEveryRow() {
    Document doc = Jsoup.parse(Pages.server().story(Fixtures.wire(40)));
    Element svg = doc.selectFirst("svg.tree");
    assertThat(svg.select("a")).hasSize(1 + Tree.SHOWN);
    assertThat(svg.select("text").last().text()).isEqualTo("… 37 more copies");
    assertThat(doc.select("table.timeline tbody tr")).hasSize(41);
    assertThat(doc.select(".meta .sources").text()).isEqualTo("41 outlets, 1 independent report");
  }

  @Test
  void story_articleNewerThanItsDescription_showsAsNotComparedYet() {
    Pages.Described d = Fixtures.fire();
    List<Article> more = new java.util.ArrayList<>(d.story().articles());
    more.add(Fixtures.article("late", "late.example", "Late", "Later text.", 90));
    Story grown = new Story("s1", d.story().headline(), more);
    Document doc = Jsoup.parse(Pages.server().story(new Pages.Described(grown, d.report())));
    assertThat(doc.select("svg.tree text").last().text()).isEqualTo("late.example · new, not compared yet");
    assertThat(doc.select("table.timeline tbody tr").last().select(".k").text()).isEqualTo("new");
  }

  @Test
  void files_links_areRelativeToThePage() {
    Pages.Described d = Fixtures.fire();
    Document story = Jsoup.parse(Pages.files().story(d));
    assertThat(story.select("link[rel=stylesheet]").attr("href")).isEqualTo("../storyfold.css");
    assertThat(story.select(".crumb a").attr("href")).isEqualTo("../index.html");
    assertThat(story.select("svg.tree a").first().attr("href")).isEqualTo("../articles/wire.html");
    Document front = Jsoup.parse(Pages.files().front(List.of(d), null));
    assertThat(front.select("#stories a").attr("href")).isEqualTo("stories/s1.html");
    assertThat(front.select("form")).isEmpty(); // no server to search
    assertThat(front.select("#stories").attr("data-events")).isEmpty();
  }

  @Test
  void fileName_unsafeIds_safeAndDistinct() {
    assertThat(Pages.fileName("a-01_wire")).isEqualTo("a-01_wire");
    List<String> names = List.of("a/b", "a_b", "..", "a b", "é", "x".repeat(300)).stream().map(Pages::fileName).toList();
    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[A-Za-z0-9_-]{1,90}"));
  }

  @Test
  void server_articleIdWithSlash_goesByQuery() {
    assertThat(Site.server().article("feed/42")).isEqualTo("/articles?id=feed%2F42");
    assertThat(Site.server().article("a 1")).isEqualTo("/articles/a%201");
  }
}
