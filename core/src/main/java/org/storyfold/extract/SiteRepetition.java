package org.storyfold.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyfold.story.Article;

/**
 * Lines that recur on several pages: of one site (its template: share bars, subscription prompts,
 * "related" headers) or of the whole batch (the web's common furniture). A page's own text does not
 * recur on unrelated pages, so recurrence is evidence that the line belongs to the site, not the story.
 *
 * <p>Two pages count as related, and then as one, when they share a prose line (15+ words ending like a
 * sentence): copies of one wire story, or updates of one article, share their paragraphs and their
 * subheadings, and those must not be taken for template.
 */
final class SiteRepetition {
  /** Words from which a line ending like a sentence counts as prose that relates two pages. */
  private static final int PROSE_WORDS = 15;

  private final List<String> sources;
  private final Map<String, List<Integer>> pagesByKey = new HashMap<>();
  private final List<Set<String>> proseByPage = new ArrayList<>();
  private final int minPages;
  /** Answers already worked out, per line key and source ({@link #NONE} when not template); one batch. */
  private final Map<String, Repeat> verdicts = new HashMap<>();

  /**
   * @param batch    the articles, each split into lines
   * @param lines    per article, its lines (same order as {@code batch})
   * @param minPages how many unrelated pages must carry a line before it counts as template
   */
  SiteRepetition(List<Article> batch, List<List<String>> lines, int minPages) {
    this.minPages = minPages;
    this.sources = batch.stream().map(Article::source).toList();
    for (int page = 0; page < lines.size(); page++) {
      Set<String> keys = new LinkedHashSet<>();
      Set<String> prose = new HashSet<>();
      for (String line : lines.get(page)) {
        String key = key(line);
        if (key.isEmpty()) {
          continue;
        }
        keys.add(key);
        LineCues quick = LineCues.of(line, null);
        if (quick.words() >= PROSE_WORDS && quick.terminal()) {
          prose.add(key);
        }
      }
      proseByPage.add(prose);
      for (String key : keys) {
        pagesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
      }
    }
  }

  /** A line's repetition: on pages of its own site or across the batch, with the count in words. */
  record Repeat(Cleaning.Reason code, String reason) {}

  /**
   * How {@code line} of page {@code page} is template, or {@code null} when it is not repeated enough.
   * Pages of the same source are counted first (the site's own template); otherwise the whole batch.
   */
  Repeat repeat(int page, String line) {
    String key = key(line);
    List<Integer> pages = pagesByKey.get(key);
    if (pages == null || pages.size() < minPages) {
      return null;
    }
    String source = sources.get(page);
    // the answer is the same for every page of a source: worked out once per line and source
    Repeat answer = verdicts.computeIfAbsent(key + "\u0000" + source, k -> {
      if (source != null) {
        int sameSite = unrelated(pages.stream().filter(p -> source.equals(sources.get(p))).toList());
        if (sameSite >= minPages) {
          return new Repeat(Cleaning.Reason.REPEATED_ON_SITE, "repeated on " + sameSite + " pages of " + source);
        }
      }
      int anywhere = unrelated(pages);
      return anywhere >= minPages
          ? new Repeat(Cleaning.Reason.REPEATED_IN_BATCH, "repeated on " + anywhere + " unrelated pages of the batch")
          : NONE;
    });
    return answer == NONE ? null : answer;
  }

  /** The cached answer "not template". */
  private static final Repeat NONE = new Repeat(null, "");

  /** How many of {@code pages} remain when pages sharing prose with an already counted page are merged. */
  private int unrelated(List<Integer> pages) {
    Set<String> seen = new HashSet<>();
    int count = 0;
    for (int p : pages) {
      Set<String> prose = proseByPage.get(p);
      boolean related = false;
      for (String k : prose) {
        if (seen.contains(k)) {
          related = true;
          break;
        }
      }
      seen.addAll(prose);
      if (!related) {
        count++;
      }
    }
    return count;
  }

  /**
   * A line's identity for comparison: letters and digits only, lower case, accents and typographic
   * variants folded (a caption printed once with ' and once with ’ is the same caption).
   */
  static String key(String line) {
    String folded = Normalizer.normalize(line, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(cp);
        gap = false;
      } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        gap = true;
      }
    }
    return out.toString();
  }

  static boolean sameText(String a, String b) {
    return Objects.equals(key(a), key(b));
  }
}
