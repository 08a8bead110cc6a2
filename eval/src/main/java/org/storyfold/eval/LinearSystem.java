package org.storyfold.eval;

/**
 * Small dense linear systems for the fitting runs (normal equations, Newton steps of a logistic model):
 * a few unknowns, so Gaussian elimination with partial pivoting is all it takes, and no linear-algebra
 * library is worth its weight here.
 */
final class LinearSystem {
  private LinearSystem() {}

  /** Solves {@code a x = b} without changing {@code a} or {@code b}. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    return solveAugmented(m);
  }

  /** Solves the augmented system {@code [A | b]} (n rows of n + 1), in place; a zero pivot gives 0. */
  static double[] solveAugmented(double[][] m) {
    int n = m.length;
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
          piv = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[piv];
      m[piv] = tmp;
      for (int r = 0; r < n; r++) {
        if (r != c && m[c][c] != 0) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }
}
