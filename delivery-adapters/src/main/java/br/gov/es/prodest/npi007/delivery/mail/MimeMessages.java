package br.gov.es.prodest.npi007.delivery.mail;

import br.gov.es.prodest.npi007.delivery.Delivery;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/** The one way an e-mail delivery becomes a MIME message, whether it goes to SMTP or to a file. */
public final class MimeMessages {

  /** The right-hand side of every {@code Message-ID} we write. */
  public static final String MESSAGE_ID_DOMAIN = "npi007.prodest.es.gov.br";

  private static final String UTF_8 = "UTF-8";

  private MimeMessages() {
  }

  /** {@code <deliveryId@npi007.prodest.es.gov.br>}: the same for every attempt of a delivery. */
  public static String messageId(String deliveryId) {
    return "<" + deliveryId + "@" + MESSAGE_ID_DOMAIN + ">";
  }

  /**
   * From, To, a UTF-8 subject, the delivery's Message-ID, and the text (plus the HTML, as given, in a
   * multipart/alternative when there is one). Throws {@link jakarta.mail.internet.AddressException}
   * for an address that is not one.
   */
  static DeliveryMimeMessage build(Session session, String from, Delivery delivery, Instant sentAt)
      throws MessagingException {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(delivery.text(), "text");
    DeliveryMimeMessage message = new DeliveryMimeMessage(session, messageId(delivery.deliveryId()));
    message.setFrom(new InternetAddress(from, true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(delivery.recipient(), true));
    message.setSubject(delivery.subject() == null ? "" : delivery.subject(), UTF_8);
    message.setSentDate(Date.from(sentAt));
    // RFC 3834: keeps auto-responders (vacation replies) from answering a notification
    message.setHeader("Auto-Submitted", "auto-generated");
    for (var header : delivery.headers().entrySet()) {
      message.setHeader(header.getKey(), header.getValue());
    }
    if (delivery.html() == null) {
      message.setText(canonicalLines(delivery.text()), UTF_8, "plain");
    } else {
      message.setContent(alternatives(delivery.text(), delivery.html()));
    }
    message.saveChanges();
    return message;
  }

  private static MimeMultipart alternatives(String text, String html) throws MessagingException {
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(canonicalLines(text), UTF_8, "plain");
    MimeBodyPart rich = new MimeBodyPart();
    rich.setText(canonicalLines(html), UTF_8, "html");
    // least preferred first (RFC 2046 §5.1.4)
    return new MimeMultipart("alternative", plain, rich);
  }

  /** MIME's canonical text form ends every line with CRLF (RFC 2046 §4.1.1); receivers see it so anyway. */
  static String canonicalLines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
  }
}
