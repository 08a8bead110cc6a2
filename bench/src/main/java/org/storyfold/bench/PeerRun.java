package org.storyfold.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs one benchmark class through JMH and prints, after JMH's table, each candidate's score beside its
 * peer's and their ratio. JMH's own command-line options ({@code -wi}, {@code -i}, {@code -f},
 * {@code -p name=value}, ...) override the class's defaults.
 */
final class PeerRun {
  private final Collection<RunResult> results;

  private PeerRun(Collection<RunResult> results) {
    this.results = results;
  }

  /** Runs every benchmark method of {@code benchmark}, in forks, with {@code args} as JMH options. */
  static PeerRun of(Class<?> benchmark, String[] args) throws RunnerException, CommandLineOptionException {
    OptionsBuilder options = new OptionsBuilder();
    options.parent(new CommandLineOptions(args));
    options.include("^" + Pattern.quote(benchmark.getName() + ".") + ".*");
    return new PeerRun(new Runner(options.build()).run());
  }

  /** The score of one benchmark method; with parameters "name=value", of the run with that value. */
  double score(String method, String params) {
    return find(method, params).getScore();
  }

  /** Prints "candidate / peer = 4.2x" with both scores; higher is better for throughput modes. */
  double ratio(String candidate, String peer, String params, String label) {
    Result<?> c = find(candidate, params);
    Result<?> p = find(peer, params);
    double ratio = c.getScore() / p.getScore();
    System.out.printf(Locale.ROOT, "%s%s: %s / %s = %.2fx   (%.4g ± %.2g vs %.4g ± %.2g %s)%n", label,
        params.isEmpty() ? "" : " [" + params + "]", candidate, peer, ratio, c.getScore(), c.getScoreError(),
        p.getScore(), p.getScoreError(), c.getScoreUnit());
    return ratio;
  }

  private Result<?> find(String method, String params) {
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (name.substring(name.lastIndexOf('.') + 1).equals(method) && matches(r, params)) {
        return r.getPrimaryResult();
      }
    }
    throw new IllegalStateException("no result for " + method + " " + params);
  }

  /** The value a {@code -p name=value} option in {@code args} gives, or {@code otherwise}. */
  static String param(String[] args, String name, String otherwise) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("-p") && args[i + 1].startsWith(name + "=")) {
        return args[i + 1].substring(name.length() + 1);
      }
    }
    return otherwise;
  }

  /** {@code params} is "" or "name=value": a run matches when that parameter has that value. */
  private static boolean matches(RunResult r, String params) {
    if (params.isEmpty()) {
      return true;
    }
    String[] kv = params.split("=", 2);
    return kv[1].equals(r.getParams().getParam(kv[0]));
  }
}
