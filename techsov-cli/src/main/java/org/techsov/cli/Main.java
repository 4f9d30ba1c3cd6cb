package org.techsov.cli;

/** The techsov command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(TechsovCli.run(args));
  }
}
