package br.gov.es.prodest.npi007.delivery.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A message whose {@code Message-ID} is the delivery's own (stable across attempts, so a receiver can
 * tell a repeat), and which knows whether its content was handed over whole: a transport that loses
 * the server after that point cannot know whether the message was taken.
 */
final class DeliveryMimeMessage extends MimeMessage {

  private final String messageId;
  private volatile boolean contentWritten;

  DeliveryMimeMessage(Session session, String messageId) {
    super(session);
    this.messageId = messageId;
  }

  String messageId() {
    return messageId;
  }

  /** True once the whole content was written out (for SMTP: everything but the final dot line). */
  boolean contentWritten() {
    return contentWritten;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }

  @Override
  public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
    super.writeTo(out, ignoreList);
    contentWritten = true;
  }
}
