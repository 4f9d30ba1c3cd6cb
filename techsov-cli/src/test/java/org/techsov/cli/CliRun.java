package org.techsov.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    return with(Map.of(), args);
  }

  static CliRun with(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TechsovCli.run(new PrintWriter(out, true), new PrintWriter(err, true), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
