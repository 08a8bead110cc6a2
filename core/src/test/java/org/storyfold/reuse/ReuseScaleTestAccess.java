package org.storyfold.reuse;

import java.io.IOException;
import java.util.List;
import org.storyfold.story.Article;

/** {@link ReuseScaleTest}'s seeded near-copies, for tests of other packages. */
public final class ReuseScaleTestAccess {
  private ReuseScaleTestAccess() {}

  public static List<Article> nearCopies(int count, long seed) throws IOException {
    return ReuseScaleTest.nearCopies(count, seed);
  }
}
