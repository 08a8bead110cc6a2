package org.storyfold.extract;

import java.util.Locale;

/**
 * Classifies the lines of one page as main text or boilerplate, first each line alone, then by its
 * neighbours.
 *
 * <p>The method is jusText's (Jan Pomikálek, "Removing Boilerplate and Duplicate Content from Web
 * Corpora", PhD thesis, Masaryk University, 2011), moved from HTML blocks to lines of flattened text:
 * <ol>
 *   <li>Each line is <em>bad</em> (link-like, glued menu words, credit, digits and symbols, too few
 *   stop words for prose), <em>short</em> (too short to judge alone), <em>near-good</em> (prose-like
 *   but short or thin) or <em>good</em> (long and dense in stop words: running text in any language is
 *   about one third function words, menus and headline lists have few).</li>
 *   <li>A short line takes the class of its nearest decided neighbours: between two good lines it is a
 *   subheading or a short paragraph and stays; between two bad ones it is a menu entry and goes; the
 *   page's edges count as bad, which is why runs at the top and bottom go.</li>
 *   <li>A near-good line stays unless both its neighbours are bad.</li>
 *   <li>A line that reads as a complete sentence ({@link #sentence}) is not settled by the page's
 *   edges or by a run of other sentences: text written one sentence per line has nothing but short
 *   lines, and quoted speech ("I had fun.") comes in runs of them. Such a line goes by context only
 *   when both the lines right beside it are boilerplate-shaped, as in a comment form.</li>
 * </ol>
 * jusText has the HTML's link density; flattened text has lost its links, so link-like and title-like
 * shape (URLs, words glued where links met, capitalised words without sentence punctuation) stand in.
 * Sentence punctuation is added as a cue because news paragraphs are often shorter than jusText's
 * 200-character "good" length, yet still end like sentences, which menus and teaser titles do not.
 */
final class LineClasses {

  enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

  private LineClasses() {}

  /** The class of a line, with the reason (code and words) when it is bad (else {@code null}s). */
  record Verdict(Kind kind, Cleaning.Reason code, String reason) {
    /** A verdict that needs no reason. */
    Verdict(Kind kind) {
      this(kind, null, null);
    }
  }

  static Verdict alone(LineCues c, Boilerplate.Config cfg) {
    if (c.credit()) {
      return bad(Cleaning.Reason.CREDIT, c.text().contains("©") ? "copyright line" : "photo credit or caption with its credit");
    }
    if (c.glued() >= 2 || (c.glued() == 1 && !c.terminal() && c.words() <= 20)) {
      return bad(Cleaning.Reason.GLUED_LINKS, "words glued together (" + c.glued() + "x), the trace of flattened menu or teaser links");
    }
    if (c.linkLike() && c.words() <= 12) {
      return bad(Cleaning.Reason.LINK_LIKE, "link-like line (URL, domain, e-mail or breadcrumb)");
    }
    if (c.letterShare() < 0.5 && c.length() < cfg.lengthLow()) {
      return bad(Cleaning.Reason.SYMBOLS, "mostly digits and symbols");
    }
    if (c.label()) {
      return new Verdict(Kind.SHORT);
    }
    if (c.listItem() && !c.terminal()) {
      return new Verdict(Kind.SHORT);
    }
    if (c.length() < cfg.lengthLow()) {
      return new Verdict(Kind.SHORT);
    }
    if (!c.terminal() && c.titleCase() >= 0.7 && c.words() <= 25) {
      return bad(Cleaning.Reason.TITLE_LIKE, "title-like line: capitalised words, no sentence punctuation");
    }
    if (c.stopDensity() < 0) {
      // no stop list fits the page (e.g. Chinese): sentence punctuation and length must do
      if (c.terminal()) {
        return new Verdict(c.length() > cfg.lengthHigh() ? Kind.GOOD : Kind.NEAR_GOOD);
      }
      return new Verdict(Kind.SHORT);
    }
    double d = c.stopDensity();
    if (c.terminal()) {
      if (d >= cfg.stopHigh() && c.length() > cfg.lengthHigh()) {
        return new Verdict(Kind.GOOD);
      }
      if (d >= cfg.stopLow() || (c.words() >= 6 && capitalised(c))) {
        // a capitalised sentence with its full stop is prose-like even when terse ("X closed Y.");
        // whether it stays is left to its neighbours
        return new Verdict(Kind.NEAR_GOOD);
      }
    } else if (d >= cfg.stopHigh()) {
      // without a full stop, a line of headline length is a teaser or a heading: its neighbours decide
      return new Verdict(c.length() > cfg.lengthHigh() ? Kind.NEAR_GOOD : Kind.SHORT);
    }
    return bad(Cleaning.Reason.FEW_STOP_WORDS, String.format(Locale.ROOT, "few stop words (%.0f%%) for its length: a list or title, not prose",
        100 * d));
  }

  /**
   * A complete sentence of prose: two words or more, capitalised or opening a quotation, ending with
   * sentence punctuation, prose-like in stop words, and none of the shapes of links, labels, list
   * items, credits, glued menus or prompts addressed to the reader.
   */
  static boolean sentence(LineCues c, Boilerplate.Config cfg) {
    if (!c.terminal() || c.linkLike() || c.credit() || c.label() || c.listItem() || c.glued() > 0
        || c.toReader() || c.letterShare() < 0.6) {
      return false;
    }
    if (c.words() < 2 || !capitalised(c)) {
      return false;
    }
    // the stop-word share of a sentence of a few words says little ("Old habits die hard.")
    return c.words() <= 6 || c.stopDensity() < 0 || c.stopDensity() >= cfg.stopLow();
  }

  /** Starts with a capital letter, possibly after an opening quotation mark. */
  private static boolean capitalised(LineCues c) {
    String t = c.text();
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return Character.isUpperCase(cp) || Character.isDigit(cp);
      }
      if (i > 0 || !c.quoted()) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static Verdict bad(Cleaning.Reason code, String reason) {
    return new Verdict(Kind.BAD, code, reason);
  }

  /**
   * jusText's context stage: settles short and near-good lines by their neighbours. Returns the final
   * verdicts (only GOOD or BAD), with reasons for the lines it turns bad.
   */
  static Verdict[] inContext(Verdict[] alone, LineCues[] cues, Boilerplate.Config cfg) {
    int n = alone.length;
    Verdict[] out = alone.clone();
    boolean[] sentence = new boolean[n];
    for (int i = 0; i < n; i++) {
      sentence[i] = alone[i].kind() != Kind.BAD && sentence(cues[i], cfg);
    }
    boolean[] protectedLine = new boolean[n];
    for (int i = 0; i < n; i++) {
      protectedLine[i] = sentence[i] && !(boilerplateShaped(alone, sentence, i - 1)
          && boilerplateShaped(alone, sentence, i + 1));
    }
    for (int i = 0; i < n; i++) {
      if (alone[i].kind() != Kind.SHORT) {
        continue;
      }
      // a sentence, or a word of dialogue ("No.") between two sentences, is part of the text
      boolean inProse = flag(protectedLine, i - 1) && flag(protectedLine, i + 1) && cues[i].terminal();
      if (protectedLine[i] || inProse) {
        out[i] = new Verdict(Kind.GOOD);
        continue;
      }
      Kind prev = neighbour(alone, i, -1, true);
      Kind next = neighbour(alone, i, +1, true);
      boolean keep;
      if (prev == Kind.GOOD && next == Kind.GOOD) {
        keep = true;
      } else if (prev == Kind.BAD && next == Kind.BAD) {
        keep = false;
      } else {
        // one side good, one bad: keep only when the bad side is softened by a near-good line
        keep = (prev == Kind.BAD && neighbour(alone, i, -1, false) == Kind.NEAR_GOOD)
            || (next == Kind.BAD && neighbour(alone, i, +1, false) == Kind.NEAR_GOOD);
      }
      out[i] = keep ? new Verdict(Kind.GOOD) : bad(Cleaning.Reason.SHORT_NEAR_BOILERPLATE, shortReason(alone, cues, i, prev, next));
    }
    // then near-good lines, against the settled short ones (jusText's order)
    for (int i = 0; i < n; i++) {
      if (alone[i].kind() == Kind.NEAR_GOOD && protectedLine[i]) {
        out[i] = new Verdict(Kind.GOOD);
      } else if (alone[i].kind() == Kind.NEAR_GOOD) {
        Kind prev = neighbour(out, i, -1, true);
        Kind next = neighbour(out, i, +1, true);
        out[i] = prev == Kind.BAD && next == Kind.BAD
            ? bad(Cleaning.Reason.PROSE_AMID_BOILERPLATE, "prose-like but between boilerplate on both sides")
            : new Verdict(Kind.GOOD);
      }
    }
    return out;
  }

  private static boolean flag(boolean[] flags, int j) {
    return j >= 0 && j < flags.length && flags[j];
  }

  /** Whether line {@code j} is bad or a short non-sentence; the page's edge is not. */
  private static boolean boilerplateShaped(Verdict[] alone, boolean[] sentence, int j) {
    if (j < 0 || j >= alone.length) {
      return false;
    }
    Kind k = alone[j].kind();
    return k == Kind.BAD || (k == Kind.SHORT && !sentence[j]);
  }

  /** The nearest decided class in direction {@code step}; the page's edge counts as bad. */
  private static Kind neighbour(Verdict[] v, int i, int step, boolean skipNearGood) {
    for (int j = i + step; j >= 0 && j < v.length; j += step) {
      Kind k = v[j].kind();
      if (k == Kind.SHORT || (skipNearGood && k == Kind.NEAR_GOOD)) {
        continue;
      }
      return k;
    }
    return Kind.BAD;
  }

  private static String shortReason(Verdict[] v, LineCues[] cues, int i, Kind prev, Kind next) {
    int from = i;
    while (from > 0 && v[from - 1].kind() == Kind.SHORT) {
      from--;
    }
    int to = i;
    while (to + 1 < v.length && v[to + 1].kind() == Kind.SHORT) {
      to++;
    }
    int run = to - from + 1;
    LineCues c = cues[i];
    String what = c.label() ? "label line ending in a colon"
        : c.listItem() ? "list item without sentence punctuation"
        : c.terminal() ? "short line" : "short line without sentence punctuation";
    String where = run >= 3 ? " in a run of " + run + " such lines (menu or link list)"
        : prev == Kind.BAD && next == Kind.BAD ? " between boilerplate on both sides"
        : " next to boilerplate";
    if (from == 0 && prev == Kind.BAD) {
      where += ", at the top of the page";
    } else if (to == v.length - 1 && next == Kind.BAD) {
      where += ", at the bottom of the page";
    }
    return what + where;
  }
}
