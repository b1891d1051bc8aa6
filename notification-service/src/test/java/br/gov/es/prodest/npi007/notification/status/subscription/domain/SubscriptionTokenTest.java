package br.gov.es.prodest.npi007.notification.status.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionToken.Purpose;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SubscriptionTokenTest {

  @Test
  void theTokenIsTheBase64UrlHmacOfPurposeSlashId() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("k".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(mac.doFinal("confirm/abc".getBytes(StandardCharsets.UTF_8)));
    assertThat(SubscriptionToken.of("k", Purpose.CONFIRM, "abc")).isEqualTo(expected).doesNotContain("+", "/", "=");
  }

  @Test
  void aTokenVerifiesOnlyForItsPurposeIdAndSecret() {
    String token = SubscriptionToken.of("k", Purpose.UNSUBSCRIBE, "abc");
    assertThat(SubscriptionToken.verify("k", Purpose.UNSUBSCRIBE, "abc", token)).isTrue();
    assertThat(SubscriptionToken.verify("k", Purpose.CONFIRM, "abc", token)).isFalse();
    assertThat(SubscriptionToken.verify("k", Purpose.UNSUBSCRIBE, "abd", token)).isFalse();
    assertThat(SubscriptionToken.verify("other", Purpose.UNSUBSCRIBE, "abc", token)).isFalse();
    assertThat(SubscriptionToken.verify("k", Purpose.UNSUBSCRIBE, "abc", null)).isFalse();
  }
}
