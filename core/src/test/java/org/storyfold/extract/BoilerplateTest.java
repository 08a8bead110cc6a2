package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;

/** The cleaner on small texts written for each kind of cue. */
class BoilerplateTest {

  // An invented story, long enough to look like one: five paragraphs of plain prose.
  private static final List<String> STORY = List.of(
      "The city council voted on Tuesday to close the old river bridge for repairs, after engineers "
          + "found cracks in two of the supports that carry most of the traffic into the town centre.",
      "The mayor said the closure would last at least four months and that buses would be sent across "
          + "the new bridge to the north, which adds about ten minutes to the journey for most people.",
      "Shop owners on the east bank were not happy with the decision. One of them said that her sales "
          + "had already fallen by a third since the work on the road began in the spring.",
      "The engineers had warned about the state of the bridge for years, but the money for the work was "
          + "only found this winter, when the region agreed to pay for half of the cost.",
      "A public meeting about the plans will be held next week in the library, where residents can ask "
          + "questions and see the drawings of the new supports that are to be built.");

  // Another invented story, so that pages of one site can differ in everything but their template.
  private static final List<String> OTHER = List.of(
      "The summer festival in the park drew more visitors than ever this year, with the organisers "
          + "counting almost forty thousand people over the three days of music and food.",
      "Most of the bands came from the region, and the organisers said they would keep it that way, "
          + "because the audience had asked for local music in a survey last autumn.",
      "Next year the festival will move to the last weekend of July, so that it does not clash with "
          + "the school holidays in the neighbouring country.");

  /** Page {@code i} of three pages with nothing in common: two paragraphs each, {@code middle} between. */
  private static List<String> distinctPage(int i, String middle) {
    List<String> pool = new ArrayList<>(STORY.subList(0, 4));
    pool.addAll(OTHER.subList(0, 2));
    return List.of(pool.get(2 * i), middle, pool.get(2 * i + 1));
  }

  private static Article article(String id, String source, String title, List<String> lines) {
    return new Article(id, null, source, title, String.join("\n\n", lines), null, null);
  }

  private static List<String> with(List<String> before, List<String> after) {
    List<String> all = new ArrayList<>(before);
    all.addAll(STORY);
    all.addAll(after);
    return all;
  }

  private static Cleaning cleanOne(List<String> lines) {
    return new Boilerplate().clean(List.of(article("a", null, "Bridge closed for repairs", lines)));
  }

  private static List<String> keptLines(Cleaning c, int i) {
    return c.articles().get(i).text().lines().filter(l -> !l.isBlank()).toList();
  }

  private static List<String> removedLines(Cleaning c, String id) {
    return c.removed().getOrDefault(id, List.of()).stream().map(Cleaning.Removal::line).toList();
  }

  @Test
  void clean_removesMenuRun() {
    List<String> menu = List.of("Home", "News", "World", "Politics", "Business", "Sport", "Culture", "Weather");
    Cleaning c = cleanOne(with(menu, List.of()));
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(STORY);
    assertThat(c.removed().get("a")).filteredOn(r -> r.line().equals("Politics"))
        .singleElement().satisfies(r -> assertThat(r.reason()).contains("run of 8"));
  }

  @Test
  void clean_removesShareBar() {
    List<String> share = List.of("Share this article", "Facebook", "Twitter", "WhatsApp", "Email");
    List<String> lines = new ArrayList<>(STORY.subList(0, 2));
    lines.addAll(share);
    lines.addAll(STORY.subList(2, 5));
    Cleaning c = cleanOne(lines);
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(STORY);
    assertThat(removedLines(c, "a")).containsAll(share);
  }

  @Test
  void clean_removesCommentForm() {
    List<String> form = List.of("Leave a Reply", "Your email address will not be published.",
        "Comment *", "Name *", "Email *", "Save my name and email in this browser for the next time I comment.",
        "Post Comment");
    Cleaning c = cleanOne(with(List.of(), form));
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(STORY);
    assertThat(removedLines(c, "a")).containsAll(form);
  }

  @Test
  void clean_removesRelatedList() {
    List<String> related = List.of("Related stories",
        "New tram line to open in the autumn, says transport office",
        "Council approves budget for schools and roads",
        "Flood defences on the river to be raised by a metre",
        "Why the town's oldest bakery is closing after ninety years");
    Cleaning c = cleanOne(with(List.of(), related));
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(STORY);
    assertThat(removedLines(c, "a")).containsAll(related);
  }

  @Test
  void clean_removesSubscriptionPrompt() {
    List<String> prompt = List.of("You have 3 free articles left this month.",
        "Subscribe now for unlimited access", "Already a subscriber? Log in");
    Cleaning c = cleanOne(with(List.of(), prompt));
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(STORY);
    assertThat(removedLines(c, "a")).containsAll(prompt);
  }

  @Test
  void clean_removesPhotoCredit() {
    String caption = "Workers inspect one of the cracked supports under the river bridge on Monday. "
        + "(Jane Doe for the Daily Courier)";
    String credit = "Photo: John Smith";
    List<String> lines = new ArrayList<>(STORY.subList(0, 1));
    lines.add(caption);
    lines.add(credit);
    lines.addAll(STORY.subList(1, 5));
    Cleaning c = cleanOne(lines);
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(STORY);
    assertThat(c.removed().get("a")).allSatisfy(r -> {
      assertThat(r.code()).isEqualTo(Cleaning.Reason.CREDIT);
      assertThat(r.reason()).contains("credit");
    });
  }

  @Test
  void clean_removesLineRepeatedOnThreePagesOfSite() {
    String promo = "Get the best of the Courier delivered to your inbox every morning.";
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // three different stories from one site, each carrying the same promotion between paragraphs
      batch.add(article("p" + i, "courier.example", "Story " + i, distinctPage(i, promo)));
    }
    Cleaning c = new Boilerplate().clean(batch);
    for (int i = 0; i < 3; i++) {
      assertThat(keptLines(c, i)).doesNotContain(promo).hasSize(2);
      assertThat(c.removed().get("p" + i)).singleElement().satisfies(r -> {
        assertThat(r.code()).isEqualTo(Cleaning.Reason.REPEATED_ON_SITE);
        assertThat(r.reason()).isEqualTo("repeated on 3 pages of courier.example");
      });
    }
  }

  @Test
  void clean_keepsPromptOnlyTwoPagesShare() {
    String promo = "Get the best of the Courier delivered to your inbox every morning.";
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      batch.add(article("p" + i, "courier.example", "Story " + i, distinctPage(i, promo)));
    }
    Cleaning c = new Boilerplate().clean(batch);
    assertThat(keptLines(c, 0)).contains(promo);
  }

  @Test
  void clean_keepsParagraphsSharedByCopiesOfOneWireStory() {
    // three outlets print the same agency story: its lines recur, but the pages are related, not template
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      List<String> lines = new ArrayList<>(STORY.subList(0, 2));
      lines.add("Traffic plans");
      lines.addAll(STORY.subList(2, 5));
      batch.add(article("w" + i, "outlet" + i + ".example", "Bridge closed", lines));
    }
    Cleaning c = new Boilerplate().clean(batch);
    for (int i = 0; i < 3; i++) {
      assertThat(keptLines(c, i)).hasSize(6).contains("Traffic plans");
    }
  }

  @Test
  void clean_removesBulletSummaryRestatingArticle() {
    List<String> summary = List.of(
        "- The city council voted to close the old river bridge after engineers found cracks in the supports.",
        "- Buses will be sent across the new bridge to the north while the closure lasts at least four months.",
        "- Shop owners on the east bank said their sales had already fallen since the road work began.",
        "- Residents can see the drawings of the new supports at a public meeting in the library.");
    Cleaning c = cleanOne(with(List.of(), summary));
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(STORY);
    assertThat(c.removed().get("a")).hasSize(4).allSatisfy(r -> {
      assertThat(r.code()).isEqualTo(Cleaning.Reason.RESTATEMENT);
      assertThat(r.reason()).startsWith("bullet list restating the article");
    });
  }

  @Test
  void clean_keepsBulletListWithNewFacts() {
    List<String> facts = List.of(
        "- Length of the bridge: 240 metres, built in 1911 by a company from Glasgow.",
        "- Daily crossings before the closure: around 18,000 cars and 2,500 cyclists.",
        "- Last major repair: 1987, when the deck was replaced after a lorry fire.");
    List<String> lines = new ArrayList<>(STORY.subList(0, 3));
    lines.addAll(facts);
    lines.addAll(STORY.subList(3, 5));
    Cleaning c = cleanOne(lines);
    assertThat(keptLines(c, 0)).containsAll(facts);
  }

  @Test
  void clean_keepsShortSentencesInOneSentencePerLineText() {
    // an invented story written one sentence per line, as some corpora are: every line is short, it
    // opens with a short sentence and holds a run of short quoted sentences, and nothing is boilerplate
    List<String> lines = List.of(
        "A spokesman says the old mill will close next month.",
        "The owners blamed the rising price of grain and a long dry summer.",
        "About forty people work at the mill, most of them from the village.",
        "One of them, a baker who has worked there for twenty years, spoke to reporters on Friday outside "
            + "the gate, where the workers had gathered after the news was read out to them.",
        "\"I knew it was coming.",
        "\"We all did.",
        "\"Nobody said a word.",
        "\"Then the letters came.",
        "\"It was over.\"",
        "The council has offered to help the workers find new jobs.",
        "Her husband also works at the mill.");
    Cleaning c = cleanOne(lines);
    assertThat(removedLines(c, "a")).isEmpty();
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(lines);
  }

  @Test
  void clean_keepsShortSubheadingBetweenParagraphs() {
    String subheading = "Years of warnings";
    List<String> lines = new ArrayList<>(STORY.subList(0, 3));
    lines.add(subheading);
    lines.addAll(STORY.subList(3, 5));
    Cleaning c = cleanOne(lines);
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(lines);
    assertThat(c.removed()).isEmpty();
  }

  @Test
  void clean_cleansGermanArticle() {
    List<String> body = List.of(
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss für mehrere Monate zu "
            + "sperren, nachdem Ingenieure Risse in zwei der Pfeiler gefunden hatten.",
        "Die Bürgermeisterin sagte, dass die Busse in dieser Zeit über die neue Brücke im Norden fahren "
            + "sollen, was für die meisten Menschen etwa zehn Minuten mehr bedeutet.",
        "Die Händler auf der Ostseite sind mit der Entscheidung nicht zufrieden. Eine von ihnen sagte, "
            + "ihr Umsatz sei schon seit dem Beginn der Bauarbeiten im Frühjahr um ein Drittel gesunken.",
        "Die Pläne für die neuen Pfeiler werden in der nächsten Woche bei einer Versammlung in der "
            + "Bibliothek vorgestellt, wo die Bürger auch ihre Fragen stellen können.");
    List<String> boiler = List.of("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur",
        "Teilen auf Facebook", "Mehr zum Thema", "Neue Straßenbahn fährt ab Herbst durch die Altstadt",
        "Haushalt für Schulen und Straßen beschlossen", "Impressum", "Datenschutz");
    List<String> lines = new ArrayList<>(boiler.subList(0, 5));
    lines.addAll(body);
    lines.addAll(boiler.subList(5, boiler.size()));
    Cleaning c = new Boilerplate().clean(List.of(article("de", null, "Brücke gesperrt", lines)));
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(body);
    assertThat(removedLines(c, "de")).containsExactlyInAnyOrderElementsOf(boiler);
  }

  @Test
  void clean_cleansSpanishArticle() {
    List<String> body = List.of(
        "El ayuntamiento decidió el martes cerrar el viejo puente sobre el río durante varios meses, "
            + "después de que los ingenieros encontraran grietas en dos de los pilares.",
        "La alcaldesa dijo que los autobuses pasarán por el puente nuevo del norte, lo que añade unos "
            + "diez minutos al trayecto de la mayoría de los vecinos.",
        "Los comerciantes de la orilla este no están contentos con la decisión y dicen que sus ventas "
            + "ya han caído desde que empezaron las obras en la primavera.");
    List<String> boiler = List.of("Inicio", "Nacional", "Internacional", "Deportes",
        "Te puede interesar", "Compartir en Twitter", "Suscríbete a nuestro boletín");
    List<String> lines = new ArrayList<>(boiler.subList(0, 4));
    lines.addAll(body);
    lines.addAll(boiler.subList(4, boiler.size()));
    Cleaning c = new Boilerplate().clean(List.of(article("es", null, "Puente cerrado", lines)));
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(body);
  }

  @Test
  void clean_replacesGluedCategoryTitle() {
    List<String> lines = new ArrayList<>(List.of("Old river bridge closed for four months"));
    lines.addAll(STORY);
    Cleaning c = new Boilerplate().clean(List.of(article("t", null, "PoliticsLocal NewsTransportCity", lines)));
    assertThat(c.articles().get(0).title()).isEqualTo("Old river bridge closed for four months");
    assertThat(keptLines(c, 0)).containsExactlyElementsOf(STORY);
    assertThat(c.removed().get("t").get(0).reason()).contains("glued");
  }

  @Test
  void clean_replacesPlaceholderTitle() {
    List<String> lines = new ArrayList<>(List.of("Old river bridge closed for four months"));
    lines.addAll(STORY);
    Cleaning c = new Boilerplate().clean(List.of(article("t", null, "No posts to display!", lines)));
    assertThat(c.articles().get(0).title()).isEqualTo("Old river bridge closed for four months");
  }

  @Test
  void clean_keepsUnrelatedShortTitleWithoutReplacement() {
    Cleaning c = new Boilerplate().clean(List.of(article("t", null, "Heartbreak on the hill", STORY)));
    assertThat(c.articles().get(0).title()).isEqualTo("Heartbreak on the hill");
  }

  @Test
  void clean_keepsGoodTitle() {
    Cleaning c = cleanOne(STORY);
    assertThat(c.articles().get(0).title()).isEqualTo("Bridge closed for repairs");
    assertThat(c.removed()).isEmpty();
  }

  @Test
  void clean_explainsEveryRemoval() {
    List<String> lines = with(List.of("Home", "News", "World", "Sport"),
        List.of("Share", "Tweet", "© 2024 Daily Courier", "Privacy policy"));
    Cleaning c = cleanOne(lines);
    assertThat(c.removed().get("a")).hasSize(8).allSatisfy(r -> {
      assertThat(r.reason()).isNotBlank();
      assertThat(r.code()).isNotNull();
    });
  }

  @Test
  void clean_neverEmptiesAShortArticle() {
    Cleaning c = cleanOne(List.of("The bridge will reopen on Friday, the council said."));
    assertThat(c.articles().get(0).text()).isNotEmpty();
  }

  @Test
  void clean_keepsBatchOrderAndIds() {
    List<Article> batch = List.of(article("x", null, "X", STORY), article("y", null, "Y", STORY.subList(0, 2)));
    Cleaning c = new Boilerplate().clean(batch);
    assertThat(c.articles()).extracting(Article::id).containsExactly("x", "y");
  }

  @Test
  void clean_untitledArticleKeepsItsOpeningHeadlineAsTitle() {
    List<String> lines = List.of(
        "Orvik dam bursts after three days of rain",
        "The Orvik dam burst early on Monday after three days of heavy rain, flooding forty homes along the Sell river.",
        "County engineers had warned in March that the spillway of the Orvik dam was cracked and needed repair.",
        "Residents were moved to the sports hall in Lusta, where the county said they could stay for a week.");
    Cleaning c = new Boilerplate().clean(List.of(new Article("dam", null, null, "", String.join("\n", lines), null, null)));
    assertThat(c.articles().get(0).title()).isEqualTo("Orvik dam bursts after three days of rain");
    assertThat(c.articles().get(0).text()).doesNotContain("Orvik dam bursts after").contains("Residents were moved");
  }

  @Test
  void clean_neverEmptiesASnippetWithoutStopWords() {
    // Regression: one-line keyword snippets (stop words stripped, as in short-text corpora) were
    // removed whole as "few stop words", leaving articles with no text at all.
    String snippet = "orvik dam burst flooding forty homes sell river county engineer warned spillway crack march";
    Cleaning c = new Boilerplate().clean(List.of(new Article("s", null, null, "", snippet, null, null)));
    assertThat(c.articles().get(0).text()).isEqualTo(snippet);
    assertThat(c.removed()).doesNotContainKey("s");
  }

  @Test
  void clean_emojiOnlyTitle_isKeptNotDroppedAsSymbols() {
    Cleaning c = new Boilerplate().clean(List.of(article("a", null, "\uD83C\uDF09\uD83D\uDEA7", STORY)));
    assertThat(c.articles().get(0).title()).isEqualTo("\uD83C\uDF09\uD83D\uDEA7");
    Cleaning menu = new Boilerplate().clean(List.of(article("b", null, "| >> | ** |", STORY)));
    assertThat(menu.articles().get(0).title()).isNotEqualTo("| >> | ** |");
  }
}
