package org.techsov.core.error;

import java.util.Objects;

/**
 * The one exception type techsov throws on purpose. Its message is meant for the user: it names
 * what failed and where (file, line, field) and, where there is one, the fix. Each edge maps it
 * once, by {@link ErrorCode#category()}.
 */
public final class TechsovException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public TechsovException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public TechsovException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }

  public ErrorCategory category() {
    return code.category();
  }

  /** Shorthand for an invalid user argument. */
  public static TechsovException invalidArgument(String message) {
    return new TechsovException(ErrorCode.INVALID_ARGUMENT, message);
  }
}
