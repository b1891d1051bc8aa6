package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.gateway.security.VerifiedCredentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The password check of a stateless Basic client is remembered, through the real filter chain:
 * the same credentials keep working, a wrong password stays a 401, and the user's organ still
 * comes from the live catalogue on every request.
 */
class VerifiedCredentialsTest extends GatewayTestSupport {

  @Autowired
  VerifiedCredentials verified;

  @Test
  void the_same_credentials_work_repeatedly_and_are_checked_against_the_hash_once() {
    for (int i = 0; i < 3; i++) {
      assertThat(getAs("team", "/api/v1/organs/SESA").status()).isEqualTo(200);
      assertThat(getAs("notifier-sesa", "/api/v1/organs/SESA").status()).isEqualTo(200);
    }

    // every standalone user shares one stored hash, so one pair covers them all
    assertThat(verified.size()).isEqualTo(1);
  }

  @Test
  void a_wrong_password_stays_a_401_after_the_right_one_was_accepted() {
    assertThat(getAs("team", "/api/v1/organs/SESA").status()).isEqualTo(200);
    int remembered = verified.size();

    for (int i = 0; i < 2; i++) {
      send(request(null, "/api/v1/organs/SESA").header("Authorization", basic("team", PASSWORD + "x")))
          .assertProblem(401, "UNAUTHENTICATED");
      send(request(null, "/api/v1/organs/SESA").header("Authorization", basic("ninguem", PASSWORD)))
          .assertProblem(401, "UNAUTHENTICATED");
    }

    assertThat(verified.size()).isEqualTo(remembered);
  }

  @Test
  void the_notifier_of_an_organ_not_in_the_catalogue_is_refused_with_the_right_password() {
    assertThat(getAs("notifier-sesa", "/api/v1/organs/SESA").status()).isEqualTo(200);

    send(request(null, "/api/v1/organs/SESA").header("Authorization", basic("notifier-nao-existe", PASSWORD)))
        .assertProblem(401, "UNAUTHENTICATED");
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
