package org.storyfold.cli;

import java.io.PrintStream;

/** A one-line progress note on standard error, only when it is a terminal. */
final class Progress {
  private final PrintStream err;
  private final boolean terminal = System.console() != null;
  private int width;

  Progress(PrintStream err) {
    this.err = err;
  }

  void say(String stage) {
    if (terminal) {
      String line = "storyfold: " + stage + "...";
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      width = line.length();
      err.flush();
    }
  }

  void done() {
    if (terminal && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
  }
}
