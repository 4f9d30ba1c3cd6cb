package org.techsov.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
  @Test
  void inlineScriptsAreAllowedByTheirHashOnly() {
    String html = "<p><script src=\"/a.js\"> </script><script>go();</script><script>x</script>";
    // echo -n 'go();' | openssl dgst -sha256 -binary | base64
    assertThat(SecurityHeaders.hashesOfInlineScripts(html))
        .isEqualTo(
            " 'sha256-bYOqbsii8BMz1hC57p5sZG4K4cMuk6QQDiwupM2aRMM='"
                + " 'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='");
    assertThat(SecurityHeaders.hashesOfInlineScripts(null)).isEmpty();
  }

  @Test
  void thePolicyAllowsNoInlineScriptAndNoFraming() {
    String p = String.format(SecurityHeaders.POLICY, "");
    assertThat(p).contains("script-src 'self';").contains("frame-ancestors 'none'");
    assertThat(p).contains("object-src 'none'").contains("connect-src 'self'");
  }
}
