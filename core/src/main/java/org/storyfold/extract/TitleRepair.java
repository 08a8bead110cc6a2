package org.storyfold.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Text files take their first non-empty line as the title, and on pages flattened to text that line is
 * sometimes the site's chrome: category links glued together ("WorldPoliticsBusiness"), or a theme's
 * placeholder ("Nothing found"). Such a title is dropped and the first title-like line of the body
 * promoted in its place.
 */
final class TitleRepair {
  /** Where a real title must be found: among the first lines, before the prose starts. */
  private static final int LOOK_AHEAD = 6;
  /** A title of at most this many words that shares none with the text may be a placeholder. */
  private static final int PLACEHOLDER_WORDS = 6;

  private TitleRepair() {}

  /**
   * The outcome.
   *
   * @param title    the title to use
   * @param reason   why the old title was dropped, or {@code null} when it stands (its code is
   *                 {@link Cleaning.Reason#BAD_TITLE})
   * @param promoted index (into the page's non-blank lines) of the line that became the title, or -1
   */
  record Result(String title, String reason, int promoted) {}

  static Result repair(String title, LineCues[] cues, LineClasses.Verdict[] verdicts, CharArraySet stops) {
    if (title.isBlank()) {
      return untitled(cues);
    }
    LineCues t = LineCues.of(title, stops);
    Set<String> body = new HashSet<>();
    for (LineCues c : cues) {
      body.addAll(c.stems());
    }
    String reason = null;
    // glued links, URLs and symbols are never a headline: they go even when nothing replaces them
    boolean certain = true;
    if (t.glued() >= 1 && !t.terminal()) {
      reason = "title line is words glued together (" + (t.glued() + 1) + "+ menu or category links)";
    } else if (t.linkLike() || t.credit() || (t.letterShare() < 0.5 && !pictographic(title))) {
      reason = "title line is a link, credit or symbols, not a headline";
    } else if (t.words() <= PLACEHOLDER_WORDS && relevance(t.stems(), body) == 0) {
      // a short title unrelated to the text may still be a witty headline: replaced only when a
      // headline-shaped line that is about the text stands right above the prose
      reason = "title line shares no word with the article (a placeholder or site label)";
      certain = false;
    }
    if (reason == null) {
      return new Result(title, null, -1);
    }
    for (int i = 0; i < Math.min(LOOK_AHEAD, cues.length); i++) {
      LineCues c = cues[i];
      if (verdicts[i].kind() == LineClasses.Kind.GOOD && c.terminal() && c.words() > 25) {
        break; // the prose has begun: no headline above it
      }
      if (headlineShaped(c)) {
        Set<String> rest = new HashSet<>();
        for (int j = 0; j < cues.length; j++) {
          if (j != i) {
            rest.addAll(cues[j].stems());
          }
        }
        if (relevance(c.stems(), rest) >= 0.3) {
          return new Result(c.text(), reason, i);
        }
      }
    }
    return certain ? new Result("", reason, -1) : new Result(title, null, -1);
  }

  /**
   * An article given without a title (a JSON line with only {@code text}) usually opens with its
   * headline; that line becomes the title instead of being dropped as a short line, since it names
   * what the article is about.
   */
  private static Result untitled(LineCues[] cues) {
    if (cues.length < 2 || !headlineShaped(cues[0])) {
      return new Result("", null, -1);
    }
    Set<String> rest = new HashSet<>();
    for (int j = 1; j < cues.length; j++) {
      rest.addAll(cues[j].stems());
    }
    if (relevance(cues[0].stems(), rest) < 0.3) {
      return new Result("", null, -1);
    }
    return new Result(cues[0].text(), "the article had no title: its opening headline line became the title", 0);
  }

  private static boolean headlineShaped(LineCues c) {
    return c.words() >= 3 && c.words() <= 25 && !c.linkLike() && c.glued() == 0 && !c.credit() && !c.label()
        && !c.listItem() && c.letterShare() >= 0.6 && (!c.text().endsWith(".") || c.words() <= 12);
  }

  /** Share of a line's content words ({@link LineCues#stems}) that occur in {@code body}. */
  private static double relevance(List<String> words, Set<String> body) {
    if (words.isEmpty()) {
      return 0;
    }
    return (double) words.stream().filter(body::contains).count() / words.size();
  }

  /**
   * Whether a title is mostly emoji ("🔥🚒"): pictographs are what the writer chose as the headline, not
   * the symbols of a menu or a divider, so they stand (a regression: an emoji-only first line was dropped
   * silently as "symbols"). Joiners and variation selectors are not counted.
   */
  static boolean pictographic(String title) {
    int pictographs = 0;
    int others = 0;
    for (int i = 0; i < title.length(); ) {
      int cp = title.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)
          || com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EMOJI_MODIFIER)) {
        continue;
      }
      if (com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC)
          || com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.REGIONAL_INDICATOR)) {
        pictographs++;
      } else {
        others++;
      }
    }
    return pictographs > 0 && pictographs >= others;
  }
}
