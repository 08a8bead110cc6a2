package org.storyfold.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class and id say about it. Class and id values are split into words (at
 * spaces, dashes, underscores, digits and camelCase humps) and the words are looked up in small
 * vocabularies: site builders name things in English nearly everywhere, with a few local words that
 * are listed too. No cue looks at the page's visible text, so the cues hold for any language.
 *
 * <p>The vocabularies are constants. Verdicts are cached by raw class and id value in a
 * {@link Memo} that the {@link Extractor} owns: sites repeat the same few values on every page.
 */
final class Cues {
  /** Tags that never hold article text. */
  static final Set<String> CHROME = Set.of("script", "style", "noscript", "template", "svg", "canvas",
      "iframe", "object", "embed", "button", "select", "input", "textarea", "option", "link", "meta",
      "dialog", "map", "audio", "video", "math");

  /** Tags whose text is laid out as blocks of their own. */
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
      "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
      "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul", "br", "html", "caption", "legend", "picture", "noscript", "tt");

  /** Elements that hold a paragraph's worth of running text. */
  static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td", "dd", "li");

  /** Words naming the article's body (strong) in class and id values. */
  private static final Set<String> BODY_WORDS = Set.of("articlebody", "storybody", "postbody",
      "entrycontent", "postcontent", "articlecontent", "articletext", "storytext", "bodytext",
      "storycontent", "newstext", "newsbody", "maintext", "articleinner", "contentbody", "richtext");

  /** Words that lean towards the article (readability calls these "positive"). */
  private static final Set<String> POSITIVE = Set.of("article", "articles", "body", "content", "contents",
      "entry", "main", "post", "story", "text", "blog", "hentry", "prose", "permalink", "news", "detail",
      "artikel", "inhalt", "texto", "contenido", "cuerpo", "noticia", "conteudo", "corpo", "materia",
      "articolo", "testo", "contenu", "tekst", "icerik", "haber", "statya", "nota");

  /** Words that mark the page's furniture even on an element also called "article" or "content". */
  private static final Set<String> FURNITURE = Set.of("comment", "comments", "commentaire", "commentaires",
      "kommentar", "kommentare", "comentarios", "comentario", "commenti", "disqus", "replies", "respond",
      "share", "sharing", "sharebar", "shares", "social", "socials", "sociallinks", "related", "relacionadas",
      "relacionados", "recommended", "recommendations", "recommend", "recirc", "recirculation",
      "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "advert", "advertisement",
      "advertising", "ads", "ad", "adslot", "adunit", "adsense", "dfp", "gpt", "werbung", "anzeige",
      "publicidad", "pub", "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr",
      "breadcrumb", "breadcrumbs", "byline", "bylines", "author", "authors", "autor", "auteur",
      "caption", "captions", "credit", "credits", "tags", "taglist", "keywords",
      "pagination", "pager", "footer", "menu", "nav", "navbar", "navigation", "outbrain", "taboola",
      "mostread", "mostpopular", "sronly", "visuallyhidden", "jumplink", "readmore", "seealso",
      "morestories", "moreon", "disclaimer", "copyright", "ticker", "newsticker", "marquee", "cta",
      "popup", "modal", "lightbox", "flyout", "offcanvas", "toc", "sidebar");

  /** Words that mark furniture unless the element also has an article-like name. */
  private static final Set<String> WEAK_FURNITURE = Set.of("overlay", "tag", "topics",
      "widget", "widgets", "toolbar", "tools", "print", "rating", "ratings", "dateline", "timestamp",
      "trending", "popular", "carousel", "slider", "skip", "login", "signin", "banner", "follow",
      "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email", "mailto", "bio", "playlist",
      "video", "gallery", "figure", "photo", "image", "img", "thumb", "thumbnail", "thumbnails", "rail",
      "aside", "extra", "sticky", "header", "masthead", "meta", "metadata", "date", "dates", "time", "updated",
      "published", "infobox", "teaserlist", "hidden", "hide");

  /** How strongly an element's markup names it page furniture. */
  enum Furniture {
    /** Nothing in its role, class or id says furniture (or the name says article body). */
    NONE,
    /** A word that often but not always means furniture (sidebar, widget, meta, header, ...). */
    WEAK,
    /** A word that means furniture (comments, share, related, ad, newsletter, ...). */
    STRONG,
    /** An ARIA landmark role that is not content (navigation, complementary, banner, contentinfo). */
    ROLE
  }

  /** Flag: a word of {@link #BODY_WORDS} (the name of the article body itself). */
  private static final int BODY = 1;
  /** Flag: a word of {@link #POSITIVE} (leans towards the article). */
  private static final int POS = 2;
  /** Flag: a word of {@link #FURNITURE} (page furniture). */
  private static final int STRONG = 4;
  /** Flag: a word of {@link #WEAK_FURNITURE} (often furniture). */
  private static final int WEAK = 8;

  /**
   * Verdicts by raw class and id value, shared by the pages one extractor reads (safe across threads).
   * Bounded: emptied when it reaches {@link #MAX_ENTRIES}, so a long run over many sites cannot grow it.
   */
  static final class Memo {
    /** Most class/id values remembered (a few MB). */
    static final int MAX_ENTRIES = 100_000;

    private final java.util.concurrent.ConcurrentHashMap<String, Integer> verdicts =
        new java.util.concurrent.ConcurrentHashMap<>();

    Integer get(String key) {
      return verdicts.get(key);
    }

    void put(String key, int flags) {
      if (verdicts.size() >= MAX_ENTRIES) {
        verdicts.clear();
      }
      verdicts.put(key, flags);
    }
  }

  private final Memo cache;

  /** Cues remembered in {@code memo}. */
  Cues(Memo memo) {
    this.cache = java.util.Objects.requireNonNull(memo, "memo");
  }

  /** Cues with a memo of their own (tests, one-off use). */
  Cues() {
    this(new Memo());
  }

  /**
   * The cue flags of an element's class and id words. Values are split into words at spaces, dashes,
   * underscores, digits and camelCase humps, and neighbouring words are joined too ("article body"
   * also gives "articlebody"). Two kinds of class tokens are read with care: a taxonomy slug (see
   * {@link #isTaxonomySlug}) says nothing about the element; a BEM modifier (the part after
   * {@code --}, as in {@code section--ads} or {@code field--label-hidden}) describes a variant of the
   * element, so it may make it look like the article but never like furniture.
   */
  private int flags(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return 0;
    }
    String key = id.isEmpty() ? cls : cls + '#' + id;
    Integer cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    int f = 0;
    int n = cls.length();
    for (int i = 0; i < n; ) {
      while (i < n && Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      if (i > start && !isTaxonomySlug(cls, start, i)) {
        f |= tokenFlags(cls, start, i);
      }
    }
    if (!id.isEmpty()) {
      f |= tokenFlags(id, 0, id.length());
    }
    cache.put(key, f);
    return f;
  }

  /**
   * The flags of one class token's (or the id's) words and neighbouring pairs, split at dashes,
   * underscores, digits, punctuation and lower-to-upper humps. Words of a BEM modifier (after
   * {@code --}) may lean to the article but never to furniture; words of a BEM block (before
   * {@code __}) say what the element is part of: a part of furniture is furniture
   * ({@code share__list}), but a part of an article is not the article ({@code entry__date} is a
   * date), so they never lean to the article, unless they name the body itself. A token that names furniture names a
   * part of whatever else it mentions ({@code post-comments}, {@code ArticleBody-related-coverage}), so
   * its article-like words do not count.
   */
  private static int tokenFlags(String s, int from, int to) {
    int modifierAt = s.indexOf("--", from);
    if (modifierAt <= from || modifierAt >= to) {
      modifierAt = to;
    }
    // BEM: in block__element the element names the thing; the block is only where it sits
    int elementAt = s.lastIndexOf("__", modifierAt - 1);
    elementAt = elementAt > from ? elementAt + 2 : from;
    int f = 0;
    StringBuilder w = new StringBuilder();
    String prev = null;
    boolean prevModifier = false;
    int prevStart = from;
    int wordStart = from;
    char before = 0;
    for (int i = from; i <= to; i++) {
      char c = i < to ? s.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      if ((!letter || Character.isUpperCase(c) && Character.isLowerCase(before)) && w.length() > 0) {
        String word = w.toString();
        boolean modifier = wordStart >= modifierAt;
        f |= wordStart < elementAt ? lookUp(word, false) & ~POS : lookUp(word, modifier);
        if (prev != null) {
          int pair = lookUp(prev + word, modifier || prevModifier);
          f |= wordStart < elementAt || prevStart < elementAt ? pair & ~POS : pair;
        }
        prev = word;
        prevModifier = modifier;
        prevStart = wordStart;
        w.setLength(0);
      }
      if (letter) {
        if (w.length() == 0) {
          wordStart = i;
        }
        w.append(Character.toLowerCase(c));
      }
      before = c;
    }
    return (f & STRONG) != 0 ? f & ~(BODY | POS) : f;
  }

  private static int lookUp(String w, boolean modifier) {
    Integer f = VOCABULARY.get(w);
    if (f == null) {
      return 0;
    }
    return modifier ? f & (BODY | POS) : f;
  }

  /** Every cue word with its flags, in one table: a class word costs one look-up. */
  private static final Map<String, Integer> VOCABULARY = vocabulary();

  private static Map<String, Integer> vocabulary() {
    Map<String, Integer> v = new HashMap<>();
    BODY_WORDS.forEach(w -> v.merge(w, BODY, (a, b) -> a | b));
    POSITIVE.forEach(w -> v.merge(w, POS, (a, b) -> a | b));
    FURNITURE.forEach(w -> v.merge(w, STRONG, (a, b) -> a | b));
    WEAK_FURNITURE.forEach(w -> v.merge(w, WEAK, (a, b) -> a | b));
    return Map.copyOf(v);
  }

  /**
   * Class tokens that name what the content is filed under, not what the element is: WordPress and
   * its kin print a post's tags and categories as classes ({@code tag-share-economy},
   * {@code category-video}) on the very element that holds the post.
   */
  private static boolean isTaxonomySlug(String s, int from, int to) {
    int dash = s.indexOf('-', from);
    if (dash <= from || dash >= to - 1) {
      return false;
    }
    return s.regionMatches(true, from, "tag-", 0, 4) || s.regionMatches(true, from, "category-", 0, 9)
        || s.regionMatches(true, from, "post_tag-", 0, 9);
  }

  /** Whether the element's class or id names the article body itself. */
  boolean namesBody(Element e) {
    return (flags(e) & BODY) != 0 || e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** Readability-style weight of class and id: +25 leaning to the article, -25 to furniture. */
  int classWeight(Element e) {
    int f = flags(e);
    int weight = 0;
    if ((f & BODY) != 0) {
      weight += 30;
    }
    if ((f & POS) != 0) {
      weight += 25;
    }
    if ((f & (STRONG | WEAK)) != 0) {
      weight -= 25;
    }
    return weight;
  }

  /** What the element's role, class and id say about it being furniture. */
  Furniture furniture(Element e) {
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
        || role.equals("contentinfo") || role.equals("dialog") || role.equals("alert")) {
      return Furniture.ROLE;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equalsIgnoreCase("articleBody")) {
      return Furniture.NONE;
    }
    if (itemprop.equalsIgnoreCase("author") || itemprop.equalsIgnoreCase("publisher")
        || itemprop.equalsIgnoreCase("comment")) {
      // schema.org microdata names the element: a byline or author box, the outlet's card, a comment
      return Furniture.STRONG;
    }
    int f = flags(e);
    if ((f & BODY) != 0) {
      return Furniture.NONE;
    }
    if ((f & STRONG) != 0) {
      // one token says furniture, another says article ("post hentry enable-pin-share"): doubt
      return (f & POS) != 0 ? Furniture.WEAK : Furniture.STRONG;
    }
    return (f & WEAK) != 0 && (f & POS) == 0 ? Furniture.WEAK : Furniture.NONE;
  }

  /** Separates class tokens. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /**
   * Bootstrap's {@code d-none} hides an element on every screen unless a responsive class
   * ({@code d-md-block}, ...) shows it again; {@code d-print-block} shows it on paper only.
   */
  private static boolean hiddenByUtilityClass(String cls) {
    if (!cls.contains("d-none")) {
      return false;
    }
    boolean none = false;
    for (String token : WHITESPACE.split(cls)) {
      if (token.equals("d-none")) {
        none = true;
      } else if (token.startsWith("d-") && !token.startsWith("d-print-") && token.indexOf('-', 2) > 0
          && !token.endsWith("-none")) {
        return false;
      }
    }
    return none;
  }

  /** Whether inline style, attributes or a display utility class hide the element. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") && !e.tagName().equals("span")) {
      return true;
    }
    if (hiddenByUtilityClass(e.className())) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
