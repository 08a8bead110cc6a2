package org.storyfold.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.storyfold.story.Article;

/**
 * A large story made from one wire article the way a wire story runs on many sites: each copy drops
 * some sentences, swaps some words, moves a paragraph and adds sentences of its own. Seeded, so the
 * same seed gives the same story. The added sentences are invented here (Port Calder is fictional).
 */
final class SyntheticStory {
  /** Each sentence is dropped with this probability and lightly edited with the next one. */
  private static final double DROP = 0.15;
  private static final double EDIT = 0.35;
  /** Sentences of its own each copy adds. */
  private static final int OWN_SENTENCES = 3;
  private static final String[] OWN = {
      "Our correspondent saw a column of grey smoke over the harbour road from the ferry terminal.",
      "Readers living near the plant can send their questions to our newsroom.",
      "The weather service expects the wind to turn west overnight, carrying any smoke out to sea.",
      "Local shops on Quay Street stayed shut for most of the morning.",
      "The plant was the subject of a council debate on industrial safety last autumn.",
      "Ferry services to the islands ran normally, the port authority said."};
  private static final String[][] SWAPS = {
      {"fire", "blaze"}, {"workers", "employees"}, {"said", "stated"}, {"around", "about"},
      {"plant", "factory"}, {"residents", "locals"}, {"Monday", "Monday morning"}, {"told", "informed"}};

  private SyntheticStory() {}

  /** {@code copies} edited copies of {@code wire}, each of language {@code language}. */
  static List<Article> of(Article wire, int copies, long seed, String language) {
    Random random = new Random(seed);
    List<List<String>> paragraphs = Arrays.stream(wire.text().split("\n\n"))
        .map(p -> List.of(p.split("(?<=[.!?\"])\\s+(?=[A-Z\"])"))).toList();
    List<Article> out = new ArrayList<>(copies);
    for (int k = 0; k < copies; k++) {
      List<String> body = new ArrayList<>();
      for (List<String> paragraph : paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String sentence : paragraph) {
          double roll = random.nextDouble();
          if (roll >= DROP) {
            kept.add(roll < DROP + EDIT ? swapWords(sentence, random) : sentence);
          }
        }
        if (!kept.isEmpty()) {
          body.add(String.join(" ", kept));
        }
      }
      for (int i = 0; i < OWN_SENTENCES; i++) {
        body.add(random.nextInt(body.size() + 1), OWN[random.nextInt(OWN.length)]);
      }
      if (random.nextBoolean() && body.size() > 4) {
        body.add(body.remove(random.nextInt(4))); // a paragraph moved to the end
      }
      out.add(new Article("copy" + k, null, "site" + k + ".example", swapWords(wire.title(), random),
          String.join("\n\n", body), null, language));
    }
    return out;
  }

  private static String swapWords(String s, Random random) {
    for (String[] swap : SWAPS) {
      if (random.nextBoolean()) {
        s = s.replace(swap[0], swap[1]);
      }
    }
    return s;
  }
}
