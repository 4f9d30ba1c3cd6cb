package org.techsov.cli.support;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techsov.core.error.ErrorCategory;
import org.techsov.core.error.TechsovException;
import picocli.CommandLine;

/**
 * Maps every failure to its exit code, once: user input 2, data 3, not found 4, external 5,
 * internal 1. Messages go to standard error; internal errors are logged with their stack trace and
 * answered with a generic message.
 */
public final class ErrorHandler
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  // looked up only when there is something to log: initialising logging costs a third of a second
  // of start-up that a command which succeeds should not pay
  private static Logger log() {
    return LoggerFactory.getLogger(ErrorHandler.class);
  }

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    TechsovException t = unwrap(e);
    if (t != null) {
      err.println("techsov: " + t.getMessage());
      if (t.category() == ErrorCategory.INTERNAL) {
        log().error("internal error", t);
      }
      err.flush();
      return t.category().exitCode();
    }
    if (e instanceof IllegalArgumentException) {
      err.println("techsov: " + e.getMessage());
      err.flush();
      return ErrorCategory.USER_INPUT.exitCode();
    }
    log().error("internal error", e);
    err.println(
        "techsov: internal error (" + e.getClass().getSimpleName() + "); details are in the log");
    err.flush();
    return ErrorCategory.INTERNAL.exitCode();
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("techsov: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    err.flush();
    return ErrorCategory.USER_INPUT.exitCode();
  }

  private static TechsovException unwrap(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof TechsovException t) {
        return t;
      }
    }
    return null;
  }
}
