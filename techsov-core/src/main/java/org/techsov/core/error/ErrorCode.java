package org.techsov.core.error;

/** Every failure techsov reports on purpose, each with its category. */
public enum ErrorCode {
  INVALID_ARGUMENT(ErrorCategory.USER_INPUT),
  UNKNOWN_COUNTRY(ErrorCategory.USER_INPUT),
  UNKNOWN_PRODUCT(ErrorCategory.USER_INPUT),
  UNKNOWN_AREA(ErrorCategory.USER_INPUT),
  UNKNOWN_BLOC(ErrorCategory.USER_INPUT),
  INVALID_CONFIGURATION(ErrorCategory.USER_INPUT),
  ALREADY_IMPORTED(ErrorCategory.USER_INPUT),
  NOT_A_BACI_FILE(ErrorCategory.DATA),
  EMPTY_FILE(ErrorCategory.DATA),
  MALFORMED_FILE(ErrorCategory.DATA),
  TOO_MANY_REJECTS(ErrorCategory.DATA),
  OVERLAPPING_IMPORT(ErrorCategory.DATA),
  STORE_SCHEMA_TOO_NEW(ErrorCategory.DATA),
  STORE_CORRUPT(ErrorCategory.DATA),
  FILE_NOT_FOUND(ErrorCategory.NOT_FOUND),
  NO_DATA(ErrorCategory.NOT_FOUND),
  STORE_LOCKED(ErrorCategory.EXTERNAL),
  STORE_UNAVAILABLE(ErrorCategory.EXTERNAL),
  IO_FAILURE(ErrorCategory.EXTERNAL),
  INTERRUPTED(ErrorCategory.EXTERNAL),
  INTERNAL_ERROR(ErrorCategory.INTERNAL),
  MISSING_TOKEN(ErrorCategory.UNAUTHENTICATED),
  INVALID_TOKEN(ErrorCategory.UNAUTHENTICATED),
  ROLE_REQUIRED(ErrorCategory.FORBIDDEN),
  UPLOAD_TOO_LARGE(ErrorCategory.TOO_LARGE),
  PATH_NOT_ALLOWED(ErrorCategory.USER_INPUT),
  UNKNOWN_JOB(ErrorCategory.NOT_FOUND),
  UNKNOWN_TOKEN(ErrorCategory.NOT_FOUND),
  JOB_FINISHED(ErrorCategory.CONFLICT);

  private final ErrorCategory category;

  ErrorCode(ErrorCategory category) {
    this.category = category;
  }

  public ErrorCategory category() {
    return category;
  }
}
