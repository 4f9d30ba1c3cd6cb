package org.techsov.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorCategoryTest {
  @Test
  void categoriesMapToTheDocumentedExitCodesAndStatuses() {
    assertThat(ErrorCategory.USER_INPUT.exitCode()).isEqualTo(2);
    assertThat(ErrorCategory.DATA.exitCode()).isEqualTo(3);
    assertThat(ErrorCategory.NOT_FOUND.exitCode()).isEqualTo(4);
    assertThat(ErrorCategory.EXTERNAL.exitCode()).isEqualTo(5);
    assertThat(ErrorCategory.INTERNAL.exitCode()).isEqualTo(1);
    assertThat(ErrorCategory.USER_INPUT.httpStatus()).isEqualTo(400);
    assertThat(ErrorCategory.DATA.httpStatus()).isEqualTo(422);
    assertThat(ErrorCategory.NOT_FOUND.httpStatus()).isEqualTo(404);
    assertThat(ErrorCategory.EXTERNAL.httpStatus()).isEqualTo(503);
    assertThat(ErrorCategory.INTERNAL.httpStatus()).isEqualTo(500);
    assertThat(ErrorCategory.UNAUTHENTICATED.httpStatus()).isEqualTo(401);
    assertThat(ErrorCategory.FORBIDDEN.httpStatus()).isEqualTo(403);
    assertThat(ErrorCategory.TOO_LARGE.httpStatus()).isEqualTo(413);
    assertThat(ErrorCategory.CONFLICT.httpStatus()).isEqualTo(409);
  }

  @Test
  void everyCodeHasACategoryAndExceptionsCarryIt() {
    for (ErrorCode c : ErrorCode.values()) {
      assertThat(c.category()).isNotNull();
    }
    TechsovException e = new TechsovException(ErrorCode.STORE_LOCKED, "busy");
    assertThat(e.category()).isEqualTo(ErrorCategory.EXTERNAL);
    assertThat(TechsovException.invalidArgument("x").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
  }
}
