package org.storyfold.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element of a tree, gathered in one pass from the leaves up so that the
 * scorers never re-read a subtree's text (which would make them quadratic on deep pages).
 */
final class Dom {
  /** What an element holds: text size, the part of it inside links, commas, paragraph text. */
  static final class Stat {
    int text;
    int link;
    int commas;
    int paragraphText;
    int paragraphs;
    int own;
    /** Text not inside any block element below this one. */
    int inline;
    /** Block elements below this one. */
    int blocks;
  }

  /** Leaf blocks that are not running text even when long. */
  private static final java.util.Set<String> NOT_PARAGRAPHS = java.util.Set.of("li", "h1", "h2", "h3",
      "h4", "h5", "h6", "th", "dt", "figcaption", "caption", "legend", "summary", "address");

  private final Map<Element, Stat> stats = new IdentityHashMap<>();

  private Dom() {}

  /** Measures {@code root} and all elements below it. */
  static Dom measure(Element root) {
    Dom dom = new Dom();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          dom.stats.put(e, new Stat());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (t.parent() instanceof Element parent) {
            Stat s = dom.stats.get(parent);
            if (s != null) {
              String text = t.getWholeText();
              int size = size(text);
              s.text += size;
              s.own += size;
              s.inline += size;
              s.commas += commas(text);
            }
          }
        } else if (node instanceof Element e) {
          Stat s = dom.stats.get(e);
          String tag = e.normalName();
          if (tag.equals("a")) {
            s.link = s.text;
          }
          boolean block = Cues.BLOCK_TAGS.contains(tag);
          boolean leaf = s.blocks == 0 && (block || tag.equals("span") || tag.equals("font"));
          if (tag.equals("p") || tag.equals("pre")
              || leaf && s.text >= 20 && s.link * 2 < s.text && !NOT_PARAGRAPHS.contains(tag)) {
            s.paragraphText = s.text;
            s.paragraphs = 1;
          }
          Element parent = e.parent();
          Stat p = parent == null ? null : dom.stats.get(parent);
          if (p != null) {
            if (block) {
              p.blocks += 1 + s.blocks;
            } else {
              p.inline += s.inline;
              p.blocks += s.blocks;
            }
            p.text += s.text;
            p.link += s.link;
            p.commas += s.commas;
            p.paragraphText += s.paragraphText;
            p.paragraphs += s.paragraphs;
          }
        }
      }
    }, root);
    return dom;
  }

  Stat stat(Element e) {
    Stat s = stats.get(e);
    return s == null ? new Stat() : s;
  }

  /** The share of an element's text that sits inside links. */
  double linkDensity(Element e) {
    Stat s = stat(e);
    return s.text == 0 ? 0 : Math.min(1.0, (double) s.link / s.text);
  }

  /**
   * The size of a text in "characters of meaning": letters and digits count one, ideographs, kana
   * and hangul (which carry a word's worth each) count three; spaces and punctuation count nothing.
   */
  static int size(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (Character.isLetterOrDigit(c)) {
          n++;
        }
      } else if (c >= 0x2E80 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF) {
        n += 3;
      } else if (Character.isLetterOrDigit(c)) {
        n++;
      }
    }
    return n;
  }

  /** Commas in the scripts that have them (Latin, CJK, Arabic). */
  static int commas(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }
}
