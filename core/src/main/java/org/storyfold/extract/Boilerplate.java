package org.storyfold.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.CharArraySet;
import org.storyfold.text.StopWords;
import org.storyfold.extract.LineClasses.Kind;
import org.storyfold.extract.LineClasses.Verdict;
import org.storyfold.story.Article;

/**
 * Removes the lines of an article that belong to its site, not its story: menus, share bars, comment
 * forms, related-article lists, subscription prompts, photo credits, machine-written bullet summaries.
 *
 * <p>How, in order, per page (each step says why in the {@link Cleaning.Removal} it produces):
 * <ol>
 *   <li>every non-blank line is measured alone ({@link LineCues}) and classed as jusText does
 *   ({@link LineClasses}: good, near-good, short, bad);</li>
 *   <li>evidence from outside the line overrides that: a line repeated on several unrelated pages of
 *   the site or the batch ({@link SiteRepetition}), a non-prose line repeated on the page itself, a copy
 *   of the title, a bullet list restating the article ({@link Restatement});</li>
 *   <li>short and near-good lines are settled by their neighbours, so a subheading between paragraphs
 *   stays and runs of short lines at the edges go;</li>
 *   <li>only the densest contiguous block of good lines is kept ({@link MainRegion});</li>
 *   <li>a title that is itself boilerplate is replaced by the first headline-shaped line
 *   ({@link TitleRepair}).</li>
 * </ol>
 * The instance holds only its configuration. A batch's pages are cleaned in parallel; what they share is
 * the batch's {@link SiteRepetition}, read-only but for its concurrent cache of answers.
 */
public final class Boilerplate {

  /**
   * Tuning of the cleaner.
   *
   * @param lengthLow      below this many characters a line is "short" and judged by its neighbours
   *                       (jusText: 70)
   * @param lengthHigh     above this many characters a dense prose line is "good" on its own (jusText
   *                       uses 200; news paragraphs are shorter, and sentence punctuation is required
   *                       here besides, so 100 suffices)
   * @param stopLow        stop-word share from which a line is prose-like (near-good)
   * @param stopHigh       stop-word share from which a long line is good
   * @param minRepeatPages on how many unrelated pages (of a site, or of the batch) a line must recur to
   *                       count as template
   * @param restateOverlap share of a bullet item's content words found in the article's prose for the
   *                       item to count as restating it
   * @param mainBlockOnly  keep only the densest contiguous block of good lines
   */
  public record Config(int lengthLow, int lengthHigh, double stopLow, double stopHigh, int minRepeatPages,
                       double restateOverlap, boolean mainBlockOnly) {
    /** The defaults: jusText's short length, lower long length, densities for Lucene's stop lists. */
    public static final Config DEFAULTS = new Config(70, 100, 0.20, 0.25, 3, 0.5, true);

    public Config {
      if (lengthLow < 0 || lengthHigh < lengthLow) {
        throw new IllegalArgumentException("need 0 <= lengthLow <= lengthHigh");
      }
      if (minRepeatPages < 2) {
        throw new IllegalArgumentException("minRepeatPages must be at least 2: " + minRepeatPages);
      }
    }
  }

  private final Config config;

  /** A cleaner with {@link Config#DEFAULTS}. */
  public Boilerplate() {
    this(Config.DEFAULTS);
  }

  public Boilerplate(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Cleans a batch; the batch matters because boilerplate repeats across pages of a site. */
  public Cleaning clean(List<Article> batch) {
    List<List<String>> lines = new ArrayList<>(batch.size());
    for (Article a : batch) {
      lines.add(a.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
    SiteRepetition repetition = new SiteRepetition(batch, lines, config.minRepeatPages());
    // pages are independent once the batch's repetition is known: cleaned on every core, gathered in order
    Article[] cleaned = new Article[batch.size()];
    List<List<Cleaning.Removal>> losses = new ArrayList<>(Collections.nCopies(batch.size(), null));
    IntStream.range(0, batch.size()).parallel().forEach(i -> {
      List<Cleaning.Removal> lost = new ArrayList<>();
      cleaned[i] = cleanPage(batch.get(i), i, lines.get(i), repetition, lost);
      losses.set(i, lost);
    });
    List<Article> out = List.of(cleaned);
    Map<String, List<Cleaning.Removal>> removed = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      Article article = batch.get(i);
      List<Cleaning.Removal> lost = losses.get(i);
      if (!lost.isEmpty()) {
        removed.merge(article.id(), lost, (a, b) -> {
          List<Cleaning.Removal> both = new ArrayList<>(a);
          both.addAll(b);
          return both;
        });
      }
    }
    return new Cleaning(out, removed);
  }

  private Article cleanPage(Article article, int page, List<String> lines, SiteRepetition repetition,
                            List<Cleaning.Removal> lost) {
    int n = lines.size();
    // each line is split once: its words choose the page's stop list, then measure the line
    List<List<String>> tokens = new ArrayList<>(n);
    List<List<String>> lower = new ArrayList<>(n);
    List<String> pageTokens = new ArrayList<>();
    for (String l : lines) {
      List<String> t = LineCues.tokens(l);
      List<String> tl = LineCues.lowerCase(t);
      tokens.add(t);
      lower.add(tl);
      pageTokens.addAll(tl);
    }
    CharArraySet stops = StopWords.bestFor(pageTokens);
    LineCues[] cues = new LineCues[n];
    Verdict[] alone = new Verdict[n];
    for (int i = 0; i < n; i++) {
      cues[i] = LineCues.of(lines.get(i), tokens.get(i), lower.get(i), stops);
      alone[i] = LineClasses.alone(cues[i], config);
    }
    overrideByEvidence(article, page, cues, alone, repetition, stops);
    Verdict[] verdicts = LineClasses.inContext(alone, cues, config);
    if (config.mainBlockOnly()) {
      keepMainBlock(verdicts, cues);
    }
    TitleRepair.Result title = TitleRepair.repair(article.title(), cues, verdicts, stops);
    if (title.reason() != null && !article.title().isBlank()) {
      lost.add(new Cleaning.Removal(article.title(), Cleaning.Reason.BAD_TITLE, title.reason()));
    }
    if (title.promoted() >= 0) {
      verdicts[title.promoted()] = new Verdict(Kind.BAD, Cleaning.Reason.MOVED_TO_TITLE, article.title().isBlank()
          ? "moved to the title (the article had none)" : "promoted to the title (the first line was boilerplate)");
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (verdicts[i].kind() == Kind.GOOD) {
        kept.add(lines.get(i));
      } else {
        lost.add(new Cleaning.Removal(lines.get(i), verdicts[i].code(), verdicts[i].reason()));
      }
    }
    if (kept.isEmpty() && n > 0) {
      // nothing looked like text: better a noisy article than an empty one, which every later
      // stage would have to special-case; the lines bad on their own still go
      lost.clear();
      for (int i = 0; i < n; i++) {
        if (alone[i].kind() != Kind.BAD) {
          kept.add(lines.get(i));
        } else {
          lost.add(new Cleaning.Removal(lines.get(i), alone[i].code(), alone[i].reason()));
        }
      }
      if (title.reason() != null && !article.title().isBlank()) {
        lost.add(0, new Cleaning.Removal(article.title(), Cleaning.Reason.BAD_TITLE, title.reason()));
      }
    }
    if (kept.isEmpty() && n > 0) {
      // Every line is bad on its own: this is not a page with boilerplate but text of another kind
      // (keywords, a snippet with its stop words stripped). An article is never emptied.
      lost.clear();
      kept.addAll(lines);
    }
    String text = String.join(separator(article.text()), kept);
    Article cleaned = article.withText(text);
    if (title.reason() != null) {
      cleaned = new Article(article.id(), article.url(), article.source(), title.title(), text,
          article.published(), article.language());
    }
    return cleaned;
  }

  /** Evidence from beyond the line: repetition on other pages and on this one, the title, restating lists. */
  private void overrideByEvidence(Article article, int page, LineCues[] cues, Verdict[] alone,
                                  SiteRepetition repetition, CharArraySet stops) {
    int n = cues.length;
    String titleKey = SiteRepetition.key(article.title());
    Map<String, List<Integer>> onPage = new HashMap<>();
    for (int i = 0; i < n; i++) {
      onPage.computeIfAbsent(repetition.key(page, i), k -> new ArrayList<>()).add(i);
    }
    double[] restating = Restatement.find(cues, article.title(), stops, config.restateOverlap());
    for (int i = 0; i < n; i++) {
      LineCues c = cues[i];
      // a long paragraph is never template by repetition alone: it may be a wire story's paragraph
      boolean prose = c.terminal() && c.length() > 2 * config.lengthHigh();
      String key = repetition.key(page, i);
      List<Integer> same = onPage.get(key);
      // a sentence recurring on unrelated pages of no common site ("He was 77.") is a commonplace of
      // news prose; a site's prompts recur on pages of that site, or address the reader
      boolean sentence = LineClasses.sentence(c, config);
      SiteRepetition.Repeat repeated = prose ? null : repetition.repeat(page, i);
      if (repeated != null && sentence && repeated.code() == Cleaning.Reason.REPEATED_IN_BATCH) {
        repeated = null;
      }
      if (repeated != null) {
        alone[i] = worse(alone[i], repeated.code(), repeated.reason());
      } else if (!titleKey.isEmpty() && key.equals(titleKey)) {
        alone[i] = worse(alone[i], Cleaning.Reason.REPEATS_TITLE, "repeats the title");
      } else if (same.size() > 1 && c.words() >= 5 && !(c.terminal() && c.words() >= 8) && !sentence) {
        // a caption or teaser printed twice; one- to four-word repeats are left to context, since
        // structured pages (recipes, tables, schedules) legitimately repeat their labels
        alone[i] = worse(alone[i], Cleaning.Reason.REPEATED_ON_PAGE,
            "appears " + same.size() + " times on this page (caption or navigation)");
      } else if (same.size() > 1 && same.get(0) != i && c.words() >= 5) {
        // a pull quote repeating a paragraph: the first occurrence stays
        alone[i] = worse(alone[i], Cleaning.Reason.REPEATED_ON_PAGE, "repeats line " + (same.get(0) + 1)
            + " of this page");
      } else if (restating[i] >= 0) {
        alone[i] = worse(alone[i], Cleaning.Reason.RESTATEMENT, String.format(Locale.ROOT,
            "bullet list restating the article's own sentences (%.0f%% of its words are in the text)",
            100 * restating[i]));
      }
    }
  }

  /** A bad verdict for new evidence, keeping what the line alone already showed (for --explain). */
  private static Verdict worse(Verdict before, Cleaning.Reason code, String reason) {
    return new Verdict(Kind.BAD, code, before.kind() == Kind.BAD ? reason + "; also " + before.reason() : reason);
  }

  private static void keepMainBlock(Verdict[] verdicts, LineCues[] cues) {
    int[] block = MainRegion.best(verdicts, cues);
    if (block == null) {
      return;
    }
    for (int i = 0; i < verdicts.length; i++) {
      if (verdicts[i].kind() == Kind.GOOD && (i < block[0] || i > block[1])) {
        verdicts[i] = new Verdict(Kind.BAD, Cleaning.Reason.OUTSIDE_MAIN_BLOCK, "text " + (i < block[0] ? "before" : "after")
            + " the page's main block, across boilerplate (teaser, comment or another story)");
      }
    }
  }

  /** Keeps the body's own paragraph style: blank lines between paragraphs if it had them. */
  private static String separator(String text) {
    return text.contains("\n\n") ? "\n\n" : "\n";
  }
}
