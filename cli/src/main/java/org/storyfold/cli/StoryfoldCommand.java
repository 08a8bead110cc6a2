package org.storyfold.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each job is a subcommand. */
@Command(name = "storyfold", mixinStandardHelpOptions = true, version = "storyfold 0.1.0",
    description = {"Folds the news into stories: which articles report the same event, who copied whom, "
        + "and what they agree and disagree on.", ""},
    subcommands = {ClusterCommand.class, ExtractCommand.class, PairsCommand.class, EvalCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:everything was read and processed",
        "1:some inputs were rejected (each is named on standard error and under \"rejected\"); "
            + "the rest was processed and printed",
        "2:the command line was wrong (unknown option, missing argument)",
        "3:an internal error stopped the run"})
public final class StoryfoldCommand implements Runnable {
  /** Some inputs were rejected; the rest was processed. */
  static final int REJECTED = 1;
  /** Usage error. */
  static final int USAGE = 2;
  /** Internal error. */
  static final int INTERNAL = 3;

  static int run(String... args) {
    CommandLine cli = new CommandLine(new StoryfoldCommand());
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("storyfold: internal error: " + e);
      return INTERNAL;
    });
    // A usage error is one line (what was wrong, and where help is), not the whole manual.
    cli.setParameterExceptionHandler((e, args1) -> {
      CommandLine sub = e.getCommandLine();
      sub.getErr().println("storyfold: " + e.getMessage() + " (see '" + sub.getCommandSpec().qualifiedName()
          + " --help')");
      return USAGE;
    });
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n");
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
