package org.storyfold.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the article's elements into paragraphs: each block element (and each run of text between
 * blocks) becomes one paragraph; paragraphs made mostly of links, and headings that repeat the title,
 * are left out.
 */
final class TextBlocks {
  /** One paragraph as found: its text, how much of it is linked, the block tag that holds it. */
  record Block(String text, int size, int linked, String tag, Element holder) {
    double linkDensity() {
      return size == 0 ? 0 : (double) linked / size;
    }
  }

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int linked;

  private TextBlocks() {}

  /** The paragraphs of {@code roots}, in document order, unfiltered. */
  static List<Block> of(List<Element> roots) {
    TextBlocks t = new TextBlocks();
    for (Element root : roots) {
      t.walk(root, root, false, 0);
      t.flush(root);
    }
    return t.blocks;
  }

  private void walk(Element e, Element holder, boolean inLink, int depth) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        String text = t.getWholeText();
        current.append(text);
        if (inLink) {
          linked += Dom.size(text);
        }
      } else if (child instanceof Element c) {
        String tag = c.normalName();
        if (tag.equals("br")) {
          current.append('\u2028');
        } else if (depth > 400) {
          current.append(c.text());
        } else if (Cues.BLOCK_TAGS.contains(tag)) {
          flush(holder);
          walk(c, c, inLink, depth + 1);
          flush(c);
        } else {
          walk(c, holder, inLink || tag.equals("a"), depth + 1);
        }
      }
    }
  }

  private void flush(Element holder) {
    if (current.length() == 0) {
      return;
    }
    String text = normalize(current);
    current.setLength(0);
    int link = linked;
    linked = 0;
    if (!text.isEmpty()) {
      blocks.add(new Block(text, Dom.size(text), link, holder.normalName(), holder));
    }
  }

  /**
   * Collapses runs of spaces (keeping line breaks from {@code <br>}, marked U+2028), trims lines, drops
   * invisible characters that sit inside words (soft hyphens, zero-width spaces) and composes the
   * text (Unicode NFC), so that the same word is the same string whichever way the page spelled it.
   */
  static String normalize(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    boolean newline = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\u2028') {
        newline = true;
      } else if (c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
        // soft hyphen, zero-width space, word joiner, BOM: invisible, and they split words for search
        continue;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (out.length() > 0) {
          if (newline) {
            out.append('\n');
          } else if (space) {
            out.append(' ');
          }
        }
        newline = false;
        space = false;
        out.append(c);
      }
    }
    String text = out.toString();
    return composed(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether the text is surely composed already: characters below U+0300 (the first combining mark),
   * punctuation and symbols (U+2000-U+2BFF), unified CJK ideographs and Hangul syllables are never
   * changed by NFC. Anything else is checked properly.
   */
  private static boolean composed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && !(c >= '\u2000' && c <= '\u2BFF') && !(c >= '\u4E00' && c <= '\u9FFF')
          && !(c >= '\uAC00' && c <= '\uD7A3')) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
      }
    }
    return true;
  }
}
