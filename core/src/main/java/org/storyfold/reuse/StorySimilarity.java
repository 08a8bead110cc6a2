package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfold.text.Latin;
import org.storyfold.text.Mojibake;
import org.storyfold.text.TextAnalyzer;

/**
 * Whether two whole articles tell the same story (same event, place, people, time), in any two
 * languages, without a multilingual model.
 *
 * <p>Each article is repaired ({@link Mojibake}) and reduced to a profile: its content terms through
 * its language's Lucene chain; its words romanized ({@link Latin}: "Москва" and "Moskau" come close,
 * "Erdoğan" and "Erdogan" meet); its names (capitalized words where the script has case, romanized
 * and reduced to consonant skeletons, plus addresses, handles and hashtags); its numbers in any
 * script's digits, years included. Five signals follow: TF-IDF cosine of terms (one language),
 * TF-IDF cosine of romanized words (any languages: names, numbers, cognates), weighted overlap of
 * names and of numbers, and whether the languages are the same. A linear model maps them to a
 * similarity in [0, 1] (1 = same story); its weights are in {@link ReuseConfig#storyWeights}, fitted on
 * the SemEval-2022 Task 8 training pairs ({@code org.storyfold.eval.StorySimilarityBenchmark}).
 *
 * <p>Inverse document frequencies come from the batch being compared when it is large enough (what
 * every article of the batch says weighs little); with fewer texts every term weighs the same.
 */
final class StorySimilarity {
  /** Number of signals, and their order in {@link #features}. */
  static final int FEATURES = 8;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,3}(?:[,.\\u00A0 ]\\d{3})+(?:[.,]\\d+)?"
      + "|(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)?");
  private static final Pattern HANDLE = Pattern.compile("https?://[^\\s\"'<>]+|www\\.[^\\s\"'<>]+|[@#][\\p{L}\\p{N}_]{2,}");

  private final TextAnalyzer analyzer;
  private final Latin latin = new Latin();
  private final ReuseConfig config;

  StorySimilarity(TextAnalyzer analyzer, ReuseConfig config) {
    this.analyzer = analyzer;
    this.config = config;
  }

  /** What one article says, as sets and bags of keys. */
  record Profile(String language, Map<String, Integer> terms, Map<String, Integer> words, Set<String> names,
                 Set<String> numbers) {
    boolean empty() {
      return terms.isEmpty() && words.isEmpty() && names.isEmpty() && numbers.isEmpty();
    }
  }

  /** Document frequencies of profile keys over a batch; uniform below {@link ReuseConfig#minBatchForIdf}. */
  record Frequencies(Map<String, Integer> df, int documents) {
    static final Frequencies NONE = new Frequencies(Map.of(), 0);

    static Frequencies of(List<Profile> profiles, int minDocuments) {
      if (profiles.size() < minDocuments) {
        return NONE;
      }
      Map<String, Integer> df = new HashMap<>();
      for (Profile p : profiles) {
        p.terms.keySet().forEach(k -> df.merge("t" + k, 1, Integer::sum));
        p.words.keySet().forEach(k -> df.merge("w" + k, 1, Integer::sum));
        p.names.forEach(k -> df.merge("n" + k, 1, Integer::sum));
        p.numbers.forEach(k -> df.merge("#" + k, 1, Integer::sum));
      }
      return new Frequencies(df, profiles.size());
    }

    double idf(String key) {
      return documents == 0 ? 1 : Math.log((documents + 1.0) / (df.getOrDefault(key, 0) + 0.5));
    }
  }

  Profile profile(String raw) {
    String text = Mojibake.repair(raw);
    String language = analyzer.detectLanguage(text);
    Map<String, Integer> terms = new HashMap<>();
    for (String t : analyzer.terms(text, language)) {
      terms.merge(t, 1, Integer::sum);
    }
    String digits = asciiDigits(text);
    Map<String, Integer> words = new HashMap<>();
    Set<String> names = new HashSet<>();
    Matcher m = WORD.matcher(digits);
    boolean sentenceStart = true;
    int last = 0;
    while (m.find()) {
      String w = m.group();
      sentenceStart = sentenceStart || endsSentence(digits, last, m.start());
      last = m.end();
      String roman = latin.of(w).replaceAll("[^a-z0-9]", "");
      if (roman.isEmpty()) {
        continue;
      }
      words.merge(roman, 1, Integer::sum);
      int cp = w.codePointAt(0);
      if (Character.isUpperCase(cp) && !sentenceStart && roman.length() > 2 && !analyzer.isStopWord(w.toLowerCase(java.util.Locale.ROOT))) {
        String skeleton = Latin.skeleton(roman);
        if (skeleton.length() >= 2) {
          names.add(skeleton);
        }
      }
      sentenceStart = false;
    }
    Matcher h = HANDLE.matcher(text);
    while (h.find()) {
      names.add(h.group().toLowerCase(java.util.Locale.ROOT));
    }
    Set<String> numbers = new HashSet<>();
    Matcher nm = NUMBER.matcher(digits);
    while (nm.find()) {
      String n = TextAnalyzer.normalizeNumber(nm.group().replace('\u00A0', ' '));
      if (n.length() >= 2) { // "1", "3": every text has them
        numbers.add(n);
      }
    }
    return new Profile(language, terms, words, names, numbers);
  }

  /**
   * {terms cosine, romanized words cosine, names overlap, numbers overlap, same language, and the
   * last three again for pairs across languages}: across languages the words that meet are names,
   * numbers and cognates, so each signal weighs differently there.
   */
  double[] features(Profile a, Profile b, Frequencies f) {
    boolean same = a.language.equals(b.language) && !a.language.equals("und");
    double words = cosine(a.words, b.words, f, "w");
    double names = overlap(a.names, b.names, f, "n");
    double numbers = overlap(a.numbers, b.numbers, f, "#");
    return new double[] {
        same ? cosine(a.terms, b.terms, f, "t") : 0, words, names, numbers, same ? 1 : 0,
        same ? 0 : words, same ? 0 : names, same ? 0 : numbers};
  }

  /** The similarity of two profiles: the linear model on {@link #features}, clipped to [0, 1]. */
  double similarity(double[] features, Frequencies f) {
    double[] w = f.documents() == 0 ? config.storyWeightsAlone() : config.storyWeights();
    double z = w[0];
    for (int i = 0; i < features.length; i++) {
      z += w[i + 1] * features[i];
    }
    return Math.max(0, Math.min(1, z));
  }

  /** All pairs' features, with document frequencies over the batch's texts. */
  double[][] features(List<String[]> pairs) {
    List<Profile> profiles = profiles(pairs);
    Frequencies f = Frequencies.of(profiles, config.minBatchForIdf());
    double[][] x = new double[pairs.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = features(profiles.get(2 * i), profiles.get(2 * i + 1), f);
    }
    return x;
  }

  /** The profiles of every pair's two texts, in order (a, b, a, b...), built in parallel. */
  List<Profile> profiles(List<String[]> pairs) {
    return java.util.stream.IntStream.range(0, 2 * pairs.size()).parallel()
        .mapToObj(i -> profile(pairs.get(i / 2)[i % 2])).toList();
  }

  private static double cosine(Map<String, Integer> a, Map<String, Integer> b, Frequencies f, String kind) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      double wa = (1 + Math.log(e.getValue())) * f.idf(kind + e.getKey());
      na += wa * wa;
      Integer tb = b.get(e.getKey());
      if (tb != null) {
        dot += wa * (1 + Math.log(tb)) * f.idf(kind + e.getKey());
      }
    }
    for (Map.Entry<String, Integer> e : b.entrySet()) {
      double wb = (1 + Math.log(e.getValue())) * f.idf(kind + e.getKey());
      nb += wb * wb;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** IDF-weighted Dice overlap of two sets. */
  private static double overlap(Set<String> a, Set<String> b, Frequencies f, String kind) {
    double wa = 0;
    double wb = 0;
    double common = 0;
    for (String k : a) {
      double w = f.idf(kind + k);
      wa += w;
      if (b.contains(k)) {
        common += w;
      }
    }
    for (String k : b) {
      wb += f.idf(kind + k);
    }
    return wa + wb == 0 ? 0 : 2 * common / (wa + wb);
  }

  private static boolean endsSentence(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '。' || c == '؟' || c == '"' || c == '“' || c == '«') {
        return true;
      }
    }
    return false;
  }

  /** Digits of every script (Arabic-Indic, Devanagari, full-width...) as ASCII digits. */
  static String asciiDigits(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return sb == null ? s : sb.toString();
  }
}
