package org.storyfold.facts;

import org.storyfold.text.TextAnalyzer;

/** One analyzer for the package's tests, as the engine owns one (loading it takes a second). */
final class Fixtures {
  static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private Fixtures() {}
}
