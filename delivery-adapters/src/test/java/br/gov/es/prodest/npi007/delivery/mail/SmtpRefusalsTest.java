package br.gov.es.prodest.npi007.delivery.mail;

import static br.gov.es.prodest.npi007.delivery.mail.Mails.FROM;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.HTML;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.delivery;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.mail.ScriptedSmtpServer.Script;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How an SMTP server's refusals and silences classify ("Never twice", CONTRACTS.md). */
class SmtpRefusalsTest {

  private static DeliveryResult deliverTo(ScriptedSmtpServer server, Duration timeout, String user, String password) {
    return new SmtpAdapter(new SmtpSettings("127.0.0.1", server.port(), user, password, FROM, false, timeout))
        .deliver(delivery("5e1d-0001", HTML));
  }

  private static DeliveryResult deliverUnder(Script script) throws IOException {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script)) {
      return deliverTo(server, Duration.ofSeconds(5), null, null);
    }
  }

  @Test
  void anAcceptedMessageIsAccepted() throws IOException {
    assertThat(deliverUnder(Script.ACCEPT))
        .isEqualTo(new DeliveryResult.Accepted("<5e1d-0001@npi007.prodest.es.gov.br>"));
  }

  @Test
  void anUnknownRecipientIsRefusedForGood() throws IOException {
    assertThat(deliverUnder(Script.RCPT_550)).isEqualTo(
        new DeliveryResult.Refused("servidor SMTP recusou (550 5.1.1 <ti@saude.es.gov.br>: Recipient address rejected: User unknown)", false, null));
  }

  @Test
  void aRejectedSenderIsRefusedForGood() throws IOException {
    assertThat(deliverUnder(Script.MAIL_553)).isEqualTo(
        new DeliveryResult.Refused("servidor SMTP recusou (553 5.1.8 Sender address rejected: not owned by user)", false, null));
  }

  @Test
  void aMessageRejectedAfterItsContentIsRefusedForGood() throws IOException {
    assertThat(deliverUnder(Script.END_OF_DATA_554)).isEqualTo(new DeliveryResult.Refused(
        "servidor SMTP recusou (554 5.7.1 Message rejected by policy)", false, null));
  }

  @Test
  void aTransientRefusalOfTheRecipientMayBeRepeated() throws IOException {
    assertThat(deliverUnder(Script.RCPT_452)).isEqualTo(new DeliveryResult.Refused(
        "servidor SMTP recusou temporariamente (452 4.2.2 Mailbox full)", true, null));
  }

  @Test
  void aTransientFailureAfterTheContentMayBeRepeated() throws IOException {
    assertThat(deliverUnder(Script.END_OF_DATA_451)).isEqualTo(new DeliveryResult.Refused(
        "servidor SMTP recusou temporariamente (451 4.3.0 Temporary local problem)", true, null));
  }

  @Test
  void aServerTooBusyToGreetMayBeTriedAgain() throws IOException {
    assertThat(deliverUnder(Script.GREETING_421)).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
      assertThat(refused.retryable()).isTrue();
      assertThat(refused.reason()).contains("421");
    });
  }

  @Test
  void aServerRefusingTheSessionIsRefusedForGood() throws IOException {
    assertThat(deliverUnder(Script.GREETING_554)).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
      assertThat(refused.retryable()).isFalse();
      assertThat(refused.reason()).contains("554");
    });
  }

  @Test
  void rejectedCredentialsAreRefusedForGoodWithoutThePassword() throws IOException {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(Script.AUTH_535)) {
      DeliveryResult result = deliverTo(server, Duration.ofSeconds(5), "ascom", "s3nh4-secreta");

      assertThat(result).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.reason()).startsWith("falha de autenticação no servidor SMTP").contains("535")
            .doesNotContain("s3nh4-secreta");
      });
    }
  }

  @Test
  void silenceAfterTheContentIsUncertainBecauseTheServerHasTheMessage() throws IOException {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(Script.SILENT_AFTER_DATA)) {
      DeliveryResult result = deliverTo(server, Duration.ofMillis(1_000), null, null);

      assertThat(result).isInstanceOfSatisfying(DeliveryResult.Uncertain.class, uncertain -> assertThat(
          uncertain.reason()).startsWith("sem resposta final do servidor SMTP").endsWith("a mensagem pode ter sido entregue"));
      assertThat(server.contentReceived()).isTrue();
    }
  }

  @Test
  void aConnectionDroppedAfterTheContentIsUncertain() throws IOException {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(Script.DROP_AFTER_DATA)) {
      DeliveryResult result = deliverTo(server, Duration.ofSeconds(5), null, null);

      assertThat(result).isInstanceOf(DeliveryResult.Uncertain.class);
      assertThat(server.contentReceived()).isTrue();
    }
  }
}
