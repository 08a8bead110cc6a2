package org.storyfold.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
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
  /** Per page, each line's {@link #key}, worked out once for the batch and the page's cleaning. */
  private final List<String[]> keysByPage = new ArrayList<>();
  private final int minPages;
  /**
   * Answers already worked out, per line key and source ({@link #NONE} when not template); one batch,
   * whose pages are cleaned in parallel (an answer depends only on its key and source).
   */
  private final Map<KeyAtSource, Repeat> verdicts = new ConcurrentHashMap<>();

  /**
   * Per line key, how many unrelated pages of the whole batch carry it: the same for every source, and
   * costly for a line on many pages (a wire service's sign-off on a thousand pages of a thousand sites
   * was counted again for each site).
   */
  private final Map<String, Integer> unrelatedAnywhere = new ConcurrentHashMap<>();
  /** Per line key, its pages by source, for the same reason. */
  private final Map<String, Map<String, List<Integer>>> pagesBySource = new ConcurrentHashMap<>();

  /** A line's key on one source's pages (the key's hash is cached in it; no string is built per look). */
  private record KeyAtSource(String key, String source) {}

  /**
   * @param batch    the articles, each split into lines
   * @param lines    per article, its lines (same order as {@code batch})
   * @param minPages how many unrelated pages must carry a line before it counts as template
   */
  SiteRepetition(List<Article> batch, List<List<String>> lines, int minPages) {
    this.minPages = minPages;
    this.sources = batch.stream().map(Article::source).toList();
    // the keys, the costly part, page by page on every core; then the index, in page order
    List<PageKeys> pages = IntStream.range(0, lines.size()).parallel()
        .mapToObj(page -> PageKeys.of(lines.get(page))).toList();
    // one String per distinct key, so that looking a line up later compares by identity, hash cached
    Map<String, String> canonical = new HashMap<>();
    for (int page = 0; page < pages.size(); page++) {
      PageKeys p = pages.get(page);
      proseByPage.add(p.prose());
      String[] keys = p.keys();
      keysByPage.add(keys);
      Set<String> distinct = new HashSet<>();
      for (int i = 0; i < keys.length; i++) {
        String key = canonical.computeIfAbsent(keys[i], k -> k);
        keys[i] = key;
        if (!key.isEmpty() && distinct.add(key)) {
          pagesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
        }
      }
    }
  }

  /** A page's line keys (in line order) and the keys of its prose lines. */
  private record PageKeys(String[] keys, Set<String> prose) {
    static PageKeys of(List<String> lines) {
      String[] keys = new String[lines.size()];
      Set<String> prose = new HashSet<>();
      for (int i = 0; i < keys.length; i++) {
        String line = lines.get(i);
        keys[i] = key(line);
        // only the count of words and the ending are wanted here, not the line's other cues
        String text = line.strip();
        if (!keys[i].isEmpty() && LineCues.terminal(text) && Tokens.count(text) >= PROSE_WORDS) {
          prose.add(keys[i]);
        }
      }
      return new PageKeys(keys, prose);
    }
  }

  /** A line's repetition: on pages of its own site or across the batch, with the count in words. */
  record Repeat(Cleaning.Reason code, String reason) {}

  /**
   * How line {@code line} of page {@code page} (as given to the constructor) is template, or
   * {@code null} when it is not repeated enough. Pages of the same source are counted first (the
   * site's own template); otherwise the whole batch.
   */
  Repeat repeat(int page, int line) {
    return repeatOfKey(page, key(page, line));
  }

  /** The {@link #key} of line {@code line} of page {@code page} as given to the constructor. */
  String key(int page, int line) {
    return keysByPage.get(page)[line];
  }

  private Repeat repeatOfKey(int page, String key) {
    List<Integer> pages = pagesByKey.get(key);
    if (pages == null || pages.size() < minPages) {
      return null;
    }
    String source = sources.get(page);
    // the answer is the same for every page of a source: worked out once per line and source
    Repeat answer = verdicts.computeIfAbsent(new KeyAtSource(key, source), k -> {
      List<Integer> onSite = source == null ? List.of() : pagesBySource.computeIfAbsent(key, line -> bySource(pages))
          .getOrDefault(source, List.of());
      if (onSite.size() >= minPages) {
        int sameSite = unrelated(onSite);
        if (sameSite >= minPages) {
          return new Repeat(Cleaning.Reason.REPEATED_ON_SITE, "repeated on " + sameSite + " pages of " + source);
        }
      }
      int anywhere = unrelatedAnywhere.computeIfAbsent(key, line -> unrelated(pages));
      return anywhere >= minPages
          ? new Repeat(Cleaning.Reason.REPEATED_IN_BATCH, "repeated on " + anywhere + " unrelated pages of the batch")
          : NONE;
    });
    return answer == NONE ? null : answer;
  }

  /** Pages grouped by their source, in page order; pages without a source are left out. */
  private Map<String, List<Integer>> bySource(List<Integer> pages) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int p : pages) {
      String source = sources.get(p);
      if (source != null) {
        out.computeIfAbsent(source, k -> new ArrayList<>()).add(p);
      }
    }
    return out;
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
    String ascii = asciiKey(line);
    if (ascii != null) {
      return ascii;
    }
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

  /**
   * {@link #key} of a line that is all ASCII, or null for any other: ASCII is its own decomposition and
   * has no marks, so the same loop needs neither the normalizer nor code points (every line of a batch
   * gets a key, and the normalizer was a good part of the cost).
   */
  private static String asciiKey(String line) {
    int n = line.length();
    StringBuilder out = null;
    boolean gap = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.append(upper ? (char) (c + ('a' - 'A')) : c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out == null ? "" : out.toString();
  }

  static boolean sameText(String a, String b) {
    return Objects.equals(key(a), key(b));
  }
}
