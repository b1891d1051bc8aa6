package br.gov.es.prodest.npi007.gateway.status.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.gateway.status.subscription.SubscriptionTokens.Purpose;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SubscriptionTokensTest {

  private static final String SECRET = "segredo";
  private static final String ID = "7b1f0c7e-2a34-4c55-9d3e-0f6a8b9c1d2e";

  private final SubscriptionTokens tokens = new SubscriptionTokens(SECRET);

  @Test
  void a_token_is_the_base64url_hmac_of_purpose_slash_id_as_the_contract_says() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(mac.doFinal(("confirm/" + ID).getBytes(StandardCharsets.UTF_8)));

    assertThat(tokens.token(Purpose.CONFIRM, ID)).isEqualTo(expected).doesNotContain("=", "+", "/");
    assertThat(tokens.verify(Purpose.CONFIRM, ID, expected)).isTrue();
    assertThat(tokens.verify(Purpose.CONFIRM, ID, expected + "=")).isTrue();
  }

  @Test
  void a_token_opens_only_its_purpose_its_subscription_and_its_secret() {
    String confirm = tokens.token(Purpose.CONFIRM, ID);

    assertThat(tokens.verify(Purpose.UNSUBSCRIBE, ID, confirm)).isFalse();
    assertThat(tokens.verify(Purpose.CONFIRM, "7b1f0c7e-2a34-4c55-9d3e-0f6a8b9c1d2f", confirm)).isFalse();
    assertThat(new SubscriptionTokens("outro").verify(Purpose.CONFIRM, ID, confirm)).isFalse();
    assertThat(tokens.verify(Purpose.UNSUBSCRIBE, ID, tokens.token(Purpose.UNSUBSCRIBE, ID))).isTrue();
  }

  @Test
  void malformed_or_missing_tokens_are_refused_and_an_empty_secret_is_not_accepted() {
    assertThat(tokens.verify(Purpose.CONFIRM, ID, null)).isFalse();
    assertThat(tokens.verify(Purpose.CONFIRM, ID, "")).isFalse();
    assertThat(tokens.verify(Purpose.CONFIRM, ID, "não é base64!")).isFalse();
    assertThat(tokens.verify(Purpose.CONFIRM, ID, tokens.token(Purpose.CONFIRM, ID).substring(1))).isFalse();
    assertThatThrownBy(() -> new SubscriptionTokens("")).isInstanceOf(IllegalArgumentException.class);
  }
}
