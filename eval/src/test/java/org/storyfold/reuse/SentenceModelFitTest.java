package org.storyfold.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.eval.ParaphraseBenchmark;
import org.storyfold.text.Embedder;

/** The shipped sentence model is what fitting on the MSRP train split alone gives (train only: test is never read). */
class SentenceModelFitTest {
  @Test
  void fitWeights_msrpTrain_findsShippedModel() {
    Path train = TestData.eval("msrp", "msr_paraphrase_train.txt");
    double[] w = ParaphraseBenchmark.fitWeights(train, Embedder.bundled());
    System.out.println("refit on MSRP train: " + java.util.Arrays.toString(w));
    double[] shipped = {SentenceModel.INTERCEPT, SentenceModel.COSINE, SentenceModel.LEXICAL,
        SentenceModel.NUMBER_SWAP, SentenceModel.NAME_SWAP};
    for (int i = 0; i < shipped.length; i++) {
      // measured: equal to 1e-4; ONNX threads may move a vector in its last digits
      assertThat(w[i]).as("coefficient %d", i).isCloseTo(shipped[i], within(0.005));
    }
    assertThat(w[shipped.length]).isCloseTo(SentenceModel.THRESHOLD, within(0.011));
  }
}
