package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.text.StopWords;

/**
 * The hand-written scanning of {@link LineCues} and {@link Tokens} against the regular expressions it
 * replaced: the same cues on every line, the same characters in every class.
 */
class LineCuesTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern IDEOGRAPH = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

  @Test
  void wordCharAndIdeograph_agreeWithTheExpressionsOnEveryCodePoint() {
    Pattern lower = Pattern.compile("\\p{Ll}");
    Pattern upper = Pattern.compile("\\p{Lu}");
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      assertThat(Tokens.wordChar(cp)).as("U+%04X", cp).isEqualTo(WORD.matcher(s).matches());
      boolean ideograph = IDEOGRAPH.matcher(s).matches();
      assertThat(cp >= 0x2E80 && LineCues.ideograph(cp)).as("U+%04X", cp).isEqualTo(ideograph);
      // the glue prefilter reads categories where the expression reads \p{Ll} and \p{Lu}
      assertThat(Character.getType(cp) == Character.LOWERCASE_LETTER).isEqualTo(lower.matcher(s).matches());
      assertThat(Character.getType(cp) == Character.UPPERCASE_LETTER).isEqualTo(upper.matcher(s).matches());
    }
  }

  @Test
  void tokens_areWhatTheExpressionFinds() {
    Random random = new Random(7);
    int[] alphabet = {'a', 'Z', '7', ' ', '-', '.', 'é', 0x301, 0x4E2D, 0x3042, 0x1F600, 0x10400, 0x0661, 0x2163,
        0xD800, 0xDC00, '\u00A0', '’', 0x0BCD};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      List<String> expected = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        expected.add(m.group());
      }
      assertThat(Tokens.of(text)).isEqualTo(expected);
      assertThat(Tokens.count(text)).isEqualTo(expected.size());
    }
  }

  @Test
  void cues_ofWrittenLines_areTheOldOnes() {
    List<String> lines = List.of(
        "Home | News | Sport", "World › Europe › France", "a / b", "x | y", "Home |News | World | Sport",
        "Visit www.example.com today.", "WWW.EXAMPLE.ORG", "see https://example.org/x", "ftp://host",
        "Mail jane.doe+news@example.co.uk now", "e.g. the U.S. economy grew.", "shop.de/x", "Mr.Smith went.",
        "abc.", "x.com", "ab-cd.io/", "Le site lemonde.fr.", "data@", "@handle", "a@b.c",
        "“He said so,” she added.", "\"Quoted.\"", "‘Single’", "«Guillemets»", "「日本語のテキスト」です。",
        "It ended (Reuters)", "The fire spread. (Photo: AP/John Smith)", "Photo: Getty Images",
        "PHOTOS by someone", "Bild: dpa", "Crédit photo : X", "A caption (foto EFE)", "© 2024 The Times",
        "Image courtesy of NASA", "Illustration", "photographer unknown", "(credit: x) trailing text",
        "- Item one of a list", "• Bullet item", "12) Numbered", "3. Third point here", "123. Not a bullet",
        "-NoSpace", "See also:", "Read more: the long list of things that are here now:", "NewsSportWeather",
        "BlackBerry BlackBerry", "iPhone", "articleNorth articleSouth", "Straße Übersicht Ökonomie",
        "中国北京市人民政府今天宣布。", "東京タワー", "ﾊﾝｶｸ", "Hello?!  ", "Done…", "Is it?»", "End.)]", "end.”’",
        "Your comment will be moderated", "Vous pouvez commenter", "“You said your piece,” he said.",
        "A line with ) and ( in wrong order", "", "   ", "...", "(", ")", "Γειά σου κόσμε.", "Привет, мир!",
        "مرحبا بالعالم.", "x\u0085", "Hi.”\u0085", "tab\tseparated\t|\tvalues\t|\tend",
        "a |\tb | c", "a | | b", "a | | | b", "x > y > z", " | x");
    CharArraySet en = StopWords.functionWords("en");
    for (String line : lines) {
      for (CharArraySet stops : new CharArraySet[] {null, en}) {
        assertThat(LineCues.of(line, stops)).as(line).isEqualTo(Reference.of(line, stops));
      }
    }
  }

  @Test
  void cues_ofTheExamplesLines_areTheOldOnes() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TestData.examples())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.readString(f).lines().filter(l -> !l.isBlank()).forEach(lines::add);
      }
    }
    assertThat(lines).hasSizeGreaterThan(100);
    for (String line : lines) {
      CharArraySet stops = StopWords.bestFor(LineCues.lowerCase(LineCues.tokens(line)));
      assertThat(LineCues.of(line, stops)).as(line).isEqualTo(Reference.of(line, stops));
    }
  }

  /** {@code LineCues.of} before the hand-written scanning, verbatim but for the stems it now adds. */
  private static final class Reference {
    static final Pattern URL = Pattern.compile(
        "(?i:https?://|www\\.)|\\b[a-z0-9-]{2,}+\\.(com|org|net|gov|edu|info|io|co|[a-z]{2})(/|\\b(?![.\\p{L}]))"
            + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++\\.[a-z]{2,}");
    static final Pattern SEPARATOR = Pattern.compile("\\s[|»›>/]\\s");
    static final Pattern GLUE = Pattern.compile("\\p{Ll}{4,}\\p{Lu}\\p{Ll}{2,}");
    static final Pattern BULLET = Pattern.compile("^([-•*·–—▪►‣○●■□◦]|\\d{1,2}[.)])\\s+\\S");
    static final Pattern CLOSERS = Pattern.compile("[\\s\"'”’»)\\]」』]+$");
    static final Pattern TRAILING_CREDIT = Pattern.compile("[.!?…][\"”’]?\\s*\\([^()]{2,80}\\)\\s*$");
    static final Pattern CREDIT_WORD = Pattern.compile(
        "(?iu)(^(photo|photos|foto|fotos|image|images|imagen|bild|picture|credit|crédit|photograph|"
            + "illustration)\\b.{0,80}$)|(\\((photo|foto|image|imagen|bild|picture|credit|crédit)\\b[^()]*\\)\\s*$)");
    static final Pattern OPENING_QUOTE = Pattern.compile("^[\"'“‘„«‹「『]");
    static final java.util.Set<String> SECOND_PERSON = java.util.Set.of(
        "you", "your", "yours", "yourself", "vous", "votre", "vos", "usted", "ustedes", "dein", "deine",
        "deinen", "deiner", "euch", "voi", "vostro", "vostra", "jij", "jouw", "uw");

    static List<String> tokens(String text) {
      List<String> out = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        out.add(m.group());
      }
      return out;
    }

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
          URL.matcher(text).find() || SEPARATOR.matcher(text).results().limit(2).count() == 2, glued,
          BULLET.matcher(text).find(), credit, label, longWords == 0 ? 0 : (double) capitalised / longWords,
          nonSpace == 0 ? 0 : (double) letters / nonSpace, quoted, toReader, stems(tokens, stops));
    }

    /** {@code Restatement.stems} as it was. */
    static List<String> stems(List<String> tokens, CharArraySet stops) {
      return tokens.stream()
          .map(t -> t.toLowerCase(Locale.ROOT))
          .filter(t -> t.codePointCount(0, t.length()) >= 4 && (stops == null || !stops.contains(t)))
          .map(t -> t.codePointCount(0, t.length()) > 5 ? t.substring(0, t.offsetByCodePoints(0, 5)) : t)
          .toList();
    }
  }
}
