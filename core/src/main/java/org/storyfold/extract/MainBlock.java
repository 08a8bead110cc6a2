package org.storyfold.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold the article: first the page's furniture is cut away, then every
 * paragraph votes for its ancestors, and the best-voted container wins together with those of its
 * siblings that look like more of the same. See {@link Extractor} for the rationale and sources.
 */
final class MainBlock {
  /** Containers that hold running text directly (text and inline tags between their blocks). */
  private static final java.util.Set<String> CONTAINERS = java.util.Set.of("div", "section", "article",
      "main", "span", "font", "center", "blockquote", "dd", "li", "td");

  private MainBlock() {}

  /** How much {@link #prune} trusts the names of things. */
  enum Pruning {
    /** Tags, roles, hidden elements and every class or id cue. */
    FULL,
    /** As FULL, but weak class or id cues (widget, meta, header, ...) are ignored. */
    STRONG_ONLY,
    /** Tags and hidden elements only: no class, id or role cue. */
    STRUCTURE_ONLY
  }

  /**
   * Removes what cannot belong to the article: hidden elements, navigation, asides, footers, forms
   * and everything whose class or id names furniture, unless it holds most of the page's running
   * text (a wrapper that happens to be called "has-sidebar", say). A weak name (sidebar, widget,
   * meta, ...) gives way to prose: an element so named that holds paragraphs of running text stays.
   * A page header stays when it holds a prose lead (the standfirst under the headline).
   */
  static void prune(Element body, Cues cues, Pruning pruning) {
    List<Element> chrome = new ArrayList<>();
    int noscriptText = 0;
    for (Element e : body.getAllElements()) {
      if (Cues.CHROME.contains(e.normalName())) {
        chrome.add(e);
        if (e.normalName().equals("noscript")) {
          noscriptText += Dom.size(e.text());
        }
      }
    }
    // A page served whole inside <noscript> (the script-less version of a script-built page) keeps it.
    boolean noscriptIsPage = noscriptText > 0 && noscriptText * 2 > Dom.size(body.text());
    for (Element e : chrome) {
      if (noscriptIsPage && e.normalName().equals("noscript")) {
        e.unwrap();
      } else {
        e.remove();
      }
    }
    Dom dom = Dom.measure(body);
    int total = Math.max(1, dom.stat(body).paragraphText);
    java.util.Set<Element> holdsBody = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : body.getAllElements()) {
      if (cues.namesBody(e) && dom.stat(e).paragraphText >= 100) {
        for (Element a = e; a != null && holdsBody.add(a); a = a.parent()) {
          // mark the ancestors
        }
      }
    }
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      Dom.Stat s = dom.stat(e);
      boolean holdsMost = s.paragraphText * 2 > total && s.paragraphs >= 2;
      boolean hidden = Cues.isHidden(e);
      if (holdsBody.contains(e) && !hidden) {
        continue;
      }
      boolean remove;
      if (hidden) {
        // a page may hide its article until a script shows it; hidden data (dates, URLs) has no commas
        remove = !(holdsMost && s.commas >= HIDDEN_PROSE_COMMAS && s.link * 3 < s.text);
      } else {
        remove = switch (e.normalName()) {
          case "nav", "aside", "footer", "menu", "figcaption", "time", "marquee" -> true;
          case "form" -> s.paragraphText * 4 <= total || cues.furniture(e) == Cues.Furniture.STRONG;
          case "figure" -> !holdsMost;
          case "header" -> !holdsMost && !(s.paragraphText >= LEAD_TEXT && s.link * 4 < s.text);
          case "html", "main", "p" -> false;
          default -> switch (pruning == Pruning.STRUCTURE_ONLY ? Cues.Furniture.NONE : cues.furniture(e)) {
            case NONE -> false;
            case WEAK -> pruning == Pruning.FULL && !holdsMost && !isProse(s);
            case STRONG, ROLE -> !holdsMost;
          };
        };
      }
      if (remove) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  /** Commas a hidden element needs, besides most of the page's text, to be kept as a hidden article. */
  private static final int HIDDEN_PROSE_COMMAS = 3;

  /** Paragraph text enough for a lead (standfirst): a sentence or two. */
  private static final int LEAD_TEXT = 100;

  /** Paragraph text enough to be prose rather than a widget's labels and links. */
  private static final int PROSE_TEXT = 200;

  /** Whether an element holds running text: a few sentences' worth of paragraphs, few of them links. */
  private static boolean isProse(Dom.Stat s) {
    return s.paragraphText >= PROSE_TEXT && s.link * 3 < s.text;
  }

  /** The elements holding the article, in document order; empty when the page has no running text. */
  static List<Element> find(Element body, Cues cues) {
    Dom dom = Dom.measure(body);
    Map<Element, double[]> scores = new IdentityHashMap<>();
    List<Element> scored = score(body, cues, dom, scores);
    if (scored.isEmpty()) {
      return List.of();
    }
    Element top = scored.get(0);
    double topScore = scores.get(top)[0];
    top = commonAncestor(top, topScore, scored, scores, body);
    top = climb(top, scores, body);
    while (top != body && top.parent() != null && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    top = expand(top, dom, body);
    return withLead(withSiblings(top, scores, dom, body), dom, body);
  }

  /**
   * Scores the containers that paragraphs vote for (into {@code scores}) and returns them best first.
   */
  static List<Element> score(Element body, Cues cues, Dom dom, Map<Element, double[]> scores) {
    List<Element> scored = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      Dom.Stat s = dom.stat(e);
      int size;
      int commas;
      Element target;
      boolean leafBlock = s.blocks == 0 && Cues.BLOCK_TAGS.contains(tag) && CONTAINERS.contains(tag)
          && (e.parent() == null || dom.stat(e.parent()).blocks > 0);
      if (tag.equals("p") || tag.equals("pre") || leafBlock) {
        size = s.text;
        commas = s.commas;
        target = e.parent();
      } else if (CONTAINERS.contains(tag) && s.inline >= 25) {
        size = s.inline;
        commas = ownCommas(e);
        target = e;
      } else {
        continue;
      }
      if (size < 25 || target == null) {
        continue;
      }
      double vote = 1 + commas + Math.min(size / 100.0, 3);
      if (tag.equals("li")) {
        // list items vote at half weight: a list (references, specifications, teasers) is not prose
        vote /= 2;
      }
      Element a = target;
      for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
        double[] score = scores.get(a);
        if (score == null) {
          score = new double[] {initial(a, cues)};
          scores.put(a, score);
          scored.add(a);
        }
        score[0] += level == 0 ? vote : level == 1 ? vote / 2 : vote / (level * 3);
        if (a == body) {
          break;
        }
      }
    }
    for (Element e : scored) {
      scores.get(e)[0] *= 1 - dom.linkDensity(e);
    }
    scored.sort(Comparator.comparingDouble((Element e) -> -scores.get(e)[0]));
    return scored;
  }

  /** How many levels the main block may grow towards the root to take in the rest of the article. */
  private static final int EXPAND_LEVELS = 3;

  /**
   * Grows the main block to an ancestor when what the ancestor adds is itself running text: at least
   * half as much paragraph text again, mostly paragraphs, few links. Articles split into sections
   * (accordions, tabs, page-builder rows) score best in one section; the rest belongs with it.
   */
  private static Element expand(Element top, Dom dom, Element body) {
    Dom.Stat t = dom.stat(top);
    for (int level = 0; level < EXPAND_LEVELS; level++) {
      Element a = top.parent();
      if (a == null || a == body) {
        break;
      }
      Dom.Stat s = dom.stat(a);
      int extraText = s.text - t.text;
      int extraLink = s.link - t.link;
      int extraProse = s.paragraphText - t.paragraphText;
      if (extraText > 0 && (extraProse < t.paragraphText || extraLink * 5 > extraText
          || extraProse * 2 < extraText)) {
        break;
      }
      top = a;
      t = s;
    }
    return top;
  }

  /** How many levels above the main block a lead is looked for. */
  private static final int LEAD_LEVELS = 3;

  /**
   * Adds the lead: prose just before the main block (the standfirst or summary that sites set apart
   * from the body, often in the article's header beside the headline). Walks back over the preceding
   * siblings of the main block and of its nearest ancestors, and stops at the first that is not prose
   * or that is the headline itself.
   */
  private static List<Element> withLead(List<Element> main, Dom dom, Element body) {
    List<Element> lead = new ArrayList<>();
    Element anchor = main.get(0);
    walk:
    for (int level = 0; level < LEAD_LEVELS && anchor != null && anchor != body; level++) {
      for (Element s = anchor.previousElementSibling(); s != null; s = s.previousElementSibling()) {
        Dom.Stat st = dom.stat(s);
        if (st.text == 0) {
          continue;
        }
        if (!isLead(s, st)) {
          break walk;
        }
        lead.add(0, s);
      }
      anchor = anchor.parent();
    }
    if (lead.isEmpty()) {
      return main;
    }
    lead.addAll(main);
    return lead;
  }

  /**
   * Whether an element, its headings aside, is prose with few links: a lead paragraph. A subheading
   * (not the headline) that is itself a long sentence is a deck, and a lead too.
   */
  private static boolean isLead(Element e, Dom.Stat st) {
    if (HEADINGS.contains(e.normalName())) {
      return !e.normalName().equals("h1") && st.text >= DECK_MIN && st.link == 0;
    }
    int headings = 0;
    for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
      headings += Dom.size(h.text());
    }
    int rest = st.text - headings;
    return st.paragraphText >= LEAD_MIN && st.paragraphText * 5 >= rest * 3 && st.link * 4 < st.text;
  }

  /** The shortest subheading, in characters, that counts as a deck (a one-sentence summary). */
  private static final int DECK_MIN = 80;

  /** The smallest lead worth taking, in characters. */
  private static final int LEAD_MIN = 60;

  /** The heading tags. */
  private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private static double initial(Element e, Cues cues) {
    double score = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + cues.classWeight(e);
  }

  /** When several near-best candidates share an ancestor, the article is that ancestor. */
  private static Element commonAncestor(Element top, double topScore, List<Element> scored,
                                        Map<Element, double[]> scores, Element body) {
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(5, scored.size()); i++) {
      if (scores.get(scored.get(i))[0] >= topScore * 0.75) {
        close.add(scored.get(i));
      }
    }
    if (close.size() < 3) {
      return top;
    }
    for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
      int under = 0;
      for (Element c : close) {
        if (isAncestor(a, c)) {
          under++;
        }
      }
      if (under >= 3) {
        return a;
      }
    }
    return top;
  }

  /** Readability's climb: a parent that scores better than the candidate takes its place. */
  private static Element climb(Element top, Map<Element, double[]> scores, Element body) {
    double last = scores.containsKey(top) ? scores.get(top)[0] : 0;
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      double[] ps = scores.get(p);
      if (ps == null) {
        continue;
      }
      if (ps[0] < threshold) {
        break;
      }
      if (ps[0] > last) {
        return p;
      }
      last = ps[0];
    }
    return top;
  }

  private static List<Element> withSiblings(Element top, Map<Element, double[]> scores, Dom dom, Element body) {
    Element parent = top.parent();
    if (parent == null || top == body) {
      return List.of(top);
    }
    double topScore = scores.containsKey(top) ? scores.get(top)[0] : 0;
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top) {
        out.add(s);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
      double[] score = scores.get(s);
      if (score != null && score[0] + bonus >= threshold) {
        out.add(s);
      } else if (s.normalName().equals("p")) {
        Dom.Stat st = dom.stat(s);
        double ld = dom.linkDensity(s);
        if (st.text > 80 && ld < 0.25 || st.text > 0 && ld == 0 && endsSentence(s.text())) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return ".!?\u3002\uFF01\uFF1F\u0964\u061F\u06D4\"\u201D\u00BB".indexOf(c) >= 0;
  }

  private static int ownCommas(Element e) {
    int n = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        n += Dom.commas(t.getWholeText());
      }
    }
    return n;
  }

  static boolean isAncestor(Element a, Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == a) {
        return true;
      }
    }
    return false;
  }
}
