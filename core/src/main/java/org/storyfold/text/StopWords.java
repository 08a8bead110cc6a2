package org.storyfold.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The one registry of stop words: Lucene's lists, read once into unmodifiable sets (constants, never
 * changed). Two lists per language, because two uses want different things:
 * <ul>
 *   <li>{@link #forIndexing} is the list Lucene's analyzer for the language uses. For English that is
 *   Lucene's short list of 33 words, which keeps words such as "who", "after" or "before" in a text's
 *   terms; the other languages' analyzers use their Snowball lists.</li>
 *   <li>{@link #functionWords} is the full Snowball list (for English, 174 words and 29 more of the
 *   same kind): a word on it says nothing of its own. Page cleaning measures stop-word density with
 *   it (jusText's signal), and the name finder and the facts tell a capitalized sentence start from a
 *   name with it.</li>
 * </ul>
 */
public final class StopWords {
  /** Below this share of stop words over a whole page, no list fits (e.g. Chinese, Japanese). */
  private static final double MIN_PAGE_COVERAGE = 0.08;

  /** The languages the name and figure rules were written for (their sentence starts and counted nouns). */
  private static final List<String> RULE_LANGUAGES = List.of("en", "es", "de", "fr", "it", "pt", "nl");

  /**
   * (Declared before {@link #FUNCTION}, whose loading reads it.) Prepositions and adverbs that
   * Snowball's English list lacks but that never name a thing: a
   * capitalized "Later" or "Near" opens a sentence, it does not start a name, and "per" is no unit.
   */
  private static final List<String> MORE_ENGLISH = List.of("within", "across", "among", "including", "near",
      "per", "despite", "toward", "towards", "around", "onto", "upon", "via", "amid", "since", "last", "next",
      "ago", "alone", "already", "also", "still", "each", "every", "whose", "even", "now", "later", "earlier");

  /** Function-word lists by ISO 639-1 code, in a fixed order: ties between languages resolve alike on every run. */
  private static final Map<String, CharArraySet> FUNCTION = load();
  /** The lists of {@link #FUNCTION}, in order: bit {@code i} of a {@link #LANGUAGES_OF} mask is list {@code i}. */
  private static final CharArraySet[] SETS = FUNCTION.values().toArray(new CharArraySet[0]);
  /**
   * Every function word of any language, with the languages whose list holds it as a bit mask: a page's
   * best list is found in one lookup a token instead of one a token and language. Exact, since every
   * list is case-sensitive (its entries are lower case and a word matches only as written).
   */
  private static final Map<String, Integer> LANGUAGES_OF = masks();
  /** The bits of {@link #RULE_LANGUAGES} in the masks of {@link #LANGUAGES_OF}. */
  private static final int RULE_MASK = maskOf(RULE_LANGUAGES);
  /** The lists the analysis chains use, where they differ from {@link #FUNCTION}. */
  private static final Map<String, CharArraySet> INDEXING = Map.of("en",
      CharArraySet.unmodifiableSet(EnglishAnalyzer.getDefaultStopSet()));

  private StopWords() {}

  /**
   * Whether a word (any case) is a function word of the languages that the name finder and the figure
   * rules were written for: English, Spanish, German, French, Italian, Portuguese, Dutch.
   */
  public static boolean isFunctionWord(String word) {
    // one lookup in the word masks, not one a language (the name finder asks this of every capital)
    Integer mask = LANGUAGES_OF.get(word.toLowerCase(Locale.ROOT));
    return mask != null && (mask & RULE_MASK) != 0;
  }

  /** The languages with lists, as ISO 639-1 codes. */
  public static List<String> languages() {
    return List.copyOf(FUNCTION.keySet());
  }

  /** The full function-word list of a language (lower case), or an empty set for one we have none for. */
  public static CharArraySet functionWords(String language) {
    return language == null ? CharArraySet.EMPTY_SET : FUNCTION.getOrDefault(language, CharArraySet.EMPTY_SET);
  }

  /** The list a language's analysis chain drops (see the class comment), or an empty set. */
  public static CharArraySet forIndexing(String language) {
    return language == null ? CharArraySet.EMPTY_SET : INDEXING.getOrDefault(language, functionWords(language));
  }

  /** Whether a word (any case) is a function word in any of {@code languages}. */
  public static boolean isFunctionWord(String word, List<String> languages) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String language : languages) {
      if (functionWords(language).contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The function-word list that best covers {@code tokens} (lower-cased words of a page), or
   * {@code null} when none covers enough of them to be meaningful.
   */
  public static CharArraySet bestFor(List<String> tokens) {
    // hits per language, counted through each word's mask of languages; then, as in one pass per
    // language, the first language in the map's order with the most hits wins a tie
    int[] hits = new int[SETS.length];
    for (String t : tokens) {
      Integer mask = LANGUAGES_OF.get(t);
      if (mask != null) {
        for (int bits = mask; bits != 0; bits &= bits - 1) {
          hits[Integer.numberOfTrailingZeros(bits)]++;
        }
      }
    }
    CharArraySet best = null;
    int bestHits = 0;
    for (int i = 0; i < SETS.length; i++) {
      if (hits[i] > bestHits) {
        bestHits = hits[i];
        best = SETS[i];
      }
    }
    return tokens.isEmpty() || bestHits < MIN_PAGE_COVERAGE * tokens.size() ? null : best;
  }

  private static int maskOf(List<String> languages) {
    List<String> order = List.copyOf(FUNCTION.keySet());
    int mask = 0;
    for (String language : languages) {
      int bit = order.indexOf(language);
      if (bit < 0) {
        throw new IllegalStateException("no function-word list for " + language);
      }
      mask |= 1 << bit;
    }
    return mask;
  }

  private static Map<String, Integer> masks() {
    if (SETS.length > Integer.SIZE) {
      throw new IllegalStateException("more languages than bits in a mask: " + SETS.length);
    }
    Map<String, Integer> masks = new HashMap<>();
    for (int i = 0; i < SETS.length; i++) {
      for (Object entry : SETS[i]) {
        int bit = 1 << i;
        masks.merge(new String((char[]) entry), bit, (a, b) -> a | b);
      }
    }
    return java.util.Collections.unmodifiableMap(masks);
  }

  private static Map<String, CharArraySet> load() {
    Map<String, CharArraySet> sets = new LinkedHashMap<>();
    CharArraySet english = new CharArraySet(snowball("english_stop.txt"), false);
    english.addAll(MORE_ENGLISH);
    sets.put("en", english);
    sets.put("de", GermanAnalyzer.getDefaultStopSet());
    sets.put("fr", FrenchAnalyzer.getDefaultStopSet());
    sets.put("es", SpanishAnalyzer.getDefaultStopSet());
    sets.put("it", ItalianAnalyzer.getDefaultStopSet());
    sets.put("pt", PortugueseAnalyzer.getDefaultStopSet());
    sets.put("nl", DutchAnalyzer.getDefaultStopSet());
    sets.put("sv", SwedishAnalyzer.getDefaultStopSet());
    sets.put("da", DanishAnalyzer.getDefaultStopSet());
    sets.put("no", NorwegianAnalyzer.getDefaultStopSet());
    sets.put("fi", FinnishAnalyzer.getDefaultStopSet());
    sets.put("ru", RussianAnalyzer.getDefaultStopSet());
    sets.put("hu", HungarianAnalyzer.getDefaultStopSet());
    sets.put("cs", CzechAnalyzer.getDefaultStopSet());
    sets.put("ro", RomanianAnalyzer.getDefaultStopSet());
    sets.put("tr", TurkishAnalyzer.getDefaultStopSet());
    sets.put("ca", CatalanAnalyzer.getDefaultStopSet());
    sets.put("id", IndonesianAnalyzer.getDefaultStopSet());
    sets.put("bg", BulgarianAnalyzer.getDefaultStopSet());
    sets.put("el", GreekAnalyzer.getDefaultStopSet());
    sets.put("ar", ArabicAnalyzer.getDefaultStopSet());
    sets.replaceAll((k, v) -> CharArraySet.unmodifiableSet(v));
    return java.util.Collections.unmodifiableMap(sets);
  }

  private static CharArraySet snowball(String name) {
    String path = "org/apache/lucene/analysis/snowball/" + name;
    try (InputStream in = GermanAnalyzer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing Lucene resource " + path);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
