package org.storyfold.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class and id say about it. Class and id values are split into words (at
 * spaces, dashes, underscores, digits and camelCase humps) and the words are looked up in small
 * vocabularies: site builders name things in English nearly everywhere, with a few local words that
 * are listed too. No cue looks at the page's visible text, so the cues hold for any language.
 */
final class Cues {
  private Cues() {}

  /** Tags that never hold article text. */
  static final String CHROME = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
      + "button, select, input, textarea, option, link, meta, head > *:not(title), dialog, map, audio, video";

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
      "morestories", "moreon", "disclaimer", "copyright");

  /** Words that mark furniture unless the element also has an article-like name. */
  private static final Set<String> WEAK_FURNITURE = Set.of("popup", "modal", "overlay", "tag", "topics",
      "sidebar", "widget", "widgets", "toolbar", "tools", "print", "rating", "dateline", "timestamp",
      "trending", "popular", "carousel", "slider", "skip", "login", "signin", "banner", "follow",
      "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email", "mailto", "bio", "playlist",
      "video", "gallery", "lightbox", "figure", "photo", "image", "img", "thumb", "thumbnail", "rail",
      "aside", "extra", "sticky", "header", "masthead", "meta", "date", "dates", "time", "updated",
      "published", "infobox", "teaserlist", "hidden", "hide");

  /** Words shortening a verdict of furniture: the element may hold the article after all. */
  private static final Pattern SPLIT = Pattern.compile("[\\s_\\-:.0-9/]+|(?<=[a-z])(?=[A-Z])");

  /** The class and id of an element as lower-case words, with neighbouring pairs joined too. */
  static String[] words(Element e) {
    String raw = (e.className() + " " + e.id()).trim();
    if (raw.isEmpty()) {
      return new String[0];
    }
    String[] parts = SPLIT.split(raw);
    String[] out = new String[parts.length * 2];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        continue;
      }
      String w = parts[i].toLowerCase(Locale.ROOT);
      out[n++] = w;
      if (i + 1 < parts.length && !parts[i + 1].isEmpty()) {
        out[n++] = w + parts[i + 1].toLowerCase(Locale.ROOT);
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Whether the element's class or id names the article body itself. */
  static boolean namesBody(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    for (String w : words(e)) {
      if (BODY_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Readability-style weight of class and id: +25 leaning to the article, -25 to furniture. */
  static int classWeight(Element e) {
    int weight = 0;
    boolean pos = false;
    boolean neg = false;
    for (String w : words(e)) {
      if (BODY_WORDS.contains(w)) {
        weight += 30;
      }
      pos |= POSITIVE.contains(w);
      neg |= FURNITURE.contains(w) || WEAK_FURNITURE.contains(w);
    }
    if (pos) {
      weight += 25;
    }
    if (neg) {
      weight -= 25;
    }
    return weight;
  }

  /** Whether the class or id names furniture (and nothing that leans towards the body). */
  static boolean isFurniture(Element e) {
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
        || role.equals("contentinfo") || role.equals("dialog") || role.equals("alert")) {
      return true;
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    boolean strong = false;
    boolean weak = false;
    boolean pos = false;
    for (String w : words(e)) {
      if (BODY_WORDS.contains(w)) {
        return false;
      }
      strong |= FURNITURE.contains(w);
      weak |= WEAK_FURNITURE.contains(w);
      pos |= POSITIVE.contains(w);
    }
    return strong || weak && !pos;
  }

  /** Whether inline style or attributes hide the element. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") && !e.tagName().equals("span")) {
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
