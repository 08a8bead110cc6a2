package org.storyfold;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find data they did not write: the public sets and seeds in {@code ../shared}, and
 * the project's {@code examples/}. One resolver for every test, from Maven (system properties) or from
 * an IDE run in a module folder (walks up to the checkout).
 *
 * <p>Missing data skips a test on a developer's machine, but fails it when
 * {@code -Dstoryfold.requireData=true} (or the environment variable {@code CI}) is set, so a quality
 * gate cannot go green by skipping in CI.
 */
public final class TestData {
  private TestData() {}

  /** The {@code shared} folder beside the checkout (it may not exist). */
  public static Path shared() {
    String prop = System.getProperty("storyfold.shared");
    return prop != null ? Path.of(prop) : checkout().resolve("../shared").normalize();
  }

  /** The project's own {@code examples/} folder. */
  public static Path examples() {
    String prop = System.getProperty("storyfold.examples");
    return prop != null ? Path.of(prop) : checkout().resolve("examples");
  }

  /** A path under {@code shared}, which the test needs: missing skips it, or fails it in CI. */
  public static Path sharedPath(String first, String... more) {
    return require(shared().resolve(Path.of(first, more)));
  }

  /** The seeds: five real pages of one event. */
  public static Path seeds() {
    return sharedPath("seeds");
  }

  /** A public evaluation set under {@code shared/eval}. */
  public static Path eval(String first, String... more) {
    return require(shared().resolve("eval").resolve(Path.of(first, more)));
  }

  /** The given path, after checking it exists: missing skips the test, or fails it in CI. */
  public static Path require(Path path) {
    if (!Files.exists(path)) {
      String why = "test data absent: " + path.toAbsolutePath().normalize();
      if (required()) {
        fail(why + " (storyfold.requireData is set: a missing data set is a failure, not a skip)");
      }
      Assumptions.abort(why);
    }
    return path;
  }

  static boolean required() {
    return Boolean.getBoolean("storyfold.requireData")
        || (System.getenv("CI") != null && !System.getenv("CI").isBlank() && !"false".equals(System.getenv("CI")));
  }

  /** The checkout's root: the nearest folder upwards holding {@code examples/} and a {@code pom.xml}. */
  private static Path checkout() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    return dir;
  }
}
