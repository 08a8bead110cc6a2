package org.storyfold.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper-noun phrases by their shape: runs of capitalized words, joined by the small particles that
 * names carry ("de", "van", "bin"). A capitalized word that opens a sentence counts only when it is
 * not a stop word, since English capitalizes every sentence start. A statistical NER model would find
 * types too, but it costs far more per article than the clustering signal is worth here.
 */
final class Names {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’\\-]*|[.!?:;\"“”()\\[\\]]");
  private static final java.util.Set<String> PARTICLES = java.util.Set.of(
      "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "y");
  private static final int MAX_WORDS = 5;

  private Names() {}

  /** Folded names in order of appearance. */
  static List<String> find(String text, Predicate<String> isStopWord) {
    List<String> names = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    List<String> run = new ArrayList<>();
    boolean sentenceStart = true;
    boolean runStartedAtSentenceStart = false;
    while (m.find()) {
      String w = m.group();
      if (w.length() == 1 && !Character.isLetter(w.charAt(0))) {
        flush(run, runStartedAtSentenceStart, isStopWord, names);
        sentenceStart = ".!?:;\"“”".indexOf(w.charAt(0)) >= 0 || sentenceStart;
        continue;
      }
      boolean capital = Character.isUpperCase(w.codePointAt(0));
      String lower = w.toLowerCase(Locale.ROOT);
      if (capital && !(run.isEmpty() && isStopWord.test(lower))) {
        if (run.isEmpty()) {
          runStartedAtSentenceStart = sentenceStart;
        }
        run.add(w);
        if (run.size() >= MAX_WORDS) {
          flush(run, runStartedAtSentenceStart, isStopWord, names);
        }
      } else if (!run.isEmpty() && PARTICLES.contains(lower)) {
        run.add(lower);
      } else {
        flush(run, runStartedAtSentenceStart, isStopWord, names);
      }
      sentenceStart = false;
    }
    flush(run, runStartedAtSentenceStart, isStopWord, names);
    return names;
  }

  private static void flush(List<String> run, boolean atSentenceStart, Predicate<String> isStopWord,
                            List<String> out) {
    while (!run.isEmpty() && PARTICLES.contains(run.get(run.size() - 1))) {
      run.remove(run.size() - 1);
    }
    if (!run.isEmpty()) {
      // A lone capitalized word opening a sentence is usually just a sentence start.
      boolean trivial = run.size() == 1 && atSentenceStart;
      boolean allCaps = run.size() == 1 && run.get(0).length() > 1 && run.get(0).equals(run.get(0).toUpperCase(Locale.ROOT))
          && isStopWord.test(run.get(0).toLowerCase(Locale.ROOT));
      if (!trivial && !allCaps) {
        out.add(fold(String.join(" ", run)));
      }
    }
    run.clear();
  }

  /** Lower case without accents or possessive endings: "López's" is "lopez". */
  static String fold(String name) {
    return Folding.name(name);
  }
}
