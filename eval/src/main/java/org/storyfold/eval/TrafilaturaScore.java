package org.storyfold.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores extracted main text the way trafilatura's own evaluation does ({@code tests/eval_common.py}
 * of github.com/adbar/trafilatura): each page comes with snippets its main text must contain ("with")
 * and snippets it must not ("without"). Text and snippets are whitespace-normalised (every run of
 * Unicode white space becomes one space, ends trimmed) and tested as plain substrings. A "with" snippet
 * found is a true positive, missed a false negative; a "without" snippet found is a false positive,
 * absent a true negative. Precision, recall and F1 are taken over all snippets of all pages together.
 */
public final class TrafilaturaScore {
  private long tp;
  private long fp;
  private long fn;
  private long tn;
  private int pages;

  /** What one page's text did with its snippets. */
  public record Page(List<String> found, List<String> missed, List<String> kept) {
    public Page {
      found = List.copyOf(found);
      missed = List.copyOf(missed);
      kept = List.copyOf(kept);
    }
  }

  /** Scores one page's predicted text (null or empty: nothing extracted) and adds it to the totals. */
  public Page add(List<String> with, List<String> without, String predicted) {
    Objects.requireNonNull(with, "with");
    Objects.requireNonNull(without, "without");
    String text = normalize(predicted == null ? "" : predicted);
    List<String> found = new java.util.ArrayList<>();
    List<String> missed = new java.util.ArrayList<>();
    List<String> kept = new java.util.ArrayList<>();
    for (String w : with) {
      (text.contains(normalize(w)) ? found : missed).add(w);
    }
    for (String w : without) {
      if (text.contains(normalize(w))) {
        kept.add(w);
      }
    }
    tp += found.size();
    fn += missed.size();
    fp += kept.size();
    tn += without.size() - kept.size();
    pages++;
    return new Page(found, missed, kept);
  }

  /**
   * Python's {@code re.sub(r"\s+", " ", text).strip()} on a str: every run of white space (including
   * no-break, ideographic and line-separator spaces) becomes one space.
   */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPythonSpace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The characters Python's {@code str.isspace()} accepts (its {@code \s} on str patterns). */
  private static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  public long truePositives() {
    return tp;
  }

  public long falsePositives() {
    return fp;
  }

  public long falseNegatives() {
    return fn;
  }

  public long trueNegatives() {
    return tn;
  }

  public int pages() {
    return pages;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  /** 2tp / (2tp + fp + fn), as trafilatura computes it. */
  public double f1() {
    long d = 2 * tp + fp + fn;
    return d == 0 ? 0 : 2.0 * tp / d;
  }

  /** Share of all snippets judged right (true positives and true negatives). */
  public double accuracy() {
    long all = tp + fp + fn + tn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f  (%d pages; "
        + "tp %d fp %d fn %d tn %d)", f1(), precision(), recall(), accuracy(), pages, tp, fp, fn, tn);
  }
}
