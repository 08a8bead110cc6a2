package org.storyfold.bench;

import java.nio.file.Path;
import org.storyfold.eval.ParaphraseBenchmark;

/**
 * MSRP paraphrase scores of the sentence comparison of {@code Reuse}: the lexical measure (uniform and
 * train IDF weights), the combined model as shipped (embedding cosine + lexical + fact swaps, weights
 * hard-coded in {@code org.storyfold.reuse.SentenceModel}), and the same model refitted on train only
 * (prints the coefficients and threshold to hard-code). Prints the embedding time per sentence. Each
 * file's sentences are embedded in one batch; the whole run took 9 minutes on two loaded cores.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.ParaphraseBench ../shared/eval/msrp
 * </pre>
 * Argument: the folder holding {@code msr_paraphrase_train.txt} and {@code msr_paraphrase_test.txt}.
 */
public final class ParaphraseBench {
  private ParaphraseBench() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/msrp");
    ParaphraseBenchmark.main(new String[] {
        dir.resolve("msr_paraphrase_train.txt").toString(), dir.resolve("msr_paraphrase_test.txt").toString()});
  }
}
