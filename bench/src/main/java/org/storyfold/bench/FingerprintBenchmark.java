package org.storyfold.bench;

import info.debatty.java.lsh.MinHash;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.fingerprint.Fingerprinter;
import org.storyfold.text.Analysis;
import org.storyfold.text.TextAnalyzer;

/**
 * Fingerprints against java-lsh's MinHash, one thread, on the same analyzed articles: the 181 article
 * bodies of the AEB truth (real news prose from 50 to 8,000 words), analyzed once at setup by
 * {@link TextAnalyzer} so that both sides start from the same content terms.
 *
 * <ul>
 *   <li>{@code storyfold}: {@link Fingerprinter#of}, the whole fingerprint: a 64-hash MinHash signature
 *       over 4-term shingles, plus the term, name and number feature counts. The MinHash step alone is
 *       package-private in core, so it cannot be timed apart.
 *   <li>{@code javaLsh}: what a java-lsh user writes: the set of 4-term shingle hashes, then
 *       {@code MinHash.signature} with 64 hash functions (info.debatty:java-lsh 0.12).
 *   <li>{@code javaLshSignatureOnly}: the same signature on shingle sets built at setup: the peer's
 *       lower bound, shown so that the shingling cost is not mistaken for the peer's.
 * </ul>
 * One operation is one pass over the whole corpus (so that every article weighs the same on both
 * sides), so JMH's scores are passes per second; the main turns them into articles and shingles per
 * second. Both sides see the same shingles, so the ratio is the same in every unit. Goal (issue 9):
 * storyfold at least 10x javaLsh.
 *
 * <p>Run from the repository root (the main prints the ratios after JMH's table):
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.FingerprintBenchmark
 * </pre>
 * JMH options may follow, e.g. {@code -p aeb=/elsewhere/aeb} or {@code -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class FingerprintBenchmark {
  /** Signature length and shingle width of both sides: Storyfold's own. */
  private static final int HASHES = Fingerprinter.MINHASH_SIZE;
  private static final int SHINGLE = Fingerprinter.SHINGLE;
  /** java-lsh draws its hash coefficients below this; shingle hashes are non-negative ints. */
  private static final int DICTIONARY = Integer.MAX_VALUE;
  private static final long SEED = 42;

  @Param("../shared/eval/aeb")
  public String aeb;

  private final Fingerprinter fingerprinter = new Fingerprinter();
  private final MinHash minHash = new MinHash(HASHES, DICTIONARY, SEED);
  private List<Analysis> analyses;
  private List<Set<Integer>> shingleSets;

  @Setup
  public void setup() {
    analyses = analyze(Path.of(aeb));
    shingleSets = analyses.stream().map(a -> shingles(a.terms())).toList();
  }

  @Benchmark
  public void storyfold(Blackhole out) {
    for (Analysis a : analyses) {
      out.consume(fingerprinter.of(a));
    }
  }

  @Benchmark
  public void javaLsh(Blackhole out) {
    for (Analysis a : analyses) {
      out.consume(minHash.signature(shingles(a.terms())));
    }
  }

  @Benchmark
  public void javaLshSignatureOnly(Blackhole out) {
    for (Set<Integer> set : shingleSets) {
      out.consume(minHash.signature(set));
    }
  }

  /** The peer's shingle set: hashes of runs of {@link #SHINGLE} terms (the whole list when shorter). */
  static Set<Integer> shingles(List<String> terms) {
    Set<Integer> set = new HashSet<>();
    int count = Math.max(1, terms.size() - SHINGLE + 1);
    for (int i = 0; i < count && !terms.isEmpty(); i++) {
      set.add(String.join(" ", terms.subList(i, Math.min(terms.size(), i + SHINGLE))).hashCode() & Integer.MAX_VALUE);
    }
    return set;
  }

  static List<Analysis> analyze(Path aeb) {
    TextAnalyzer analyzer = new TextAnalyzer();
    return Corpora.aebBodies(aeb).stream().map(analyzer::analyze).toList();
  }

  public static void main(String[] args) throws Exception {
    PeerRun run = PeerRun.of(FingerprintBenchmark.class, args);
    List<Analysis> corpus = analyze(Path.of(PeerRun.param(args, "aeb", "../shared/eval/aeb")));
    double shingles = corpus.stream().mapToInt(a -> Math.max(1, a.terms().size() - SHINGLE + 1)).average().orElse(0);
    System.out.printf(Locale.ROOT, "%n%d articles, %.0f shingles per article on average%n", corpus.size(), shingles);
    for (String method : List.of("storyfold", "javaLsh", "javaLshSignatureOnly")) {
      double perSecond = run.score(method, "") * corpus.size();
      System.out.printf(Locale.ROOT, "%-22s %10.0f articles/s %12.0f shingles/s%n", method, perSecond, perSecond * shingles);
    }
    run.ratio("storyfold", "javaLsh", "", "fingerprints per thread (goal >= 10x)");
    run.ratio("storyfold", "javaLshSignatureOnly", "", "against the peer's signature step alone");
  }
}
