package br.gov.es.prodest.npi007.delivery.mail;

import static br.gov.es.prodest.npi007.delivery.mail.Mails.FROM;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.HTML;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.SUBJECT;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.TEXT;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.TO;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.bytesOf;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.delivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.Ports;
import br.gov.es.prodest.npi007.delivery.SaturatedListener;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** E-mail over SMTP, GreenMail being the relay. */
class SmtpAdapterTest {

  @RegisterExtension
  static GreenMailExtension relay = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static SmtpAdapter adapter(int port) {
    return new SmtpAdapter(new SmtpSettings("127.0.0.1", port, null, null, FROM, false, Duration.ofSeconds(5)));
  }

  private static SmtpAdapter adapter() {
    return adapter(relay.getSmtp().getPort());
  }

  @Test
  void sendsTextAndHtmlAsAlternativesWithTheDeliverysMessageId() throws Exception {
    DeliveryResult result = adapter().deliver(delivery("7d9f1c4e-0001", HTML));

    assertThat(result).isEqualTo(new DeliveryResult.Accepted("<7d9f1c4e-0001@npi007.prodest.es.gov.br>"));
    MimeMessage received = relay.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo(SUBJECT);
    assertThat(received.getFrom()).containsExactly(new InternetAddress(FROM));
    assertThat(received.getAllRecipients()).containsExactly(new InternetAddress(TO));
    assertThat(received.getMessageID()).isEqualTo("<7d9f1c4e-0001@npi007.prodest.es.gov.br>");
    assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    MimeMultipart alternatives = (MimeMultipart) received.getContent();
    assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
    assertThat(alternatives.getCount()).isEqualTo(2);
    assertThat(alternatives.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat(alternatives.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
    assertThat(bytesOf(alternatives.getBodyPart(0))).isEqualTo(crlf(TEXT).getBytes(StandardCharsets.UTF_8));
    assertThat(bytesOf(alternatives.getBodyPart(1))).isEqualTo(crlf(HTML).getBytes(StandardCharsets.UTF_8));
    assertThat((String) alternatives.getBodyPart(0).getContent()).contains("<script>alert('x')</script>");
  }

  @Test
  void withoutHtmlTheMessageIsPlainText() throws Exception {
    // without the final line break: GreenMail takes the one ending the last line as part of SMTP's final dot
    String text = TEXT.strip();
    adapter().deliver(new Delivery("7d9f1c4e-0002", "n", 1, TO, SUBJECT, text, null));

    MimeMessage received = relay.getReceivedMessages()[0];
    assertThat(received.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat(bytesOf(received)).isEqualTo(crlf(text).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLineWithoutBreaksArrivesByteForByte() throws Exception {
    String line = "Situação: serviço restabelecido às 14:05 — ação concluída ✓";
    adapter().deliver(new Delivery("7d9f1c4e-0003", "n", 1, TO, "Aviso", line, null));

    assertThat(bytesOf(relay.getReceivedMessages()[0])).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyAttemptOfADeliveryCarriesTheSameMessageId() throws Exception {
    Delivery first = delivery("7d9f1c4e-0004", HTML);
    Delivery second = new Delivery(first.deliveryId(), first.notificationId(), 2, TO, SUBJECT, TEXT, HTML);

    adapter().deliver(first);
    adapter().deliver(second);

    MimeMessage[] received = relay.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
  }

  @Test
  void describesItself() {
    assertThat(adapter().provider()).isEqualTo("smtp");
    assertThat(adapter().channel()).isEqualTo(Channel.EMAIL);
  }

  @Test
  void anAddressThatIsNotOneIsRefusedForGood() {
    DeliveryResult result = adapter().deliver(new Delivery("d", "n", 1, "não é endereço", "s", "t", null));

    assertThat(result).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
      assertThat(refused.retryable()).isFalse();
      assertThat(refused.reason()).startsWith("endereço de e-mail inválido");
    });
    assertThat(relay.getReceivedMessages()).isEmpty();
  }

  @Test
  void nobodyListeningIsRefusedAndMayBeRepeated() {
    DeliveryResult result = adapter(Ports.closed()).deliver(delivery("d", null));

    assertThat(result).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
      assertThat(refused.retryable()).isTrue();
      assertThat(refused.reason()).startsWith("não foi possível conectar ao servidor SMTP 127.0.0.1:");
    });
  }

  @Test
  void aConnectionThatNeverCompletesIsRefusedAndMayBeRepeated() throws Exception {
    try (SaturatedListener listener = new SaturatedListener()) {
      assumeThat(listener.saturated()).as("the platform drops SYNs to a full accept queue").isTrue();
      SmtpAdapter adapter = new SmtpAdapter(
          new SmtpSettings("127.0.0.1", listener.port(), null, null, FROM, false, Duration.ofMillis(400)));

      assertThat(adapter.deliver(delivery("d", null))).isInstanceOfSatisfying(DeliveryResult.Refused.class,
          refused -> assertThat(refused.retryable()).isTrue());
    }
  }

  @Test
  void theSettingsNeverPrintThePassword() {
    assertThat(new SmtpSettings("h", 25, "ascom", "s3nh4-secreta", FROM, true, Duration.ofSeconds(1)).toString())
        .doesNotContain("s3nh4-secreta");
  }

  private static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }
}
