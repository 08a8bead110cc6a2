package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfold.story.Article;
import org.storyfold.text.TextAnalyzer;

/**
 * An article prepared for alignment: its sentences with their features, its surface words in one
 * array with their spans, and a hash index of its word n-grams (the seeds of verbatim runs).
 */
final class Doc {
  static final int GRAM = 8;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "i", "mr", "mrs", "ms", "dr", "he", "she",
      "it", "we", "they", "in", "on", "at", "but", "and", "or", "if", "this", "that", "there", "his", "her", "its",
      "their", "our", "my", "you", "as", "for", "to", "of", "by", "with", "from", "after", "before", "when", "while");

  final Article article;
  final String language;
  final Sentence[] sentences;
  final int[] tokens;
  final int[] tokenStart;
  final int[] tokenEnd;
  final int[] tokenSentence;
  final Map<Long, Integer> grams = new HashMap<>();
  /** Sum of the weights of all anchors (names, numbers): the details this text carries. */
  final int[] allAnchors;
  /** The distinct content terms of the whole text. */
  final int[] allTerms;

  Doc(Article article, String language, List<int[]> spans, TextAnalyzer analyzer, Lexicon lexicon) {
    this.article = article;
    this.language = language;
    String text = article.text();
    List<Sentence> sents = new ArrayList<>();
    List<int[]> toks = new ArrayList<>();
    TreeSet<Integer> anchorsAll = new TreeSet<>();
    TreeSet<Integer> termsAll = new TreeSet<>();
    boolean[] quote = quoteMask(text);
    for (int[] span : spans) {
      Sentence s = sentence(text, span[0], span[1], language, analyzer, lexicon, toks, sents.size());
      s = s.withQuoted(quotedShare(text, quote, span[0], span[1]) >= 0.5);
      sents.add(s);
      for (int a : s.anchors()) {
        anchorsAll.add(a);
      }
      for (int t : s.terms()) {
        termsAll.add(t);
      }
    }
    sentences = sents.toArray(Sentence[]::new);
    int n = toks.size();
    tokens = new int[n];
    tokenStart = new int[n];
    tokenEnd = new int[n];
    tokenSentence = new int[n];
    for (int i = 0; i < n; i++) {
      int[] t = toks.get(i);
      tokens[i] = t[0];
      tokenStart[i] = t[1];
      tokenEnd[i] = t[2];
      tokenSentence[i] = t[3];
    }
    for (int i = 0; i + GRAM <= n; i++) {
      grams.putIfAbsent(gram(tokens, i), i);
    }
    allAnchors = toArray(anchorsAll);
    allTerms = toArray(termsAll);
  }

  /**
   * Which characters are inside quotation marks: straight quotes toggle, typographic ones open and
   * close (German „...“ closes with the English opener), and a paragraph break ends any quote.
   */
  static boolean[] quoteMask(String text) {
    boolean[] in = new boolean[text.length()];
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        opener = 0;
      } else if (opener == 0 && (c == '"' || c == '“' || c == '«' || c == '„' || c == '「' || c == '『')) {
        opener = c;
      } else if (opener != 0 && (c == '"' && opener == '"' || c == '”' || c == '»' || c == '」' || c == '』'
          || c == '“' && opener == '„')) {
        opener = 0;
        in[i] = true;
        continue;
      }
      in[i] = opener != 0;
    }
    return in;
  }

  /** The share of a span's letters that are quoted. */
  private static double quotedShare(String text, boolean[] quote, int start, int end) {
    int letters = 0;
    int quoted = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        letters++;
        quoted += quote[i] ? 1 : 0;
      }
    }
    return letters == 0 ? 0 : quoted / (double) letters;
  }

  static long gram(int[] tokens, int from) {
    long h = 1125899906842597L;
    for (int k = from; k < from + GRAM; k++) {
      h = 31 * h + tokens[k] * 0x9E3779B97F4A7C15L;
    }
    return h;
  }

  /** One sentence's features; its surface words are appended to {@code toks} as {id, start, end, sentence}. */
  static Sentence sentence(String text, int start, int end, String language, TextAnalyzer analyzer, Lexicon lexicon,
                           List<int[]> toks, int index) {
    String s = text.substring(start, end);
    List<Integer> words = new ArrayList<>();
    TreeSet<Integer> anchors = new TreeSet<>();
    TreeSet<Integer> numbers = new TreeSet<>();
    Set<String> names = new java.util.HashSet<>();
    Matcher m = WORD.matcher(s);
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      String folded = fold(w);
      int id = lexicon.id("w:" + folded);
      words.add(id);
      if (toks != null) {
        toks.add(new int[] {id, start + m.start(), start + m.end(), index});
      }
      if (!first && Character.isUpperCase(w.codePointAt(0)) && w.length() > 1 && !NOT_NAMES.contains(folded)) {
        String name = folded.replaceAll("['’]s$", "");
        anchors.add(lexicon.id("n:" + name));
        names.add(name);
      }
      first = false;
    }
    Matcher nm = NUMBER.matcher(s);
    while (nm.find()) {
      String num = nm.group();
      // thousands separators in either convention ("4,500", "4.500"); otherwise a decimal point
      num = num.matches("\\d{1,3}(,\\d{3})+|\\d{1,3}(\\.\\d{3})+") ? num.replaceAll("[.,]", "") : num.replace(',', '.');
      int id = lexicon.id("#:" + num);
      numbers.add(id);
      anchors.add(id);
    }
    TreeSet<Integer> terms = new TreeSet<>();
    TreeSet<Integer> plain = new TreeSet<>();
    for (String t : analyzer.terms(s, language)) {
      int id = lexicon.id("t:" + t);
      terms.add(id);
      if (!names.contains(t)) {
        plain.add(id);
      }
    }
    int[] w = words.stream().mapToInt(Integer::intValue).toArray();
    return new Sentence(start, end, w, LexicalSimilarity.distinct(w), toArray(terms), toArray(plain),
        toArray(anchors), toArray(numbers), language, false);
  }

  private static int[] toArray(TreeSet<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  static String fold(String w) {
    return org.storyfold.text.Folding.word(w);
  }

  @Override
  public String toString() {
    return article.id() + Arrays.toString(new int[] {sentences.length, tokens.length});
  }
}
