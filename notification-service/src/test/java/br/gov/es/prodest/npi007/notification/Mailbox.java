package br.gov.es.prodest.npi007.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** GreenMail as the SMTP relay the service is pointed at (SPRING_MAIL_HOST/PORT): what it received, decoded. */
final class Mailbox implements AutoCloseable {

  /** One received e-mail as its reader sees it; line breaks back from MIME's CRLF to the rendered LF. */
  record Mail(String to, String subject, String text, String html, String messageId) {
  }

  private final GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  Mailbox() {
    greenMail.start();
  }

  int port() {
    return greenMail.getSmtp().getPort();
  }

  /** Every e-mail received so far whose text contains {@code marker}. */
  List<Mail> containing(String marker) {
    return all().stream().filter(mail -> mail.text().contains(marker)).toList();
  }

  List<Mail> all() {
    return Arrays.stream(greenMail.getReceivedMessages()).map(Mailbox::decode).toList();
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  private static Mail decode(MimeMessage message) {
    try {
      String text;
      String html = null;
      if (message.getContent() instanceof MimeMultipart parts) {
        text = part(parts, "text/plain");
        html = part(parts, "text/html");
      } else {
        text = (String) message.getContent();
      }
      return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
          lf(text), lf(html), message.getMessageID());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(MimeMultipart parts, String type) throws MessagingException, IOException {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
    }
    return null;
  }

  private static String lf(String text) {
    return text == null ? null : text.replace("\r\n", "\n");
  }
}
