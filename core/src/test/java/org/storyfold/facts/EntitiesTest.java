package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {
  private static List<Entity> merge(String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      mentions.add(new Mention(names[i], null, "a" + i));
    }
    return Entities.merge(mentions);
  }

  private static Entity holding(List<Entity> entities, String variant) {
    return entities.stream().filter(e -> e.variants().contains(variant)).findFirst().orElseThrow();
  }

  @Test
  void merge_accentsAndShortForms_areOneEntity() {
    List<Entity> e = merge("Carla Núñez Ortega", "Carla Nunez Ortega", "Núñez Ortega", "Ortega");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).variants()).hasSize(4);
  }

  @Test
  void merge_givenNameTypoWithLongSharedSurname_isOneEntity() {
    List<Entity> e = merge("Andres Manuel Lopez Obrador", "Andreas Manuel López Obrador", "Lopez Obrador");
    assertThat(e).hasSize(1);
  }

  @Test
  void merge_hypocoristic_isOneEntity() {
    List<Entity> e = merge("Antony Blinken", "Tony Blinken", "Blinken", "Antony Blinken");
    assertThat(e).singleElement().satisfies(x -> assertThat(x.name()).isEqualTo("Antony Blinken"));
    assertThat(merge("William Okafor", "Bill Okafor")).hasSize(1);
  }

  @Test
  void merge_twoPeopleSharingSurname_stayApart() {
    List<Entity> e = merge("Joe Biden", "Hunter Biden");
    assertThat(e).hasSize(2);
    assertThat(merge("Donald Trump", "Melania Trump")).hasSize(2);
  }

  @Test
  void merge_bareSurnameOfTwoFullNames_staysAmbiguous() {
    List<Entity> e = merge("Joe Biden", "Hunter Biden", "Biden");
    assertThat(e).hasSize(3);
    assertThat(holding(e, "Biden").variants()).containsExactly("Biden");
  }

  @Test
  void merge_nearGivenNamesWithOneWordSurname_areDifferentPeople() {
    // Rule: a misspelt given name is forgiven only when at least two surname words match exactly;
    // "Maria Lopez" and "Mario Lopez", both written in full, are two people.
    assertThat(merge("Maria Lopez", "Mario Lopez")).hasSize(2);
  }

  @Test
  void merge_titlesAreStrippedByTheFinder() {
    List<Mention> m = new ArrayList<>(mentions("a1", "Mexican President Carla Núñez Ortega met Mr Núñez Ortega's aide."));
    m.addAll(mentions("a2", "Secretary of State Antony Blinken arrived in Mexico City."));
    assertThat(m).extracting(Mention::surface)
        .contains("Carla Núñez Ortega", "Núñez Ortega", "Antony Blinken", "Mexico City");
    assertThat(m).filteredOn(x -> x.surface().equals("Antony Blinken")).extracting(Mention::type).containsOnly("person");
    assertThat(m).filteredOn(x -> x.surface().equals("Mexico City")).extracting(Mention::type).containsOnly("place");
  }

  @Test
  void sameFullName_editDistanceRule_isDocumentedBehaviour() {
    assertThat(Entities.editDistance("andreas", "andres")).isEqualTo(1);
    assertThat(Entities.sameFullName("andreas manuel lopez obrador".split(" "), "andres manuel lopez obrador".split(" "))).isTrue();
    assertThat(Entities.sameFullName("maria lopez".split(" "), "mario lopez".split(" "))).isFalse();
  }

  private static List<Mention> mentions(String article, String sentence) {
    return org.storyfold.text.Names.find(sentence, java.util.Set.of()).stream()
        .map(n -> new Mention(n.spelling(), n.type(), article)).toList();
  }
}
