package br.gov.es.prodest.npi007.delivery.mail;

import static br.gov.es.prodest.npi007.delivery.mail.Mails.FROM;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.HTML;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.SUBJECT;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.TEXT;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.TO;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.bytesOf;
import static br.gov.es.prodest.npi007.delivery.mail.Mails.delivery;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmlFileAdapterTest {

  @TempDir
  Path mail;

  private static MimeMessage parse(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }

  @Test
  void writesTheSameMimeMessageSmtpWouldSend() throws Exception {
    EmlFileAdapter adapter = new EmlFileAdapter(mail.resolve("notification-service/mail"), FROM);

    DeliveryResult result = adapter.deliver(delivery("3c2b-0001", HTML));

    assertThat(result).isEqualTo(new DeliveryResult.Accepted("3c2b-0001.eml"));
    MimeMessage written = parse(mail.resolve("notification-service/mail/3c2b-0001.eml"));
    assertThat(written.getSubject()).isEqualTo(SUBJECT);
    assertThat(written.getFrom()).containsExactly(new InternetAddress(FROM));
    assertThat(written.getAllRecipients()).containsExactly(new InternetAddress(TO));
    assertThat(written.getMessageID()).isEqualTo("<3c2b-0001@npi007.prodest.es.gov.br>");
    MimeMultipart alternatives = (MimeMultipart) written.getContent();
    assertThat(bytesOf(alternatives.getBodyPart(0)))
        .isEqualTo(TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(bytesOf(alternatives.getBodyPart(1)))
        .isEqualTo(HTML.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(adapter.provider()).isEqualTo("eml-file");
    assertThat(adapter.channel()).isEqualTo(Channel.EMAIL);
  }

  @Test
  void aDeliveryAlreadyWrittenIsAcceptedWithoutRewritingIt() throws Exception {
    EmlFileAdapter adapter = new EmlFileAdapter(mail, FROM);
    adapter.deliver(delivery("3c2b-0002", HTML));
    Path file = mail.resolve("3c2b-0002.eml");
    FileTime marked = FileTime.from(Instant.parse("2024-12-23T12:00:00Z"));
    Files.setLastModifiedTime(file, marked);
    byte[] before = Files.readAllBytes(file);

    DeliveryResult again = adapter.deliver(delivery("3c2b-0002", HTML));

    assertThat(again).isEqualTo(new DeliveryResult.Accepted("3c2b-0002.eml"));
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(marked);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (Stream<Path> files = Files.list(mail)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aTruncatedFileIsWrittenAgainWhole() throws Exception {
    EmlFileAdapter adapter = new EmlFileAdapter(mail, FROM);
    adapter.deliver(delivery("3c2b-0003", HTML));
    Path file = mail.resolve("3c2b-0003.eml");
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 60));

    assertThat(adapter.deliver(delivery("3c2b-0003", HTML))).isEqualTo(new DeliveryResult.Accepted("3c2b-0003.eml"));

    MimeMultipart alternatives = (MimeMultipart) parse(file).getContent();
    assertThat(alternatives.isComplete()).isTrue();
    assertThat(alternatives.getCount()).isEqualTo(2);
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsRefusedAndMayBeRepeated() throws Exception {
    Path notADirectory = Files.writeString(mail.resolve("occupied"), "a file where the directory should be");

    DeliveryResult result = new EmlFileAdapter(notADirectory, FROM).deliver(delivery("3c2b-0004", null));

    assertThat(result).isInstanceOfSatisfying(DeliveryResult.Refused.class, refused -> {
      assertThat(refused.retryable()).isTrue();
      assertThat(refused.reason()).startsWith("não foi possível gravar");
    });
  }
}
