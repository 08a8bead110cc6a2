package org.storyfold.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Quotations of four words or more inside “ ”, " ", « », „ “ and ‚ ‘, found per paragraph (a quote
 * often spans sentences), with the speaker when the paragraph says who: "..., said Yıldız",
 * "... ,” Lopez Obrador told reporters", "Mayor X said: “...”", "according to X", "X: “...”". A
 * pronoun ("he said") takes the last named speaker of the article. Only names count as speakers:
 * "the official" is left unnamed. Two quotations are the same when most of the shorter one's words
 * are in the longer one (a light edit or a shortened quote).
 */
final class Quotes {
  /** A quotation in any of the quote marks news uses: curly, straight, guillemets, German low-high. */
  private static final Pattern QUOTE = Pattern.compile("“([^”“]+)”|\"([^\"]+)\"|«([^»]+)»|„([^“”]+)[“”]|‚([^‘’]+)[‘’]");
  /** A speaker: an optional title and one to four capitalized words. */
  private static final String NAME = "((?:(?:Mr|Mrs|Ms|Dr|Mayor|President|Chief|Secretary|Minister|Senator|Governor)\\.?\\s+)?"
      + "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:(?:de|del|van|von|da|di|la|le|bin|al)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]+){0,4})";
  /** Speech verbs that attribute a quotation. */
  private static final String VERB = "(?:said|says|told|added|asked|explained|stated|wrote|warned|insisted|recalled|"
      + "declared|dijo|afirmó|añadió|sagte|erklärte)";
  /** After the quote: "..., said Maria Lopez". */
  private static final Pattern AFTER_VERB_NAME = Pattern.compile("^[\\s,.]*" + VERB + "\\s+" + NAME);
  /** After the quote: "..., Maria Lopez said". */
  private static final Pattern AFTER_NAME_VERB = Pattern.compile("^[\\s,.]*" + NAME + "\\s+" + VERB);
  /** After the quote, a pronoun: "..., she said" (the speaker is the last one the article named). */
  private static final Pattern AFTER_PRONOUN = Pattern.compile("^[\\s,.]*(?:he|she)\\s+" + VERB + "|^[\\s,.]*" + VERB
      + "\\s+(?:he|she)\\b");
  /** Before the quote: "Maria Lopez, the mayor, said: ...". */
  private static final Pattern BEFORE = Pattern.compile(NAME + "(?:,[^,“\"«„]{0,80},)?\\s+" + VERB
      + "(?:\\s+\\p{Ll}+)?(?:\\s+that)?[,:]?\\s*$");
  /** Before the quote: "Lopez: ...". */
  private static final Pattern BEFORE_COLON = Pattern.compile(NAME + "\\s*:\\s*$");
  /** In the clause: "according to Maria Lopez". */
  private static final Pattern ACCORDING = Pattern.compile("according to " + NAME);
  /** A title at the start of a speaker's name, stripped from it. */
  private static final Pattern TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Mayor|President|Chief|Secretary|Minister|"
      + "Senator|Governor)\\.?\\s+");
  /** Capitalized words a speaker pattern can catch that are never speakers (articles, pronouns). */
  private static final Set<String> NOT_SPEAKERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
      "This", "That", "But", "And", "In", "On");

  private Quotes() {}

  /** The quotations of one article's text, paragraph by paragraph. */
  static List<Quote> find(String article, String text) {
    List<Quote> out = new ArrayList<>();
    String lastSpeaker = null;
    for (String para : text.split("\\R")) {
      Matcher m = QUOTE.matcher(para);
      String paraSpeaker = null;
      List<Quote> inPara = new ArrayList<>();
      while (m.find()) {
        String words = null;
        for (int g = 1; g <= m.groupCount() && words == null; g++) {
          words = m.group(g);
        }
        words = words.strip().replaceAll("[,.]$", "");
        String speaker = speaker(para.substring(m.end()), para.substring(0, m.start()), lastSpeaker);
        if (speaker != null) {
          paraSpeaker = speaker;
          lastSpeaker = speaker;
        }
        if (words.split("\\s+").length >= 4) {
          inPara.add(new Quote(article, words, speaker, para, terms(words)));
        }
      }
      for (Quote q : inPara) {
        out.add(q.speaker() == null && paraSpeaker != null
            ? new Quote(q.article(), q.words(), paraSpeaker, q.sentence(), q.terms()) : q);
      }
    }
    return out;
  }

  private static String speaker(String after, String before, String last) {
    for (Pattern p : List.of(AFTER_VERB_NAME, AFTER_NAME_VERB)) {
      Matcher m = p.matcher(after);
      if (m.find() && isName(m.group(1))) {
        return strip(m.group(1));
      }
    }
    if (AFTER_PRONOUN.matcher(after).find()) {
      return last;
    }
    for (Pattern p : List.of(BEFORE, BEFORE_COLON)) {
      Matcher m = p.matcher(before);
      if (m.find() && isName(m.group(1))) {
        return strip(m.group(1));
      }
    }
    Matcher m = ACCORDING.matcher(after);
    if (m.find() && m.start() < 60 && isName(m.group(1))) {
      return strip(m.group(1));
    }
    return null;
  }

  private static boolean isName(String s) {
    String first = s.split("\\s+")[0];
    return !NOT_SPEAKERS.contains(first);
  }

  /** Titles off ("Mr", "Alcaldesa", any title the name finder knows), possessive off. */
  private static String strip(String name) {
    List<String> words = new ArrayList<>(List.of(TITLE.matcher(name.strip()).replaceFirst("").split("\\s+")));
    while (words.size() > 1 && org.storyfold.text.Names.isTitle(words.get(0))) {
      words.remove(0);
    }
    return String.join(" ", words).replaceAll("['’]s$", "");
  }

  static Set<String> terms(String words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words.split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(Words.fold(w));
      }
    }
    return out;
  }

  /** Whether two quotations are the same words, give or take a light edit. */
  static boolean same(Quote a, Quote b) {
    return a.terms().size() >= 4 && b.terms().size() >= 4 && Words.overlap(a.terms(), b.terms()) >= 0.75;
  }
}
