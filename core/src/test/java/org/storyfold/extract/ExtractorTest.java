package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  private final Extractor extractor = new Extractor();

  private static final String P1 = "The city council voted on Tuesday to expand the tram network, a decision "
      + "that ends a decade of debate over how to serve the growing eastern districts.";
  private static final String P2 = "Construction will begin next spring, officials said, and the first new "
      + "line should open in three years, at a cost of about 400 million euros.";
  private static final String P3 = "Residents who opposed the plan, fearing noise and years of roadworks, "
      + "said they would keep pressing for changes to the route.";

  private static final String NEWS_PAGE = """
      <!doctype html>
      <html lang="en-GB"><head>
      <title>Council backs tram expansion | The Daily Example</title>
      <meta property="og:title" content="Council backs tram expansion">
      <meta property="og:site_name" content="The Daily Example">
      <link rel="canonical" href="/news/2024/tram-expansion">
      </head><body>
      <header class="site-header"><a href="/">The Daily Example</a></header>
      <nav class="main-menu"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/culture">Culture</a></li></ul></nav>
      <div class="layout">
        <article class="story">
          <h1>Council backs tram expansion</h1>
          <div class="byline">By Jane Reporter</div>
          <time datetime="2024-05-14T09:30:00+02:00">14 May 2024</time>
          <div class="story-body">
            <p>%s</p>
            <figure><img src="tram.jpg"><figcaption>A tram in the city centre. Photo: Archive</figcaption></figure>
            <p>%s</p>
            <h2>Opposition remains</h2>
            <p>%s</p>
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
          </div>
        </article>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Storm hits the coast overnight</a></li>
          <li><a href="/b">Football club signs new coach for the season</a></li></ul></aside>
        <section class="related-articles"><h3>Related</h3>
          <a href="/c">Bus fares to rise in the autumn, the transport authority said</a>
          <a href="/d">Cycle lanes planned for the old town within two years</a></section>
        <section id="comments"><h3>Comments</h3>
          <div class="comment"><p>I think this is a terrible waste of money and nobody will ever use it at all.</p></div>
          <div class="comment"><p>Finally, after all these years of talking about it, something is happening.</p></div>
        </section>
      </div>
      <footer class="site-footer"><p>Copyright 2024 The Daily Example. All rights reserved, everywhere.</p>
        <a href="/privacy">Privacy</a></footer>
      </body></html>
      """.formatted(P1, P2, P3);

  @Test
  void extract_pageWithNavRelatedCommentsAndFooter_keepsOnlyTheArticle() {
    Page page = extractor.extract(NEWS_PAGE, "https://daily.example.com/news/2024/tram-expansion?utm=x");

    assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\nOpposition remains\n\n" + P3);
    assertThat(page.text()).doesNotContain("Most read", "Bus fares", "terrible waste", "Copyright",
        "Share on", "Jane Reporter", "Photo: Archive", "News");
  }

  @Test
  void extract_pageWithMetadata_readsTitleSiteCanonicalLanguageAndTimeElement() {
    Page page = extractor.extract(NEWS_PAGE, "https://daily.example.com/news/2024/tram-expansion?utm=x");

    assertThat(page.title()).isEqualTo("Council backs tram expansion");
    assertThat(page.siteName()).isEqualTo("The Daily Example");
    assertThat(page.url()).isEqualTo("https://daily.example.com/news/2024/tram-expansion");
    assertThat(page.language()).isEqualTo("en");
    assertThat(page.published()).isEqualTo(OffsetDateTime.of(2024, 5, 14, 9, 30, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void extract_jsonLdWithTruncatedArticleBody_prefersTheFullMarkupText() {
    String html = """
        <html><head><title>Harbour reopens</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens after storm",
         "datePublished":"2023-11-02T07:15:00Z","articleBody":"The harbour reopened on Thursday\u2026",
         "publisher":{"@type":"Organization","name":"Coast News"}}
        </script></head><body>
        <div class="content"><p>%s</p><p>%s</p><p>%s</p></div>
        </body></html>
        """.formatted(P1, P2, P3);

    Page page = extractor.extract(html, "https://coast.example/harbour");

    assertThat(page.text()).contains(P1, P2, P3).doesNotContain("\u2026");
    assertThat(page.title()).isEqualTo("Harbour reopens after storm");
    assertThat(page.siteName()).isEqualTo("Coast News");
    assertThat(page.published()).isEqualTo(OffsetDateTime.of(2023, 11, 2, 7, 15, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void extract_jsonLdBodyWhenMarkupHasNoText_usesTheArticleBody() {
    String html = """
        <html><head><script type="application/ld+json">
        [{"@type":"WebSite","name":"Script News"},
         {"@type":"NewsArticle","headline":"Rendered by script","articleBody":"%s %s"}]
        </script></head><body><div id="app"></div><nav><a href="/">Home</a></nav></body></html>
        """.formatted(P1, P2);

    Page page = extractor.extract(html, null);

    assertThat(page.text()).isEqualTo(P1 + " " + P2);
    assertThat(page.siteName()).isEqualTo("Script News");
  }

  @Test
  void extract_nonEnglishPage_findsTheBodyAndLanguage() {
    String p1 = "Der Stadtrat hat am Dienstag beschlossen, das Straßenbahnnetz zu erweitern, nachdem jahrelang "
        + "über die Anbindung der östlichen Stadtteile gestritten worden war.";
    String p2 = "Die Bauarbeiten sollen im kommenden Frühjahr beginnen, die erste Linie soll in drei Jahren "
        + "fertig sein und rund 400 Millionen Euro kosten.";
    String html = """
        <html lang="de-DE"><head><meta charset="utf-8"><title>Straßenbahn: Stadtrat stimmt zu</title></head>
        <body><div id="kopf"><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></div>
        <div class="artikel-inhalt"><h1>Straßenbahn: Stadtrat stimmt zu</h1><p>%s</p><p>%s</p></div>
        <div class="kommentare"><p>Endlich passiert etwas, das hätte man schon vor zehn Jahren machen sollen!</p></div>
        <ul class="weitere"><li><a href="/x">Neue Radwege in der Altstadt geplant</a></li>
        <li><a href="/y">Busfahrpreise steigen im Herbst deutlich an</a></li></ul>
        </body></html>
        """.formatted(p1, p2);

    Page page = extractor.extract(html, "https://zeitung.example.de/stadt/strassenbahn");

    assertThat(page.text()).isEqualTo(p1 + "\n\n" + p2);
    assertThat(page.language()).isEqualTo("de");
    assertThat(page.title()).isEqualTo("Straßenbahn: Stadtrat stimmt zu");
  }

  @Test
  void extract_japanesePage_keepsTheArticleParagraphs() {
    String p1 = "市議会は火曜日、路面電車の路線網を拡張する計画を承認した。東部地区への交通をどう確保するかをめぐる十年来の議論に決着がついた。";
    String p2 = "工事は来年春に始まり、最初の新路線は三年後に開業する見込みで、総事業費は約六百億円とされる。";
    String html = "<html lang=\"ja\"><body><ul class=\"menu\"><li><a href=\"/\">ホーム</a></li>"
        + "<li><a href=\"/n\">ニュース</a></li></ul><div class=\"main\"><p>" + p1 + "</p><p>" + p2 + "</p></div>"
        + "<div class=\"ranking\"><a href=\"/r1\">台風が接近、週末は大雨の恐れ</a><a href=\"/r2\">新しい駅ビルが開業</a></div>"
        + "</body></html>";

    Page page = extractor.extract(html, null);

    assertThat(page.text()).isEqualTo(p1 + "\n\n" + p2);
    assertThat(page.language()).isEqualTo("ja");
  }

  @Test
  void extract_metaDatesAndOgLocale_areRead() {
    String html = "<html><head><meta property=\"og:locale\" content=\"pt_BR\">"
        + "<meta property=\"article:published_time\" content=\"2019-11-18T21:04:00-0300\"></head>"
        + "<body><div class=\"texto\"><p>" + P1 + "</p></div></body></html>";

    Page page = extractor.extract(html, null);

    assertThat(page.language()).isEqualTo("pt");
    assertThat(page.published()).isEqualTo(OffsetDateTime.of(2019, 11, 18, 21, 4, 0, 0, ZoneOffset.ofHours(-3)));
  }

  @Test
  void extract_listsAndQuotesInsideTheArticle_areKept() {
    String html = "<html><body><div class=\"post-content\"><p>" + P1 + "</p><ul><li>First point of the plan, "
        + "with new stops</li><li>Second point, with longer trams</li></ul><blockquote>We waited long enough "
        + "for this, the mayor said.</blockquote><p>" + P2 + "</p></div></body></html>";

    Page page = extractor.extract(html, null);

    assertThat(page.text()).contains("First point of the plan", "Second point", "We waited long enough", P2);
  }

  @Test
  void extract_emptyOrBlankInput_givesEmptyPage() {
    assertThat(extractor.extract("", null).text()).isEmpty();
    assertThat(extractor.extract(null, null).title()).isEmpty();
  }
}
