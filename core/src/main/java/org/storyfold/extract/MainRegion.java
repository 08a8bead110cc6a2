package org.storyfold.extract;

/**
 * The page's main text as one contiguous block: the run of lines with the largest sum of good
 * characters minus bad ones (the maximum-sum subarray). Articles are written in one piece; prose found
 * far from it, across long stretches of boilerplate, is a teaser, a comment or another story's lead.
 * This is the step jusText lacks and trafilatura-style extractors take from the DOM; on flattened text
 * the stretch of boilerplate between blocks is what shows they are apart.
 */
final class MainRegion {
  /** Each bad line costs at least this many characters, so that long runs of tiny menu entries add up. */
  private static final int MIN_BAD_COST = 25;

  private MainRegion() {}

  /** Inclusive bounds {@code [from, to]} of the main block, or {@code null} when no line is good. */
  static int[] best(LineClasses.Verdict[] verdicts, LineCues[] cues) {
    long bestSum = 0;
    int[] best = null;
    long sum = 0;
    int start = 0;
    for (int i = 0; i < verdicts.length; i++) {
      int len = cues[i].length();
      long gain = verdicts[i].kind() == LineClasses.Kind.GOOD ? len : -Math.max(MIN_BAD_COST, len);
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += gain;
      if (sum > bestSum) {
        bestSum = sum;
        best = new int[] {start, i};
      }
    }
    return best;
  }
}
