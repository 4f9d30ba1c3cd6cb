package org.techsov.core.error;

/**
 * The broad class of a failure, which decides how each edge reports it: the command line maps it to
 * an exit code, the HTTP API to a status code.
 */
public enum ErrorCategory {
  /** The user asked for something invalid: a bad flag, an unknown code, a malformed argument. */
  USER_INPUT(2, 400),
  /** Input data is malformed or inconsistent: a corrupt file, a store from a newer version. */
  DATA(3, 422),
  /** Something named does not exist: a file, a country, a stored dataset. */
  NOT_FOUND(4, 404),
  /** Something outside techsov failed or is busy: a locked store, a missing external program. */
  EXTERNAL(5, 503),
  /** A defect in techsov itself. */
  INTERNAL(1, 500),
  /** A request that needs a token came without a valid one. */
  UNAUTHENTICATED(2, 401),
  /** The token is valid but its role does not allow the request. */
  FORBIDDEN(2, 403),
  /** The input is larger than allowed, e.g. an upload over the server's limit. */
  TOO_LARGE(2, 413),
  /** The request conflicts with the current state, e.g. cancelling a finished job. */
  CONFLICT(2, 409);

  private final int exitCode;
  private final int httpStatus;

  ErrorCategory(int exitCode, int httpStatus) {
    this.exitCode = exitCode;
    this.httpStatus = httpStatus;
  }

  /** The process exit code the command line returns for this category. */
  public int exitCode() {
    return exitCode;
  }

  /** The HTTP status code the server answers with for this category. */
  public int httpStatus() {
    return httpStatus;
  }
}
