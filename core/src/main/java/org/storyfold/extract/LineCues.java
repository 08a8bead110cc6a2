package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What one line looks like on its own, before its neighbours are consulted. Every cue is a shape,
 * not a phrase: length, sentence punctuation, stop-word density, link-like or title-like form.
 *
 * @param text        the line, stripped
 * @param length      characters, with each Han/Kana character counted three times (one such
 *                    character carries about as much as a short word; without this a Chinese
 *                    paragraph would look as short as an English menu entry)
 * @param words       word tokens
 * @param stopDensity share of the words that are stop words of the page's language, or -1 when no
 *                    stop list fits the page
 * @param terminal    ends like a sentence (.!?… possibly followed by a closing quote or bracket)
 * @param linkLike    contains a URL, a bare domain or an e-mail address, or breadcrumb separators
 * @param glued       how many words are glued to the next one ("articleNorth"): the trace of menu
 *                    links whose markup was flattened away
 * @param listItem    starts with a bullet or a list number
 * @param credit      looks like a photo credit or copyright line
 * @param label       a short line ending in a colon that introduces what follows ("See also:")
 * @param titleCase   share of the longer non-stop words that start upper case
 * @param letterShare share of the non-space characters that are letters
 * @param quoted      opens with a quotation mark: reported speech, not the site talking
 * @param toReader    outside quotation marks, addresses the reader in the second person ("your
 *                    comment", "you have"): the voice of the site's prompts, which news prose lacks
 * @param stems       the content words (four letters or more, not stop words), lower case, cut to
 *                    a crude stem ({@link Restatement#stems}): what the page's lines are compared by
 */
record LineCues(String text, int length, int words, double stopDensity, boolean terminal, boolean linkLike,
                int glued, boolean listItem, boolean credit, boolean label, double titleCase,
                double letterShare, boolean quoted, boolean toReader, List<String> stems) {

  // Every line of a batch is measured, some twice (site repetition, then the page): the cheap cues
  // are scanned by hand (Words, ideographs, separators, closers), and each remaining pattern runs only
  // on lines that hold what any match of it needs (a dot between letters, a '(' or '@', a lower-case
  // letter before an upper-case one), which the profile showed to be most of the cost of cleaning.
  /** A URL, a bare domain or an e-mail address. */
  private static final Pattern URL = Pattern.compile(
      "(?i:https?://|www\\.)|\\b[a-z0-9-]{2,}+\\.(com|org|net|gov|edu|info|io|co|[a-z]{2})(/|\\b(?![.\\p{L}]))"
          + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++\\.[a-z]{2,}");
  /** What {@code \\s} of a regular expression matches: the ASCII white space. */
  private static final String SPACES = " \t\n\u000B\f\r";
  /** Two words glued without a space ("NewsSport"): links that sat side by side in a menu. */
  private static final Pattern GLUE = Pattern.compile("\\p{Ll}{4,}\\p{Lu}\\p{Ll}{2,}");
  /** A list item's bullet or number at the start of a line (anchored: matched with lookingAt). */
  private static final Pattern BULLET = Pattern.compile("^([-•*·–—▪►‣○●■□◦]|\\d{1,2}[.)])\\s+\\S");
  /** Closing quotes, brackets and spaces that may follow a sentence's final punctuation. */
  private static final String CLOSERS = SPACES + "\"'”’»)]」』";
  // A parenthesis after the last full stop, at the very end: "... 2023. (Agency via Photographer)".
  // News prose does not end that way; captions ending in their credit do.
  private static final Pattern TRAILING_CREDIT = Pattern.compile("[.!?…][\"”’]?\\s*\\([^()]{2,80}\\)\\s*$");
  // Credit words of the major languages, as the first word of a short line or inside a closing
  // parenthesis. This is a cue vocabulary (like jusText's copyright sign), not a list of phrases.
  // (Two patterns, the first anchored and matched with lookingAt, the second tried only on lines with
  // a '(': together they find what their alternation did.)
  private static final Pattern CREDIT_WORD = Pattern.compile(
      "(?iu)^(photo|photos|foto|fotos|image|images|imagen|bild|picture|credit|crédit|photograph|"
          + "illustration)\\b.{0,80}$");
  private static final Pattern CREDIT_IN_PARENS = Pattern.compile(
      "(?iu)\\((photo|foto|image|imagen|bild|picture|credit|crédit)\\b[^()]*\\)\\s*$");

  /** The opening quotation marks of the usual typographies. */
  private static final String OPENING_QUOTES = "\"'“‘„«‹「『";
  // Second-person pronouns of the major languages: a closed word class, like the credit words above.
  // Only unambiguous forms (not German "Sie"/"Ihr", which are also "she"/"her").
  private static final java.util.Set<String> SECOND_PERSON = java.util.Set.of(
      "you", "your", "yours", "yourself", "vous", "votre", "vos", "usted", "ustedes", "dein", "deine",
      "deinen", "deiner", "euch", "voi", "vostro", "vostra", "jij", "jouw", "uw");

  static LineCues of(String line, CharArraySet stops) {
    String text = line.strip();
    List<String> tokens = tokens(text);
    return of(text, tokens, lowerCase(tokens), stops);
  }

  /**
   * As {@link #of(String, CharArraySet)} for a stripped line already split: {@code tokens} are its
   * {@link #tokens} and {@code lower} the same in lower case ({@link #lowerCase}).
   */
  static LineCues of(String text, List<String> tokens, List<String> lower, CharArraySet stops) {
    int stopHits = 0;
    int longWords = 0;
    int capitalised = 0;
    boolean secondPerson = false;
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      String l = lower.get(k);
      secondPerson |= SECOND_PERSON.contains(l);
      boolean stop = stops != null && stops.contains(l);
      if (stop) {
        stopHits++;
      } else if (t.codePointCount(0, t.length()) >= 4 && Character.isLetter(t.codePointAt(0))) {
        longWords++;
        if (Character.isUpperCase(t.codePointAt(0))) {
          capitalised++;
        }
      }
    }
    int ideographs = 0;
    int letters = 0;
    int nonSpace = 0;
    boolean lowerThenUpper = false;
    boolean lastLower = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (!Character.isWhitespace(cp)) {
        nonSpace++;
        if (Character.isLetter(cp)) {
          letters++;
        }
      }
      if (cp >= FIRST_IDEOGRAPH && ideograph(cp)) {
        ideographs++;
      }
      lowerThenUpper |= lastLower && type == Character.UPPERCASE_LETTER;
      lastLower = type == Character.LOWERCASE_LETTER;
      i += Character.charCount(cp);
    }
    // distinct glued words: a brand written in camel case ("BlackBerry") recurs, menu links differ
    java.util.Set<String> gluedWords = new java.util.HashSet<>();
    if (lowerThenUpper) { // what every match of GLUE holds
      Matcher gm = GLUE.matcher(text);
      while (gm.find()) {
        gluedWords.add(gm.group());
      }
    }
    int glued = gluedWords.size();
    boolean quoted = !text.isEmpty() && OPENING_QUOTES.indexOf(text.charAt(0)) >= 0;
    boolean toReader = !quoted && secondPerson;
    boolean label = text.endsWith(":") && tokens.size() <= 6;
    boolean parens = text.indexOf('(') >= 0;
    boolean credit = text.contains("©") || (parens && TRAILING_CREDIT.matcher(text).find())
        || (tokens.size() <= 20 && (CREDIT_WORD.matcher(text).lookingAt()
        || (parens && CREDIT_IN_PARENS.matcher(text).find())));
    return new LineCues(text, text.codePointCount(0, text.length()) + 2 * ideographs, tokens.size(),
        stops == null ? -1 : tokens.isEmpty() ? 0 : (double) stopHits / tokens.size(), terminal(text),
        linkLike(text), glued, mayBeBullet(text) && BULLET.matcher(text).lookingAt(),
        credit, label, longWords == 0 ? 0 : (double) capitalised / longWords,
        nonSpace == 0 ? 0 : (double) letters / nonSpace, quoted, toReader, Restatement.stems(lower, stops));
  }

  /** Whether a line starts with what {@link #BULLET} needs first: one of its bullets or an ASCII digit. */
  private static boolean mayBeBullet(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return (c >= '0' && c <= '9') || "-•*·–—▪►‣○●■□◦".indexOf(c) >= 0;
  }

  /** No character below this is of the Han, Hiragana or Katakana script. */
  private static final int FIRST_IDEOGRAPH = 0x2E80;

  /** A Chinese or Japanese character, each of which counts as a word. */
  static boolean ideograph(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /**
   * Whether a stripped line ends like a sentence: .!?… (or their full-width forms) before any closing
   * quotes, brackets and spaces.
   */
  static boolean terminal(String text) {
    int end = text.length();
    while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?…。！？".indexOf(text.charAt(end - 1)) >= 0;
  }

  /** A URL, a bare domain or an e-mail address, or two breadcrumb separators. */
  static boolean linkLike(String text) {
    return (mayHoldUrl(text) && URL.matcher(text).find()) || separators(text) >= 2;
  }

  /**
   * Whether a text holds what every match of {@link #URL} needs: "://", "www." in any case, an '@', or
   * a dot with two lower-case letters, digits or hyphens before it and two lower-case letters after it
   * (a domain's name and the shortest of its endings; "p.m." or "e.g." has not).
   */
  private static boolean mayHoldUrl(String text) {
    if (text.indexOf('@') >= 0 || text.contains("://")) {
      return true;
    }
    int n = text.length();
    // from dot to dot (String.indexOf is vectorized; most lines hold few dots)
    for (int i = text.indexOf('.', 2); i >= 0; i = text.indexOf('.', i + 1)) {
      if (i + 2 < n && lowerAscii(text.charAt(i + 1)) && lowerAscii(text.charAt(i + 2))
          && domainChar(text.charAt(i - 1)) && domainChar(text.charAt(i - 2))) {
        return true;
      }
      if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean domainChar(char c) {
    return lowerAscii(c) || (c >= '0' && c <= '9') || c == '-';
  }

  /**
   * Non-overlapping separators of breadcrumbs and menus flattened to a line ("Home | News", "World ›
   * Europe"): white space, one of | » › > /, white space; leftmost first, as the expression
   * {@code \s[|»›>/]\s} found them. Looked for at the separator, the rarer character.
   */
  private static int separators(String text) {
    if (text.indexOf('|') < 0 && text.indexOf('/') < 0 && text.indexOf('>') < 0 && text.indexOf('»') < 0
        && text.indexOf('›') < 0) {
      return 0; // the common case, told by String.indexOf's vectorized scans
    }
    int count = 0;
    for (int i = 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '|' || c == '»' || c == '›' || c == '>' || c == '/') && SPACES.indexOf(text.charAt(i - 1)) >= 0
          && SPACES.indexOf(text.charAt(i + 1)) >= 0) {
        count++;
        i += 2; // the next separator's space may not be this one's
      }
    }
    return count;
  }

  /** Word tokens of a text, case kept. */
  static List<String> tokens(String text) {
    return Tokens.of(text);
  }

  /** The tokens in lower case (of the root locale). */
  static List<String> lowerCase(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(t.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
