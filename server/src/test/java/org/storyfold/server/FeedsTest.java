package org.storyfold.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.story.Article;

class FeedsTest {
  @TempDir
  Path dir;

  @Test
  void read_rss_oneArticlePerItemWithTextDateAndLink() throws Exception {
    Path f = dir.resolve("news.rss");
    Files.writeString(f, """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Calder Daily</title>
          <item><title>Fire at Port Calder plant</title><link>https://example.org/a1</link>
            <guid>a1</guid><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
            <description>&lt;p&gt;A fire broke out at the &lt;b&gt;chemical&lt;/b&gt; plant.&lt;/p&gt;</description></item>
          <item><title>No body</title><guid>a2</guid></item>
        </channel></rss>
        """);
    List<Article> items = Feeds.read(f);
    assertThat(items).hasSize(1);
    Article a = items.get(0);
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.text()).isEqualTo("A fire broke out at the chemical plant.");
    assertThat(a.url()).isEqualTo("https://example.org/a1");
    assertThat(a.source()).isEqualTo("Calder Daily");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-03-02T08:00:00Z"));
  }

  @Test
  void read_atom_entryWithAlternateLinkAndSummary() throws Exception {
    Path f = dir.resolve("feed.xml");
    Files.writeString(f, """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
          <entry><id>urn:x:1</id><title>Bridge reopens</title>
            <link rel="alternate" href="https://example.org/b1"/>
            <published>2026-03-03T10:00:00+01:00</published><summary>The bridge reopened on Tuesday.</summary></entry>
        </feed>
        """);
    assertThat(Feeds.isFeed(f)).isTrue();
    List<Article> items = Feeds.read(f);
    assertThat(items).extracting(Article::id, Article::url, Article::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("urn:x:1", "https://example.org/b1", "Bridge reopens"));
    assertThat(items.get(0).published()).isEqualTo(OffsetDateTime.parse("2026-03-03T10:00:00+01:00"));
  }

  @Test
  void isFeed_plainXml_isNotAFeed() throws Exception {
    Path f = dir.resolve("data.xml");
    Files.writeString(f, "<?xml version=\"1.0\"?><rows><row>1</row></rows>");
    assertThat(Feeds.isFeed(f)).isFalse();
  }
}
