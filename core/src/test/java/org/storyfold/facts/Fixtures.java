package org.storyfold.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.storyfold.TestData;
import org.storyfold.extract.Boilerplate;
import org.storyfold.extract.Cleaning;
import org.storyfold.io.ArticleReader;
import org.storyfold.text.TextAnalyzer;

/** What the package's tests share: one analyzer, as the engine owns one (loading it takes a second). */
final class Fixtures {
  static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private Fixtures() {}

  /** One story of {@code examples/}, its files named {@code LETTER-*.txt}, read and cleaned as a batch. */
  static Cleaning exampleStory(String letter) throws IOException {
    Path dir = TestData.require(TestData.examples());
    List<String> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().matches(letter + "-0\\d-.*\\.txt")).sorted()
          .map(Path::toString).toList();
    }
    return new Boilerplate().clean(new ArticleReader().read(files, InputStream.nullInputStream()).articles());
  }
}
