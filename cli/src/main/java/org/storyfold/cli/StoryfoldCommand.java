package org.storyfold.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each job is a subcommand. */
@Command(name = "storyfold", mixinStandardHelpOptions = true, version = "storyfold 0.1.0",
    description = "Folds the news into stories.")
public final class StoryfoldCommand implements Runnable {
  static int run(String... args) {
    return new CommandLine(new StoryfoldCommand()).execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
