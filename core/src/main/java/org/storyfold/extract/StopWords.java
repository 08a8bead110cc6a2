package org.storyfold.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
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
 * Stop words of many languages, from Lucene's analyzers. A page's language is not known when it is
 * cleaned (detection runs later, on clean text), so the page picks the list that covers most of its
 * tokens; prose in any of these languages then shows the high stop-word density jusText relies on.
 * English uses the Snowball list (174 words) rather than Lucene's 33-word search list, which is too
 * thin to separate prose from titles.
 */
final class StopWords {
  /** Below this share of stop words over a whole page, no list fits (e.g. Chinese, Japanese). */
  private static final double MIN_PAGE_COVERAGE = 0.08;

  /** The stop lists, in a fixed order (see {@link #load}); unmodifiable. */
  private static final List<CharArraySet> SETS = load();

  private StopWords() {}

  /**
   * The stop list that best covers {@code tokens} (lower-cased words of a page), or {@code null} when
   * none covers enough of them to be meaningful.
   */
  static CharArraySet bestFor(List<String> tokens) {
    CharArraySet best = null;
    int bestHits = 0;
    for (CharArraySet set : SETS) {
      int hits = 0;
      for (String t : tokens) {
        if (set.contains(t)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        bestHits = hits;
        best = set;
      }
    }
    return tokens.isEmpty() || bestHits < MIN_PAGE_COVERAGE * tokens.size() ? null : best;
  }

  private static List<CharArraySet> load() {
    Map<String, CharArraySet> sets = new LinkedHashMap<>();
    sets.put("en", snowball("english_stop.txt"));
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
    // a list, not a map copy: ties between languages must resolve the same way on every run
    return sets.values().stream().map(CharArraySet::unmodifiableSet).toList();
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
