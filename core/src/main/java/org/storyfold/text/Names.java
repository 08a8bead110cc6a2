package org.storyfold.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine's one name finder: proper-noun phrases by shape, with a type guessed from the words
 * around them. The clustering uses the names (folded) as features, the facts their spellings and
 * types as entities.
 *
 * <p>Why by shape: Apache OpenNLP publishes no NER model on Maven Central (opennlp-models-ner-* does
 * not exist; checked with mvn dependency:get), and a statistical tagger would cost far more per article
 * than the clustering signal is worth. Runs of capitalized words joined by name particles
 * ("de", "van") and by "of" ("Bank of England"); a lone capitalized word opening a sentence is a
 * sentence start, not a name. Titles are split off:
 * "Mexican President Andres Manuel Lopez Obrador" is the person "Andres Manuel Lopez Obrador";
 * after a title with "of" ("Secretary of State Antony Blinken") the last two words are the person,
 * since the office's own capitalized words cannot be told from a name by shape.
 * Types: a title before the name means person; an organization word in it (Inc, Ministry, Party,
 * Agency, Bank...) organization; a place word (City, Street, County...) or "in/at/from" before it
 * place. The votes of all mentions of an entity decide its type (facts' Entities).
 */
public final class Names {
  /**
   * A name as written ("Andrés Manuel López Obrador"), with its type when the words around it tell one.
   *
   * @param type {@code person}, {@code organization}, {@code place}, or null when unknown
   */
  public record Name(String spelling, String type) {}

  /**
   * Tokens for name finding: words (with an abbreviation point) and the punctuation that ends a name,
   * what {@code [\p{L}][\p{L}\p{M}'’\-]*\.?|[.!?:;,"“”«»„()\[\]–—]} finds. Every sentence of every
   * article is scanned, so by hand ({@link #nextToken}); NamesTest checks it against the expression.
   */
  private static final String PUNCTUATION = ".!?:;,\"“”«»„()[]–—";
  /** Titles before a name: they mark a person and are not part of the name. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "secretary", "mayor", "minister",
      "senator", "sen", "governor", "gov", "chief", "king", "queen", "prince", "princess", "pope", "general",
      "gen", "judge", "ambassador", "chancellor", "premier", "advisor", "adviser", "spokesman", "spokeswoman",
      "spokesperson", "director", "ceo", "chairman", "chairwoman", "commissioner", "councillor", "councilor",
      "inspector", "officer", "sheriff", "coach", "manager", "professor", "prof", "rep", "representative",
      "presidente", "alcalde", "alcaldesa", "ministro", "ministra", "señor", "sr", "sra", "herr", "frau",
      "bürgermeister", "kanzler", "driver", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant");
  /** Words that end or fill organization names ("Inc", "Ministry", "Agency"). */
  private static final Set<String> ORG_WORDS = Set.of("inc", "ltd", "llc", "plc", "corp", "corporation", "company", "co",
      "party", "agency", "ministry", "department", "bank", "chemicals", "press", "patrol", "protection", "cross",
      "congress", "council", "group", "university", "police", "gazette", "times", "news", "service", "services",
      "administration", "commission", "committee", "union", "association", "court", "parliament", "senate",
      "institute", "foundation", "fund", "organization", "organisation", "office", "authority", "board",
      "network", "airlines", "club", "fc", "federation", "league", "army", "navy", "bureau", "partido",
      "ministerio", "gobierno", "regierung", "ag", "gmbh", "sa", "post", "journal", "herald", "tribune");
  /** Words that mark place names ("City", "Street", "Province"). */
  private static final Set<String> PLACE_WORDS = Set.of("city", "street", "road", "county", "province", "island", "islands",
      "river", "valley", "bay", "harbour", "harbor", "square", "avenue", "district", "region", "mountains",
      "lake", "sea", "ocean", "state", "town", "village", "palace", "centre", "center", "hall", "quay", "airport");
  /** Prepositions before a capitalized name that make it likely a place ("in Port Calder"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "toward",
      "towards", "en", "desde", "aus", "nach", "bei");
  /**
   * The prepositions of {@link #PLACE_PREPOSITIONS} that tell where, not whither or whence. Chosen on
   * ECB+ train and dev topics (ClusterCorpora topics): with "to" and "from" counted, people ("passed to
   * Mark Teixeira", "Billy Crystal") made most of the false places.
   */
  private static final Set<String> STILL_PREPOSITIONS = Set.of("in", "at", "near", "en", "bei");
  /** Lower-case particles inside names ("de", "van", "von"): they do not break a name. */
  private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "van", "von", "da", "di",
      "du", "la", "le", "bin", "al", "y", "of");
  /** Capitalized words that are never names: weekdays, months, holidays, site words ("Read more"). */
  private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "christmas", "photo", "lunes", "martes", "miércoles", "jueves", "viernes",
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "key", "points", "read", "more", "related");

  /** Demonyms ("Mexican", "Lebanese"): adjectives of a place, not names themselves. */
  private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}{2,}(?:ican|ian|ean|ese|ish)(?:-\\p{L}+)?");

  private Names() {}

  /** Whether a lower-case word marks a place name ("street", "county"): alone, it names no place. */
  public static boolean isPlaceWord(String lowerCaseWord) {
    return PLACE_WORDS.contains(lowerCaseWord);
  }

  /** Whether a word (any case, with or without an abbreviation point) is a title that goes before a name. */
  public static boolean isTitle(String word) {
    return TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
  }

  /** The names of a text, folded ("López's" is "lopez"), in order of appearance: clustering features. */
  static List<String> folded(String text) {
    List<String> out = new ArrayList<>();
    for (Name n : find(text, Set.of())) {
      out.add(Folding.name(n.spelling()));
    }
    return out;
  }

  /**
   * The names of one sentence; {@code lowerCase} holds words the story also writes in lower case, so
   * a capitalized first word of a sentence that is one of them ("Top Mexican and U.S. officials") is
   * not part of the name.
   */
  public static List<Name> find(String sentence, Set<String> lowerCase) {
    return find(sentence, lowerCase, true);
  }

  /**
   * As {@link #find(String, Set)}; with {@code movement} false, a name is a place only by a place word
   * in it or by "in", "at" or "near" before it, not by a preposition of movement ("to", "from"), which
   * precedes people as often ("passed to Teixeira", "a call from Billy Crystal"). The clustering's place
   * veto uses this stricter reading: a person read as a place would keep one story's articles apart.
   */
  public static List<Name> find(String sentence, Set<String> lowerCase, boolean movement) {
    List<Name> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int[] at = {0};
    boolean sentenceStart = true;
    boolean runAtStart = false;
    String prev = "";
    String beforeRun = "";
    for (String w = nextToken(sentence, at); w != null; w = nextToken(sentence, at)) {
      boolean word = Character.isLetter(w.charAt(0));
      if (!word) {
        flush(run, runAtStart, beforeRun, out, movement);
        sentenceStart = ".!?:;\"“”«»„".contains(w) || sentenceStart;
        prev = w;
        continue;
      }
      boolean dot = w.endsWith(".");
      String bare = dot ? w.substring(0, w.length() - 1) : w;
      boolean possessive = bare.endsWith("’s") || bare.endsWith("'s");
      if (possessive) {
        bare = bare.substring(0, bare.length() - 2);
      }
      String lower = bare.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(bare.codePointAt(0)) && bare.length() > 1;
      if (capital && !NOT_NAMES.contains(lower) && !(run.isEmpty() && StopWords.isFunctionWord(lower))) {
        if (run.isEmpty()) {
          runAtStart = sentenceStart;
          beforeRun = prev.toLowerCase(Locale.ROOT);
          boolean gerund = lower.endsWith("ing") && lower.length() > 5;
          if (sentenceStart && (lowerCase.contains(lower) || gerund) && !TITLES.contains(lower)) {
            sentenceStart = false;
            prev = bare;
            continue;
          }
        }
        run.add(bare);
        if (possessive || dot && !TITLES.contains(lower)) {
          flush(run, runAtStart, beforeRun, out, movement);
        }
      } else if (!run.isEmpty() && PARTICLES.contains(lower)) {
        run.add(lower);
      } else {
        flush(run, runAtStart, beforeRun, out, movement);
      }
      sentenceStart = false;
      prev = bare;
    }
    flush(run, runAtStart, beforeRun, out, movement);
    return out;
  }

  /**
   * The next token of {@code text} from {@code at[0]} on (which moves past it), or null: a letter and
   * the letters, marks, apostrophes and hyphens after it, with a point that follows; or one punctuation
   * mark of {@link #PUNCTUATION}. Other characters are skipped.
   */
  static String nextToken(String text, int[] at) {
    int n = text.length();
    for (int i = at[0]; i < n; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        int end = i + Character.charCount(cp);
        while (end < n) {
          int c = text.codePointAt(end);
          int type = Character.getType(c);
          boolean letterOrMark = Character.isLetter(c) || type == Character.NON_SPACING_MARK
              || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
          if (!letterOrMark && c != '\'' && c != '’' && c != '-') {
            break;
          }
          end += Character.charCount(c);
        }
        if (end < n && text.charAt(end) == '.') {
          end++;
        }
        at[0] = end;
        return text.substring(i, end);
      }
      if (PUNCTUATION.indexOf(cp) >= 0) {
        at[0] = i + 1;
        return text.substring(i, i + 1);
      }
      i += Character.charCount(cp);
    }
    at[0] = n;
    return null;
  }

  private static void flush(List<String> run, boolean atStart, String before, List<Name> out, boolean movement) {
    while (!run.isEmpty() && PARTICLES.contains(run.get(run.size() - 1))) {
      run.remove(run.size() - 1);
    }
    if (run.isEmpty()) {
      return;
    }
    int title = -1;
    for (int i = 0; i < run.size(); i++) {
      if (TITLES.contains(run.get(i).toLowerCase(Locale.ROOT))) {
        title = i;
      }
    }
    List<String> name = new ArrayList<>(run);
    String type = null;
    if (title >= 0) {
      name = new ArrayList<>(run.subList(title + 1, run.size()));
      if (!name.isEmpty() && name.get(0).equals("of")) {
        name = name.size() >= 4 ? new ArrayList<>(name.subList(name.size() - 2, name.size())) : List.of();
      }
      type = "person";
    } else if (TITLES.contains(before)) {
      type = "person";
    }
    boolean dropped = title >= 0;
    run.clear();
    if (name.isEmpty() || name.size() == 1 && atStart && !dropped || name.stream().anyMatch(w -> w.length() == 1)) {
      return;
    }
    if (name.size() == 1 && DEMONYM.matcher(name.get(0)).matches()) {
      return; // "Mexican", "European": adjectives, not names
    }
    if (name.size() == 1 && name.get(0).equals(name.get(0).toUpperCase(Locale.ROOT))
        && StopWords.isFunctionWord(name.get(0).toLowerCase(Locale.ROOT))) {
      return;
    }
    if (type == null) {
      for (String w : name) {
        if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          type = "organization";
        }
      }
    }
    if (type == null && PLACE_WORDS.contains(name.get(name.size() - 1).toLowerCase(Locale.ROOT))) {
      type = "place";
    }
    if (type == null && PLACE_PREPOSITIONS.contains(before) && (movement || STILL_PREPOSITIONS.contains(before))) {
      type = "place";
    }
    out.add(new Name(String.join(" ", name), type));
  }
}
