package br.gov.es.prodest.npi007.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandalonePasswordTest {

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

  @Test
  void a_configured_password_is_used_and_never_printed() {
    assertThat(StandalonePassword.resolve("segredo", out)).isEqualTo("segredo");
    assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void without_one_a_random_password_is_generated_and_printed_once_in_portuguese() {
    String generated = StandalonePassword.resolve("", out);

    assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
    assertThat(console.toString(StandardCharsets.UTF_8))
        .isEqualTo("Senha dos usuários do modo standalone: " + generated + System.lineSeparator());
    assertThat(StandalonePassword.resolve(null, out)).isNotEqualTo(generated);
  }
}
