package org.storyfold.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.CharArraySet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.storyfold.extract.Boilerplate;
import org.storyfold.story.Article;
import org.storyfold.text.StopWords;

/**
 * The batch cleaning of flat text (issue 10: the largest cost of {@code eval clusters --no-model} in a
 * flight recording), one thread, on the 982 documents of ECB+ read into memory at setup. One operation
 * is one pass over the batch, so JMH's scores are passes per second; the main prints articles per
 * second.
 * <ul>
 *   <li>{@code clean} against {@code cleanBefore}: {@link Boilerplate#clean} as it is, and as it was in
 *   the build given by {@code -p before=JAR} (a copy of {@code cli/target/storyfold.jar}, or any jar or
 *   class folder with the engine's classes, built before the change), loaded in a class loader of its
 *   own so both run in one fork on the same articles. Without {@code before} only {@code clean} runs.</li>
 *   <li>{@code bestFor} against {@code bestForBefore}: the choice of a page's stop list over the same
 *   pages' words, by one lookup a word in a map of language masks, against the loop it replaced (one
 *   pass per language, kept verbatim below).</li>
 * </ul>
 *
 * <p>Run from the repository root (the main prints the ratios after JMH's table):
 * <pre>
 * cp cli/target/storyfold.jar /tmp/storyfold-before.jar   # on the commit to compare with
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.CleaningBenchmark -p before=/tmp/storyfold-before.jar
 * python3 bench/scripts/crawl_corpus.py ../shared/eval/ecbplus/docs.jsonl /tmp/crawl-5k.jsonl --articles 5000
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.CleaningBenchmark -p before=/tmp/storyfold-before.jar \
 *     -p pages=/tmp/crawl-5k.jsonl                          # pages of 2,000 sites sharing wire sign-offs
 * </pre>
 * Measured 2026-11-26 on the shared 2-core machine (load average 6 to 8), before = commit df65c7f:
 * {@code clean} 4,522 against 397 to 425 articles/s (10.65x), {@code bestFor} 22.75x. With
 * {@code -p pages=} a crawl-like 5,000 (seed 7), before = commit 01cc604 (site cleaning counted a
 * repeated line's pages again for each site), quiet machine: {@code clean} 7,369 against 3,347
 * articles/s (2.20x).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class CleaningBenchmark {
  @Param("../shared/eval/ecbplus")
  public String ecbPlus;

  /**
   * A JSON-lines file of pages to clean instead of ECB+ (with {@code source} when given: site cleaning
   * then counts pages by site), e.g. a crawl-like batch of {@code bench/scripts/crawl_corpus.py}; "" for ECB+.
   */
  @Param("")
  public String pages;

  /** A jar or class folder of an earlier build, whose {@code Boilerplate} is {@code cleanBefore}; "" for none. */
  @Param("")
  public String before;

  private List<Article> batch;
  private List<List<String>> pageWords;
  private Object oldCleaner;
  private Method oldClean;
  private List<Object> oldBatch;

  @Setup
  public void setup() throws ReflectiveOperationException {
    batch = pages.isEmpty() ? ecbPlus(Path.of(ecbPlus)) : Corpora.jsonLines(Path.of(pages));
    pageWords = new ArrayList<>();
    for (Article a : batch) {
      pageWords.add(List.of(a.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")));
    }
    if (!before.isEmpty()) {
      ClassLoader loader = new OwnEngine(Path.of(before), CleaningBenchmark.class.getClassLoader());
      Class<?> article = loader.loadClass("org.storyfold.story.Article");
      Constructor<?> make = article.getConstructor(String.class, String.class, String.class, String.class,
          String.class, OffsetDateTime.class, String.class);
      oldBatch = new ArrayList<>();
      for (Article a : batch) {
        oldBatch.add(make.newInstance(a.id(), a.url(), a.source(), a.title(), a.text(), a.published(),
            a.language()));
      }
      Class<?> cleaner = loader.loadClass("org.storyfold.extract.Boilerplate");
      oldCleaner = cleaner.getConstructor().newInstance();
      oldClean = cleaner.getMethod("clean", List.class);
    }
  }

  @Benchmark
  public Object clean() {
    return new Boilerplate().clean(batch);
  }

  @Benchmark
  public Object cleanBefore() throws ReflectiveOperationException {
    if (oldClean == null) {
      return null; // no -p before: nothing to compare with
    }
    return oldClean.invoke(oldCleaner, oldBatch);
  }

  @Benchmark
  public void bestFor(Blackhole out) {
    for (List<String> words : pageWords) {
      out.consume(StopWords.bestFor(words));
    }
  }

  @Benchmark
  public void bestForBefore(Blackhole out) {
    for (List<String> words : pageWords) {
      out.consume(bestForOneListAtATime(words));
    }
  }

  /** {@code StopWords.bestFor} before the word masks, verbatim: every token against each list in turn. */
  static CharArraySet bestForOneListAtATime(List<String> tokens) {
    CharArraySet best = null;
    int bestHits = 0;
    for (String language : StopWords.languages()) {
      CharArraySet set = StopWords.functionWords(language);
      int hits = 0;
      for (String t : tokens) {
        if (set.contains(t)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        bestHits = hits;
        best = set;
      }
    }
    return tokens.isEmpty() || bestHits < 0.08 * tokens.size() ? null : best;
  }

  /** The ECB+ documents ({@code docs.jsonl}) as the CLI's JSON reader gives them: no title, no source. */
  static List<Article> ecbPlus(Path dir) {
    return Corpora.jsonLines(dir.resolve("docs.jsonl"));
  }

  /**
   * Loads the engine's classes ({@code org.storyfold}) from an earlier build, child first, and all else
   * (Lucene, ICU, the JDK) from the benchmark's own class path.
   */
  private static final class OwnEngine extends URLClassLoader {
    OwnEngine(Path classes, ClassLoader parent) {
      super(new URL[] {url(classes)}, parent);
    }

    private static URL url(Path classes) {
      try {
        return classes.toUri().toURL();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.storyfold.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }

  public static void main(String[] args) throws Exception {
    PeerRun run = PeerRun.of(CleaningBenchmark.class, args);
    String pages = PeerRun.param(args, "pages", "");
    int n = (pages.isEmpty() ? ecbPlus(Path.of(PeerRun.param(args, "ecbPlus", "../shared/eval/ecbplus")))
        : Corpora.jsonLines(Path.of(pages))).size();
    System.out.printf(Locale.ROOT, "%n%d articles: clean %.0f articles/s%n", n, run.score("clean", "") * n);
    if (!PeerRun.param(args, "before", "").isEmpty()) {
      System.out.printf(Locale.ROOT, "cleanBefore %.0f articles/s%n", run.score("cleanBefore", "") * n);
      run.ratio("clean", "cleanBefore", "", "Boilerplate.clean, " + (pages.isEmpty() ? "ECB+ batch" : pages) + ", one thread");
    }
    run.ratio("bestFor", "bestForBefore", "", "StopWords.bestFor, ECB+ pages");
  }
}
