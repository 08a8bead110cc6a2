package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The traps of local news (issue 16), one test each: numbers that are not quantities, and quantities
 * about different things, never dispute. Sentences are invented, in the style of the reports that
 * produced the false disputes.
 */
class FiguresAboutTest {
  private static List<Figure> find(String article, String sentence) {
    return Figures.find(Fixtures.ANALYZER, article, "en", sentence, 0);
  }

  private static Figure only(String article, String sentence) {
    List<Figure> figures = find(article, sentence);
    assertThat(figures).as(sentence).hasSize(1);
    return figures.get(0);
  }

  @Test
  void find_ageOfAnotherPerson_isNotCompared() {
    Figure suspect = only("a", "A 16-year-old boy was charged with assault on Friday.");
    Figure victim = only("b", "The 15-year-old boy was shot in the arm, police said.");
    assertThat(suspect.about().type()).isEqualTo(Figure.Type.AGE);
    assertThat(suspect.about().subject()).isEqualTo("boy/suspect");
    assertThat(victim.about().subject()).isEqualTo("boy/victim");
    assertThat(Figures.conflict(suspect, victim)).isFalse();
  }

  @Test
  void find_ageOfAnUnnamedPersonWithoutRole_isNeverDisputed() {
    Figure a = only("a", "Nobody knows how the 15-year-old boy obtained a gun.");
    Figure b = only("b", "Nobody knows how the 14-year-old boy obtained a gun.");
    assertThat(a.about().subject()).isNull();
    assertThat(Figures.conflict(a, b)).isFalse();
  }

  @Test
  void find_ageOfTheSamePersonNamed_isDisputed() {
    Figure a = only("a", "The suspect, Marcus Leland, 19, was booked into the county jail.");
    Figure b = only("b", "The suspect, 18 - year - old Marcus Leland, was booked into the county jail.");
    assertThat(a.about().subject()).isEqualTo("name:leland");
    assertThat(b.about().subject()).isEqualTo("name:leland");
    assertThat(Figures.conflict(a, b)).isTrue();
  }

  @Test
  void find_ageOfTheSameVictimGirl_isDisputed() {
    Figure a = only("a", "A 12-year-old girl was shot while sitting on her porch.");
    Figure b = only("b", "An 11-year-old girl was shot while sitting on a porch on Elm Street.");
    assertThat(Figures.conflict(a, b)).isTrue();
  }

  @Test
  void find_durationBesideAnAge_isADurationNotACount() {
    Figure veteran = only("a", "Sergeant Whitlock, a 19-year veteran of the force, spoke to reporters.");
    Figure age = only("b", "An 11-year-old boy was wounded, Sergeant Whitlock told reporters.");
    assertThat(veteran.about().type()).isEqualTo(Figure.Type.DURATION);
    assertThat(Figures.conflict(veteran, age)).isFalse();
    Figure hours = only("c", "The standoff lasted nearly three hours.");
    Figure hours2 = only("d", "The standoff lasted five hours.");
    assertThat(hours.about().type()).isEqualTo(Figure.Type.DURATION);
    assertThat(Figures.conflict(hours, hours2)).as("durations are not counts").isFalse();
  }

  @Test
  void find_streetOrdinal_isNoFigure() {
    assertThat(find("a", "Police found him at a house on Northwest 172nd Terrace.")).isEmpty();
    assertThat(find("b", "Police found him at a house on Northwest 177th Terrace.")).isEmpty();
  }

  @Test
  void find_address_isNoFigure() {
    assertThat(find("a", "Officers were called to 4410 Alder Street shortly after 9:30 p.m.")).isEmpty();
    assertThat(find("b", "Residents of the 4400 block of Alder Street heard the shots.")).isEmpty();
    assertThat(find("c", "He lived at 1830 Northwest 172nd Terrace with his mother.")).isEmpty();
  }

  @Test
  void find_phoneNumberScoreAndYearRange_areNoFigures() {
    assertThat(find("a", "Anyone with information is asked to call 555-0148 or (305) 471-2400.")).isEmpty();
    assertThat(find("b", "The team went 35-47 in the 1982-83 season.")).isEmpty();
    assertThat(find("c", "Cheeks, a four - time all - star, was fired.")).allMatch(f -> f.about().type() != Figure.Type.COUNT);
  }

  @Test
  void find_clockTimeWrittenWithSpaces_isNoFigure() {
    assertThat(find("a", "The story was updated on May 2, 2013, 1: 12 PM.")).isEmpty();
  }

  @Test
  void find_earlierIncidentRecalled_isNotComparedWithTodays() {
    Figure then = only("a", "In 2019, a fight in the parking lot ended with four people injured.");
    Figure now = only("b", "Two people were injured in the shooting on Tuesday night, police said.");
    assertThat(then.about().time()).isEqualTo("2019");
    assertThat(now.about().time()).isNull();
    assertThat(then.about().measure()).isEqualTo("injured");
    assertThat(Figures.conflict(then, now)).isFalse();
    Figure killing = only("c", "The 2014 killing of a 12-year-old boy in Cleveland drew protests.");
    assertThat(killing.about().time()).isEqualTo("2014");
  }

  @Test
  void find_retractedFigure_isNotCompared() {
    Figure retracted = only("a", "An earlier version of this story said two people were injured in the shooting.");
    Figure other = only("b", "Three people were injured in the shooting, police said.");
    assertThat(retracted.about().time()).isEqualTo("retracted");
    assertThat(Figures.conflict(retracted, other)).isFalse();
  }

  @Test
  void find_killedAndInjuredInOneSentence_countDifferentThings() {
    List<Figure> f = find("a", "The quake killed at least six people, injured almost 50 and destroyed 40 homes.");
    assertThat(f).extracting(x -> x.about().measure()).containsExactly("dead", "injured", null);
    List<Figure> g = find("b", "Two were killed and five injured when the roof fell in.");
    assertThat(g).extracting(x -> x.about().measure()).contains("injured");
  }

  @Test
  void conflict_countsOfTheSameEvent_disputeBeyondTheirWording() {
    Figure wire = only("a", "The fire forced the evacuation of 240 workers, the company said.");
    Figure about = only("b", "About 300 workers were evacuated from the plant on Monday, the company said.");
    assertThat(wire.about().measure()).isEqualTo("evacuated");
    assertThat(about.about().measure()).isEqualTo("evacuated");
    assertThat(Figures.conflict(wire, about)).isTrue();
    Figure nearly = only("c", "Nearly 1,500 homes were evacuated as the river rose, officials said.");
    Figure exact = only("d", "Officials said 1,450 homes were evacuated as the river rose.");
    assertThat(Figures.conflict(nearly, exact)).isFalse();
    Figure atLeast = only("e", "At least two people were killed in the crash on the bridge.");
    Figure three = only("f", "Three people were killed in the crash on the bridge.");
    assertThat(Figures.conflict(atLeast, three)).isFalse();
  }

  @Test
  void conflict_countsWithoutAnEvent_areNotCompared() {
    Figure a = only("a", "The team lost its eighth game in 10 games on Friday in Cleveland.");
    Figure b = only("b", "The team won 23 games last winter, then lost in Cleveland.");
    assertThat(Figures.conflict(a, b)).isFalse();
  }

  @Test
  void conflict_partsOfATotalInDifferentPlaces_areNotCompared() {
    Figure a = only("a", "Five people died in Aceh in the quake, officials said.");
    Figure b = only("b", "Ten people died in Central Aceh in the quake, officials said.");
    assertThat(Figures.conflict(a, b)).isFalse();
  }

  @Test
  void conflict_roundedAmountWithScaleWord_agreesWithinItsLastDigit() {
    Figure round = only("a", "HP agreed to the $13 billion acquisition of Electronic Data Systems on Tuesday.");
    Figure precise = only("b", "HP agreed to the $13.2 billion acquisition of Electronic Data Systems on Tuesday.");
    Figure far = only("c", "HP agreed to the $13.9 billion acquisition of Electronic Data Systems on Tuesday.");
    assertThat(Figures.agree(round, precise)).isTrue();
    assertThat(Figures.conflict(precise, far)).isTrue();
  }
}
