package org.storyfold.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.storyfold.story.Article;

/**
 * Turns an article into the units that the fingerprints are made of: its language, content terms
 * (through the Lucene chain of that language), names and numbers. Thread-safe: Lucene analyzers keep
 * their token streams per thread.
 */
public final class TextAnalyzer {
  private final Languages languages = new Languages();

  /** Analyzes one article, detecting its language unless the article already declares one. */
  public Analysis analyze(Article article) {
    Objects.requireNonNull(article, "article");
    String language = article.language();
    if (language == null || language.isBlank()) {
      language = languages.detect(article.fullText());
      article = article.withLanguage(language);
    }
    Analyzer analyzer = languages.analyzer(language);
    List<String> titleTerms = terms(analyzer, article.title());
    List<String> terms = new ArrayList<>(titleTerms);
    terms.addAll(terms(analyzer, article.text()));
    String full = article.fullText();
    List<Names.Name> found = Names.find(full, java.util.Set.of(), false);
    List<String> names = new ArrayList<>(found.size());
    java.util.Set<String> places = new java.util.LinkedHashSet<>();
    for (Names.Name n : found) {
      String folded = Folding.name(n.spelling());
      names.add(folded);
      // Strict places (no "to"/"from"); a bare place word ("Street", "State") names no one place.
      if ("place".equals(n.type()) && !Names.isPlaceWord(folded)) {
        places.add(folded);
      }
    }
    return new Analysis(article, terms, titleTerms, names, Numbers.find(full), List.copyOf(places));
  }

  /** A number as written, normalized: "10,000", "10.000" and "10 000" are "10000"; "2,5" is "2.5". */
  public static String normalizeNumber(String raw) {
    return Numbers.normalize(Objects.requireNonNull(raw, "raw"));
  }

  /** The language of a text as an ISO 639-1 code, or "und". */
  public String detectLanguage(String text) {
    return languages.detect(Objects.requireNonNull(text, "text"));
  }

  /** Whether a lower-case word is a stop word in any language the analyzer knows (names are not). */
  public boolean isStopWord(String lowerCaseWord) {
    return languages.isStopWord(Objects.requireNonNull(lowerCaseWord, "lowerCaseWord"));
  }

  /** Content terms of a text through the Lucene chain of {@code language} (stop words dropped, folded, stemmed). */
  public List<String> terms(String text, String language) {
    return terms(languages.analyzer(language), Objects.requireNonNull(text, "text"));
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 1 || term.length() == 1 && Character.isLetter(term.charAt(0))) { // folding may empty a token
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
