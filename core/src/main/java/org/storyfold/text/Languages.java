package org.storyfold.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;

/**
 * Language detection (Apache OpenNLP's language model, 103 languages, shipped as a Maven artifact) and
 * the Lucene analysis chain for each language: standard tokenizer, lower case, the language's stop
 * words, ICU folding (so "López" = "Lopez"), and a light stemmer where Lucene has one.
 */
final class Languages {
  private static final String MODEL = "/langdetect-183.bin";
  private static final Set<String> ENGLISH_MARKERS = Set.of("the", "and", "of", "to", "was", "that", "with");
  // A few hundred characters identify a language as well as thousands, at a fraction of the cost.
  private static final int DETECT_CHARS = 400;

  private final LanguageDetectorModel model;
  private final Map<String, Analyzer> analyzers;
  private final Analyzer neutral;
  private final CharArraySet anyStopWord;
  private final Map<String, String> iso1 = iso1Codes();

  Languages() {
    try (InputStream in = Languages.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new MissingResourceException("OpenNLP language model not on the class path", MODEL, MODEL);
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model", e);
    }
    analyzers = Map.of(
        "en", chain("en", Stemmer.ENGLISH),
        "de", chain("de", Stemmer.GERMAN),
        "es", chain("es", Stemmer.SPANISH),
        "fr", chain("fr", Stemmer.FRENCH),
        "it", chain("it", Stemmer.ITALIAN),
        "pt", chain("pt", Stemmer.PORTUGUESE),
        "nl", chain("nl", Stemmer.NONE),
        "sv", chain("sv", Stemmer.SWEDISH),
        "ru", chain("ru", Stemmer.RUSSIAN),
        "ar", chain("ar", Stemmer.NONE));
    neutral = new Chain(CharArraySet.EMPTY_SET, Stemmer.NONE);
    // One set for "a stop word in any language": asked for every capitalized word of every article.
    CharArraySet union = new CharArraySet(2048, false);
    analyzers.values().forEach(a -> union.addAll(((Chain) a).stopWords));
    anyStopWord = CharArraySet.unmodifiableSet(union);
  }

  private static Chain chain(String language, Stemmer stemmer) {
    return new Chain(StopWords.forIndexing(language), stemmer);
  }

  /** ISO 639-1 code of the text's language, or "und" when the text is too short or unclear. */
  String detect(String text) {
    String sample = text.length() > DETECT_CHARS ? text.substring(0, DETECT_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < 20) {
      return "und";
    }
    if (plainEnglish(sample)) {
      return "en";
    }
    // A fresh detector per call: LanguageDetectorME is cheap to create and not thread-safe.
    Language best = new LanguageDetectorME(model).predictLanguage(sample);
    if (best.getConfidence() < 0.02) {
      return "und";
    }
    return iso1.getOrDefault(best.getLang(), best.getLang());
  }

  /**
   * Most news is English, and English announces itself by its function words: a text of plain ASCII
   * letters in which at least two of the most English of them ("the", "and", "of", "to", "was",
   * "that", "with") occur and a fifth of the words are English stop words is English without asking
   * the statistical model, which costs about a millisecond a text.
   */
  static boolean plainEnglish(String sample) {
    int words = 0;
    int stops = 0;
    Set<String> markers = new HashSet<>();
    CharArraySet english = StopWords.forIndexing("en");
    for (String w : sample.split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      for (int i = 0; i < w.length(); i++) {
        if (w.charAt(i) > 0x7F) {
          return false; // accents and other scripts: leave it to the model
        }
      }
      words++;
      String lower = w.toLowerCase(Locale.ROOT);
      if (english.contains(lower)) {
        stops++;
      }
      if (ENGLISH_MARKERS.contains(lower)) {
        markers.add(lower);
      }
    }
    return words >= 8 && markers.size() >= 2 && stops * 5 >= words;
  }

  /** The analyzer for a language; unknown languages get a neutral chain with no stop words or stemming. */
  Analyzer analyzer(String language) {
    return language == null ? neutral : analyzers.getOrDefault(language, neutral);
  }

  /** Whether {@code lowerCaseWord} is a stop word in any language we know (names are not). */
  boolean isStopWord(String lowerCaseWord) {
    return anyStopWord.contains(lowerCaseWord);
  }

  /** ISO 639-3 (the model's codes) to ISO 639-1, where a two-letter code exists. */
  private static Map<String, String> iso1Codes() {
    Map<String, String> codes = new java.util.HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      try {
        codes.put(new Locale(code).getISO3Language(), code);
      } catch (MissingResourceException ignored) {
        // no three-letter code: the model cannot name it either
      }
    }
    return Map.copyOf(codes);
  }

  private enum Stemmer {
    NONE, ENGLISH, GERMAN, SPANISH, FRENCH, ITALIAN, PORTUGUESE, SWEDISH, RUSSIAN;

    TokenStream wrap(TokenStream in) {
      return switch (this) {
        case NONE -> in;
        case ENGLISH -> new PorterStemFilter(in);
        case GERMAN -> new GermanLightStemFilter(in);
        case SPANISH -> new SpanishLightStemFilter(in);
        case FRENCH -> new FrenchLightStemFilter(in);
        case ITALIAN -> new ItalianLightStemFilter(in);
        case PORTUGUESE -> new PortugueseLightStemFilter(in);
        case SWEDISH -> new SwedishLightStemFilter(in);
        case RUSSIAN -> new RussianLightStemFilter(in);
      };
    }
  }

  /** One language's chain: tokenize, lower-case, drop stop words, fold, stem. */
  private static final class Chain extends Analyzer {
    final CharArraySet stopWords;
    private final Stemmer stemmer;

    Chain(CharArraySet stopWords, Stemmer stemmer) {
      this.stopWords = stopWords;
      this.stemmer = stemmer;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream s = stemmer == Stemmer.ENGLISH ? new EnglishPossessiveFilter(source) : source;
      s = new LowerCaseFilter(s);
      s = new StopFilter(s, stopWords);
      s = new ICUFoldingFilter(s);
      return new TokenStreamComponents(source, stemmer.wrap(s));
    }
  }
}
