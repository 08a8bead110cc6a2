package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pulls an article's main text and metadata out of an HTML page.
 *
 * <p>Line-level boilerplate that survives this (repeated site lines) is removed later by
 * {@link Boilerplate}; this class works on one page alone.
 */
/*
 * How the main text is found, and where the ideas come from.
 *
 * 1. Furniture goes first (MainBlock.prune). Scripts, styles, embedded media and form controls never
 *    hold article text (a page served whole inside <noscript> keeps it). Navigation, asides, footers,
 *    figures and their captions, <time>, hidden elements, and every element whose role, class or id
 *    names page furniture (comment, share, related, newsletter, ad, byline, caption, breadcrumb, ...)
 *    are removed with their subtree. The class/id vocabulary is the idea of readability's "unlikely
 *    candidates" and of trafilatura's XPath cleaning rules, written here as whole-word look-ups so that
 *    "shared-content" is not mistaken for "share", and read with the conventions of the markup: a
 *    WordPress taxonomy slug ("tag-share-economy") says nothing about its element, a BEM modifier
 *    ("section--ads") describes a variant, a BEM element of furniture ("share__list") is furniture.
 *    Evidence can overrule a name: a removal is vetoed when the element holds more than half of the
 *    page's paragraph text (the words lied); a weak name (widget, meta, header, ...) gives way to prose
 *    (paragraphs of running text with few links); a header keeps a prose lead.
 *
 * 2. Paragraphs vote for their containers (MainBlock.find), after Arc90/Mozilla readability: every
 *    <p>, <pre>, leaf <td>, and every run of text sitting directly in a div-like container, worth
 *    1 + commas + min(size/100, 3), gives its full vote to its parent, half to its grandparent and a
 *    third of a level's worth further up (five levels). A container starts from a tag prior (div and
 *    article +5, lists and headings negative) plus a class/id weight (+25 for article-like words,
 *    +30 more for names of the body itself such as "article-body" or itemprop=articleBody, -25 for
 *    furniture). The total is scaled by (1 - link density): the densitometric observation of
 *    Kohlschuetter, Fankhauser and Nejdl (boilerpipe, "Boilerplate detection using shallow text
 *    features", WSDM 2010) that text density and link density alone separate content from boilerplate
 *    remarkably well. Sizes count letters and digits, ideographs three times, so a Chinese paragraph
 *    weighs about what its translation would; commas include the CJK and Arabic ones.
 *
 * 3. The best container is refined as readability does: when three near-best candidates share an
 *    ancestor, the ancestor is the article (pages split the body between ad slots); a parent that
 *    scores higher than its child takes its place. It then grows to an ancestor whose extra content is
 *    itself running text (articles split into accordion sections or page-builder rows), siblings that
 *    score at least a fifth of the winner (more easily when they share its class) or are plain
 *    paragraphs of running text join it, and so does the lead: prose just before the body (the
 *    standfirst, a deck) up to the headline.
 *
 * 4. The chosen elements are flattened into paragraphs (TextBlocks): every block element and every
 *    run of inline text between blocks is one paragraph, composed (NFC) and without soft hyphens. As in
 *    boilerpipe's and jusText's block classifiers, paragraphs that are mostly links (over half their
 *    text) are dropped: these are the "read also" lines and tag lists that live inside article bodies.
 *    Top-level headings (the headline, which the Page carries as its title) are dropped too, and so is
 *    a heading or label that nothing kept follows (a "Related coverage" over a dropped link list).
 *    When this yields too little text, the page is read again trusting fewer names (readability's
 *    retry): weak class names ignored, then every class name.
 *
 * 5. Structured data is a witness, not the answer (trafilatura's stance): the JSON-LD articleBody is
 *    used when the page's own markup gave far less text than it (content filled in by scripts), never
 *    when the markup gave as much, since articleBody is often a truncated teaser. A page that gives no
 *    text at all (a video or app page) is summed up by its own description meta tag.
 *
 * Metadata come from Open Graph and article:* meta tags, then JSON-LD, then the page's first h1 and
 * <title>; see Metadata. The publication date follows htmldate's order of trust (URL, meta tags,
 * JSON-LD, abbr/itemprop/time markup, then dates shown in the page); see PublicationDate.
 */
public final class Extractor {
  /**
   * How the extractor behaves.
   *
   * @param structuredData  whether the JSON-LD articleBody may stand in when the markup gives little
   * @param maxLinkDensity  paragraphs with a larger share of linked text are dropped (0..1)
   */
  public record Config(boolean structuredData, double maxLinkDensity) {
    /** The settings the benchmark figures are measured with. */
    public static final Config DEFAULT = new Config(true, 0.5);

    public Config {
      if (!(maxLinkDensity >= 0 && maxLinkDensity <= 1)) {
        throw new IllegalArgumentException("maxLinkDensity must be within 0..1: " + maxLinkDensity);
      }
    }
  }

  private final Config config;
  /** What class and id values say, remembered across the pages this extractor reads. */
  private final Cues.Memo memo = new Cues.Memo();

  public Extractor() {
    this(Config.DEFAULT);
  }

  public Extractor(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Extracts the article of {@code html}, fetched from {@code url} (may be null). */
  public Page extract(String html, String url) {
    html = html == null ? "" : html;
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Metadata metadata = new Metadata(doc);
    StructuredData data = metadata.data();
    String title = metadata.title();
    Page meta = new Page(title, "", metadata.published(url), metadata.siteName(), metadata.canonical(url),
        metadata.language());
    String text = mainText(doc, title, MainBlock.Pruning.FULL);
    if (Dom.size(text) < MIN_TEXT) {
      // Too little: the names of things may have lied. Readability's retry: prune less and see.
      for (MainBlock.Pruning pruning : new MainBlock.Pruning[] {MainBlock.Pruning.STRONG_ONLY,
          MainBlock.Pruning.STRUCTURE_ONLY}) {
        String again = mainText(Jsoup.parse(html, url == null ? "" : url), title, pruning);
        if (Dom.size(again) > Dom.size(text)) {
          text = again;
        }
        if (Dom.size(text) >= MIN_TEXT) {
          break;
        }
      }
    }
    // the raw body holds at least the letters of its plain text, so most pages skip the parsing
    if (config.structuredData() && data.body() != null && Dom.size(text) * 2 < Dom.size(data.body())) {
      String witness = plain(data.body());
      if (Dom.size(text) * 2 < Dom.size(witness)) {
        text = witness;
      }
    }
    if (text.isEmpty() && metadata.description() != null) {
      // nothing but scripts and links (a video or app page): the page's own summary is its text
      text = TextBlocks.normalize(metadata.description());
    }
    return new Page(TextBlocks.normalize(meta.title()), text, meta.published(), meta.siteName(), meta.url(),
        meta.language());
  }

  /** Text (in characters of meaning) below which extraction is tried again with gentler pruning. */
  private static final int MIN_TEXT = 250;

  private String mainText(Document doc, String title, MainBlock.Pruning pruning) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    Cues cues = new Cues(memo);
    MainBlock.prune(body, cues, pruning);
    List<Element> main = MainBlock.find(body, cues);
    if (main.isEmpty()) {
      main = List.of(body);
    }
    String normalizedTitle = TextBlocks.normalize(title);
    List<TextBlocks.Block> blocks = TextBlocks.of(main);
    boolean[] keep = new boolean[blocks.size()];
    for (int i = 0; i < keep.length; i++) {
      TextBlocks.Block b = blocks.get(i);
      keep[i] = b.linkDensity() <= config.maxLinkDensity() && !b.tag().equals("h1")
          && !b.text().equals(normalizedTitle);
    }
    // A heading introduces what follows it: with nothing kept after it, or only a link list it
    // announced ("Related coverage", "Read more", a table of contents), it goes too. Backwards, so
    // that a run of headings over a dropped list goes as a whole.
    boolean nextKept = false;
    for (int i = keep.length - 1; i >= 0; i--) {
      if (keep[i] && isHeading(blocks.get(i)) && !nextKept) {
        keep[i] = false;
      }
      nextKept = keep[i];
    }
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        paragraphs.add(blocks.get(i).text());
      }
    }
    return String.join("\n\n", paragraphs);
  }

  /** Longest text, in characters, that a heading-like label (a short line without a full stop) has. */
  private static final int LABEL_CHARS = 60;

  /** Blocks whose short lines are items of a list or table, not labels over what follows. */
  private static final java.util.Set<String> NOT_LABELS = java.util.Set.of("li", "td", "th", "dd", "dt", "tr",
      "pre", "blockquote", "caption", "figcaption");

  /** A heading element, or a short line that does not end like a sentence (a label such as "See also:"). */
  private static boolean isHeading(TextBlocks.Block b) {
    String tag = b.tag();
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      return true;
    }
    String t = b.text();
    if (t.length() > LABEL_CHARS || t.indexOf('\n') >= 0 || NOT_LABELS.contains(tag)) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return ".!?\u2026\"\u201D\u00BB\u3002)".indexOf(last) < 0;
  }

  /** The text of a JSON-LD body, which may carry markup or entities. */
  private static String plain(String body) {
    if (body.indexOf('<') < 0 && body.indexOf('&') < 0) {
      return String.join("\n\n", body.lines().map(TextBlocks::normalize).filter(l -> !l.isEmpty()).toList());
    }
    Element root = Jsoup.parseBodyFragment(body).body();
    List<String> paragraphs = new ArrayList<>();
    for (TextBlocks.Block b : TextBlocks.of(List.of(root))) {
      paragraphs.add(b.text());
    }
    return String.join("\n\n", paragraphs);
  }
}
