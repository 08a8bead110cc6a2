package org.storyfold.text;

import java.util.List;
import java.util.Objects;
import org.storyfold.story.Article;

/**
 * What the text analysis found in one article.
 *
 * @param article  the article, its language set
 * @param terms    content terms of title and body in order (stop words dropped, folded, stemmed)
 * @param titleTerms the content terms of the title alone
 * @param names    proper-noun phrases, folded ("lopez obrador"), in order of appearance, repeats kept
 * @param numbers  numbers as written, normalized ("10000", "2.5"), repeats kept
 * @param places   the names (folded, each once) that some mention marks as a place ("in Port Calder",
 *                 "Harbour Street", a dateline): what tells two same-kind incidents apart best
 */
public record Analysis(Article article, List<String> terms, List<String> titleTerms, List<String> names,
                       List<String> numbers, List<String> places) {
  public Analysis {
    Objects.requireNonNull(article, "article");
    terms = List.copyOf(terms);
    titleTerms = List.copyOf(titleTerms);
    names = List.copyOf(names);
    numbers = List.copyOf(numbers);
    places = List.copyOf(places);
  }

  /** An analysis that marks no name as a place. */
  public Analysis(Article article, List<String> terms, List<String> titleTerms, List<String> names,
                  List<String> numbers) {
    this(article, terms, titleTerms, names, numbers, List.of());
  }
}
