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
 */
record LineCues(String text, int length, int words, double stopDensity, boolean terminal, boolean linkLike,
                int glued, boolean listItem, boolean credit, boolean label, double titleCase,
                double letterShare, boolean quoted, boolean toReader) {

  /** A word: letters (with their combining marks) and digits. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  /** A Chinese or Japanese character, each of which counts as a word. */
  private static final Pattern IDEOGRAPH = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
  /** A URL, a bare domain or an e-mail address. */
  private static final Pattern URL = Pattern.compile(
      "(?i:https?://|www\\.)|\\b[a-z0-9-]{2,}+\\.(com|org|net|gov|edu|info|io|co|[a-z]{2})(/|\\b(?![.\\p{L}]))"
          + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++\\.[a-z]{2,}");
  /** The separators of breadcrumbs and menus flattened to a line ("Home | News", "World › Europe"). */
  private static final Pattern SEPARATOR = Pattern.compile("\\s[|»›>/]\\s");
  /** Two words glued without a space ("NewsSport"): links that sat side by side in a menu. */
  private static final Pattern GLUE = Pattern.compile("\\p{Ll}{4,}\\p{Lu}\\p{Ll}{2,}");
  /** A list item's bullet or number at the start of a line. */
  private static final Pattern BULLET = Pattern.compile("^([-•*·–—▪►‣○●■□◦]|\\d{1,2}[.)])\\s+\\S");
  /** Closing quotes, brackets and spaces that may follow a sentence's final punctuation. */
  private static final Pattern CLOSERS = Pattern.compile("[\\s\"'”’»)\\]」』]+$");
  // A parenthesis after the last full stop, at the very end: "... 2023. (Agency via Photographer)".
  // News prose does not end that way; captions ending in their credit do.
  private static final Pattern TRAILING_CREDIT = Pattern.compile("[.!?…][\"”’]?\\s*\\([^()]{2,80}\\)\\s*$");
  // Credit words of the major languages, as the first word of a short line or inside a closing
  // parenthesis. This is a cue vocabulary (like jusText's copyright sign), not a list of phrases.
  private static final Pattern CREDIT_WORD = Pattern.compile(
      "(?iu)(^(photo|photos|foto|fotos|image|images|imagen|bild|picture|credit|crédit|photograph|"
          + "illustration)\\b.{0,80}$)|(\\((photo|foto|image|imagen|bild|picture|credit|crédit)\\b[^()]*\\)\\s*$)");

  /** An opening quotation mark of any of the usual typographies. */
  private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"'“‘„«‹「『]");
  // Second-person pronouns of the major languages: a closed word class, like the credit words above.
  // Only unambiguous forms (not German "Sie"/"Ihr", which are also "she"/"her").
  private static final java.util.Set<String> SECOND_PERSON = java.util.Set.of(
      "you", "your", "yours", "yourself", "vous", "votre", "vos", "usted", "ustedes", "dein", "deine",
      "deinen", "deiner", "euch", "voi", "vostro", "vostra", "jij", "jouw", "uw");

  static LineCues of(String line, CharArraySet stops) {
    String text = line.strip();
    List<String> tokens = tokens(text);
    int stopHits = 0;
    int longWords = 0;
    int capitalised = 0;
    for (String t : tokens) {
      String lower = t.toLowerCase(Locale.ROOT);
      boolean stop = stops != null && stops.contains(lower);
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
    Matcher im = IDEOGRAPH.matcher(text);
    while (im.find()) {
      ideographs++;
    }
    int letters = 0;
    int nonSpace = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        nonSpace++;
        if (Character.isLetter(cp)) {
          letters++;
        }
      }
      i += Character.charCount(cp);
    }
    // distinct glued words: a brand written in camel case ("BlackBerry") recurs, menu links differ
    java.util.Set<String> gluedWords = new java.util.HashSet<>();
    Matcher gm = GLUE.matcher(text);
    while (gm.find()) {
      gluedWords.add(gm.group());
    }
    int glued = gluedWords.size();
    boolean quoted = OPENING_QUOTE.matcher(text).find();
    boolean toReader = !quoted
        && tokens.stream().anyMatch(t -> SECOND_PERSON.contains(t.toLowerCase(Locale.ROOT)));
    String core = CLOSERS.matcher(text).replaceAll("");
    boolean terminal = !core.isEmpty() && ".!?…。！？".indexOf(core.charAt(core.length() - 1)) >= 0;
    boolean label = text.endsWith(":") && tokens.size() <= 6;
    boolean credit = text.contains("©") || TRAILING_CREDIT.matcher(text).find()
        || (tokens.size() <= 20 && CREDIT_WORD.matcher(text).find());
    return new LineCues(text, text.codePointCount(0, text.length()) + 2 * ideographs, tokens.size(),
        stops == null ? -1 : tokens.isEmpty() ? 0 : (double) stopHits / tokens.size(), terminal,
        URL.matcher(text).find() || SEPARATOR.matcher(text).results().limit(2).count() == 2, glued, BULLET.matcher(text).find(),
        credit, label, longWords == 0 ? 0 : (double) capitalised / longWords,
        nonSpace == 0 ? 0 : (double) letters / nonSpace, quoted, toReader);
  }

  /** Word tokens of a text, case kept. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
