package org.storyfold.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/*
 * Merging the spellings of one name. Mentions are first keyed by their folded form (case, accents and
 * possessives removed: "López Obrador's" and "Lopez Obrador" are one key). Then:
 *
 * 1. Full names (two words or more) of the same length merge when everything after the given name is
 *    identical and the given names are either variants of each other in a table of hypocoristics
 *    ("Tony"/"Antony", "Bill"/"William") or, when that shared rest has at least two words, within edit
 *    distance 2 ("Andreas Manuel López Obrador" / "Andres Manuel Lopez Obrador"). With a single shared
 *    surname a different given name means a different person, however close the spelling: "Maria
 *    Lopez" and "Mario Lopez", "Joe Biden" and "Hunter Biden" stay apart. A typo in a one-word surname
 *    case is then missed; two people are never merged, which is the error that matters more for a reader.
 * 2. A shorter name whose words are the last words of longer names ("Lopez Obrador", "Obrador",
 *    "Blinken") joins them when they all belong to one merged entity; when they belong to two or more
 *    ("Biden" with "Joe Biden" and "Hunter Biden") the short form stays apart, ambiguous. A one-word
 *    short form does not join a place or organization: "America" is not "Central America".
 * 3. An acronym in capitals joins the one longer name whose initials it is ("US", "United States").
 *
 * The entity's name is the most frequent spelling among the longest ones (accented when tied), its type
 * the vote of its mentions' shapes, falling back to person for a name opening with a known given name.
 */
final class Entities {
  /** Hypocoristics: given names that are one person's name in different forms ("Tony", "Antony"). */
  private static final List<Set<String>> GIVEN_NAME_VARIANTS = List.of(
      Set.of("tony", "antony", "anthony", "toni"), Set.of("bill", "william", "will", "billy", "willy"),
      Set.of("bob", "robert", "rob", "bobby", "robbie"), Set.of("liz", "elizabeth", "beth", "eliza", "lizzie", "betty"),
      Set.of("mike", "michael", "mick", "mikey"), Set.of("alex", "alexander", "alexandra", "sasha", "alejandro"),
      Set.of("jim", "james", "jimmy", "jamie"), Set.of("joe", "joseph", "joey"), Set.of("tom", "thomas", "tommy"),
      Set.of("dick", "richard", "rick", "rich", "ricky"), Set.of("dan", "daniel", "danny"), Set.of("dave", "david"),
      Set.of("steve", "stephen", "steven"), Set.of("chris", "christopher"), Set.of("kate", "katherine", "catherine",
          "kathy", "cathy", "katie"), Set.of("jen", "jennifer", "jenny"), Set.of("matt", "matthew"),
      Set.of("nick", "nicholas", "nicolas"), Set.of("sam", "samuel"), Set.of("ben", "benjamin"),
      Set.of("ted", "edward", "ed", "eddie", "ned"), Set.of("andy", "andrew", "drew"), Set.of("pat", "patrick"),
      Set.of("peggy", "margaret", "maggie", "meg"), Set.of("jack", "john", "johnny"), Set.of("greg", "gregory"),
      Set.of("tim", "timothy"), Set.of("ron", "ronald"), Set.of("don", "donald", "donnie"),
      Set.of("larry", "lawrence", "laurence"), Set.of("charlie", "charles", "chuck"), Set.of("harry", "henry", "hank"),
      Set.of("sue", "susan", "susie"), Set.of("vicky", "victoria"), Set.of("pepe", "jose"), Set.of("paco", "francisco"),
      Set.of("nacho", "ignacio"), Set.of("lupe", "guadalupe"), Set.of("fred", "frederick", "freddie"),
      Set.of("jeff", "jeffrey"), Set.of("ken", "kenneth"), Set.of("abe", "abraham"), Set.of("al", "albert", "alan"),
      Set.of("hans", "johannes"), Set.of("sepp", "josef"));
  /** Given names that mark a two-word name as a person's when its mentions do not say: the variants and common names. */
  static final Set<String> GIVEN_NAMES;

  static {
    Set<String> all = new TreeSet<>();
    GIVEN_NAME_VARIANTS.forEach(all::addAll);
    all.addAll(Set.of("maria", "mario", "juan", "carlos", "luis", "ana", "anna", "peter", "paul", "george", "mary",
        "sarah", "emma", "pierre", "marie", "ahmed", "mohammed", "hunter", "melania", "jill", "hillary", "angela"));
    GIVEN_NAMES = Set.copyOf(all);
  }

  /** Function words an acronym skips: "CBP" is Customs and Border Protection. */
  private static final Set<String> INITIAL_SKIPS = Set.of("of", "and", "the", "for", "de", "del", "y", "und");

  private Entities() {}

  /** Merged entities, most sources first. */
  static List<Entity> merge(List<Mention> mentions) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String key = key(m.surface());
      if (!key.isEmpty()) {
        byKey.computeIfAbsent(key, Group::new).add(m);
      }
    }
    List<Group> groups = new ArrayList<>(byKey.values());
    UnionFind sets = new UnionFind(groups.size());
    joinFullNames(groups, sets);
    joinShortForms(groups, sets);
    joinAcronyms(groups, sets);
    return entities(groups, sets);
  }

  /** Rule 1: full names of the same shape. */
  private static void joinFullNames(List<Group> groups, UnionFind sets) {
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        if (sameFullName(groups.get(i).tokens, groups.get(j).tokens)) {
          sets.union(i, j);
        }
      }
    }
  }

  /** Rule 2: short forms, longest first, join the one entity whose longer names end with them. */
  private static void joinShortForms(List<Group> groups, UnionFind sets) {
    int n = groups.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> groups.get(i).tokens.length).reversed());
    for (int i : order) {
      String[] t = groups.get(i).tokens;
      Set<Integer> roots = new TreeSet<>();
      for (int j = 0; j < n; j++) {
        String[] u = groups.get(j).tokens;
        if (u.length > t.length && endsWith(u, t)) {
          roots.add(sets.find(j));
        }
      }
      if (roots.size() != 1 || roots.contains(sets.find(i))) {
        continue;
      }
      int root = roots.iterator().next();
      if (t.length > 1 || !placeOrOrganization(groups, sets, root)) {
        sets.attach(i, root); // one word does not join a place or organization: "America" is not "Central America"
      }
    }
  }

  private static boolean placeOrOrganization(List<Group> groups, UnionFind sets, int root) {
    for (int j = 0; j < groups.size(); j++) {
      String type = sets.find(j) == root ? groups.get(j).strongType() : null;
      if ("place".equals(type) || "organization".equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** Rule 3: "US" joins "United States", "CBP" joins "Customs and Border Protection", when only one fits. */
  private static void joinAcronyms(List<Group> groups, UnionFind sets) {
    Map<String, Set<Integer>> byInitials = new HashMap<>();
    for (int j = 0; j < groups.size(); j++) {
      if (groups.get(j).tokens.length >= 2) {
        byInitials.computeIfAbsent(initials(groups.get(j).tokens), k -> new TreeSet<>()).add(j);
      }
    }
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      if (g.tokens.length != 1 || !g.allCaps() || g.tokens[0].length() < 2) {
        continue;
      }
      Set<Integer> roots = new TreeSet<>();
      for (int j : byInitials.getOrDefault(g.tokens[0], Set.of())) {
        roots.add(sets.find(j));
      }
      if (roots.size() == 1 && !roots.contains(sets.find(i))) {
        sets.attach(i, roots.iterator().next());
      }
    }
  }

  /** One entity per set: its best spelling, type, variants and sources, most sources first. */
  private static List<Entity> entities(List<Group> groups, UnionFind sets) {
    Map<Integer, List<Group>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(groups.get(i));
    }
    List<Entity> out = new ArrayList<>();
    Map<Entity, Integer> mentionCounts = new HashMap<>();
    for (List<Group> c : clusters.values()) {
      Entity e = entity(c);
      out.add(e);
      mentionCounts.put(e, c.stream().mapToInt(g -> g.count).sum());
    }
    out.sort(Comparator.comparingInt((Entity e) -> -e.sources().size())
        .thenComparingInt(e -> -mentionCounts.get(e)).thenComparing(Entity::name));
    return out;
  }

  private static Entity entity(List<Group> c) {
    Map<String, Integer> surfaces = new HashMap<>();
    Map<String, Integer> votes = new HashMap<>();
    Set<String> sources = new TreeSet<>();
    int longest = 0;
    for (Group g : c) {
      g.surfaces.forEach((s, k) -> surfaces.merge(s, k, Integer::sum));
      g.votes.forEach((s, k) -> votes.merge(s, k, Integer::sum));
      sources.addAll(g.sources);
      longest = Math.max(longest, g.tokens.length);
    }
    int maxTokens = longest;
    List<String> variants = new ArrayList<>(surfaces.keySet());
    variants.sort(Comparator.comparing((String s) -> -surfaces.get(s)).thenComparing(s -> -accents(s))
        .thenComparing(s -> s));
    String name = variants.stream().filter(s -> key(s).split(" ").length == maxTokens).findFirst().orElse(variants.get(0));
    String type = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    if (type == null) {
      String[] t = key(name).split(" ");
      type = t.length >= 2 && GIVEN_NAMES.contains(t[0]) ? "person" : "other";
    }
    return new Entity(name, type, variants, List.copyOf(sources));
  }

  /** Folded, hyphens as spaces: "López-Obrador’s" is "lopez obrador". */
  static String key(String surface) {
    return Words.fold(surface).replace('-', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Rule 1 above: same rest, and given names that are variants or (with a two-word rest) near-spellings. */
  static boolean sameFullName(String[] a, String[] b) {
    if (a.length < 2 || a.length != b.length) {
      return false;
    }
    for (int k = 1; k < a.length; k++) {
      if (!a[k].equals(b[k])) {
        return false;
      }
    }
    if (a[0].equals(b[0]) || variants(a[0], b[0])) {
      return true;
    }
    return a.length >= 3 && editDistance(a[0], b[0]) <= 2 && Math.min(a[0].length(), b[0].length()) >= 4;
  }

  static boolean variants(String x, String y) {
    for (Set<String> s : GIVEN_NAME_VARIANTS) {
      if (s.contains(x) && s.contains(y)) {
        return true;
      }
    }
    return false;
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String initials(String[] tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      if (!INITIAL_SKIPS.contains(t)) {
        b.append(t.charAt(0));
      }
    }
    return b.toString();
  }

  private static boolean endsWith(String[] longer, String[] shorter) {
    for (int k = 1; k <= shorter.length; k++) {
      if (!longer[longer.length - k].equals(shorter[shorter.length - k])) {
        return false;
      }
    }
    return true;
  }

  private static int accents(String s) {
    return (int) s.chars().filter(c -> c > 127).count();
  }

  /** All mentions sharing one folded key. */
  private static final class Group {
    final String[] tokens;
    final Map<String, Integer> surfaces = new HashMap<>();
    final Map<String, Integer> votes = new HashMap<>();
    final Set<String> sources = new TreeSet<>();
    int count;

    Group(String key) {
      tokens = key.split(" ");
    }

    void add(Mention m) {
      surfaces.merge(m.surface(), 1, Integer::sum);
      if (m.type() != null) {
        votes.merge(m.type(), 1, Integer::sum);
      }
      sources.add(m.article());
      count++;
    }

    boolean allCaps() {
      return surfaces.keySet().stream().allMatch(s -> s.equals(s.toUpperCase(java.util.Locale.ROOT)));
    }

    String strongType() {
      return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
  }
}
