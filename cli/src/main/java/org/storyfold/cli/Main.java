package org.storyfold.cli;

/** Entry point of the storyfold command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(StoryfoldCommand.run(args));
  }
}
