package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;

/** Pages in legacy charsets read through the public reader: never mojibake. */
class ExtractorCharsetTest {
  @TempDir
  Path tmp;

  @Test
  void read_metaCharsetWindows1252Page_decodesAccents() throws IOException {
    String body = "Le conseil municipal a approuvé mardi l'extension du réseau de tramway, après dix années "
        + "de débats sur la desserte des quartiers de l'est. Coût prévu : 400 millions d'euros.";
    String html = "<html lang=\"fr\"><head><meta charset=\"windows-1252\"><title>Tramway : feu vert</title></head>"
        + "<body><article><p>" + body + "</p><p>Les travaux débuteront au printemps, a précisé la mairie.</p>"
        + "</article></body></html>";
    Path file = tmp.resolve("tram.html");
    Files.write(file, html.getBytes(Charset.forName("windows-1252")));

    ReadResult result = new ArticleReader().read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]));

    assertThat(result.rejections()).isEmpty();
    assertThat(result.articles()).singleElement().satisfies(a -> {
      assertThat(a.text()).contains(body).contains("débuteront").doesNotContain("Ã", "\uFFFD");
      assertThat(a.title()).isEqualTo("Tramway : feu vert");
      assertThat(a.language()).isEqualTo("fr");
    });
  }

  @Test
  void read_undeclaredWindows1251Page_isDetected() throws IOException {
    String body = "Городской совет во вторник одобрил расширение трамвайной сети после десяти лет споров о том, "
        + "как обслуживать растущие восточные районы города. Строительство начнётся весной.";
    String html = "<html><head><title>Трамвай</title></head><body><div class=\"content\"><p>" + body
        + "</p></div></body></html>";
    Path file = tmp.resolve("tram-ru.html");
    Files.write(file, html.getBytes(Charset.forName("windows-1251")));

    ReadResult result = new ArticleReader().read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]));

    assertThat(result.articles()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(body));
  }

  @Test
  void read_htmlFileOverSizeLimit_isRejectedWithItsReason() throws IOException {
    Path file = tmp.resolve("big.html");
    Files.writeString(file, "<html><body><p>" + "word ".repeat(2000) + "</p></body></html>");

    ReadResult result = new ArticleReader(1024, new Extractor())
        .read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]));

    assertThat(result.articles()).isEmpty();
    assertThat(result.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("too large"));
  }
}
