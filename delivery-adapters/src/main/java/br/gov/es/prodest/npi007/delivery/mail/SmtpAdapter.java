package br.gov.es.prodest.npi007.delivery.mail;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryLog;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.ReasonText;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import java.time.Instant;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an e-mail through an SMTP relay with jakarta.mail: one connection, one transaction and one
 * recipient per attempt. The message's {@code Message-ID} is the provider's id. Thread-safe: each
 * attempt has its own message and connection.
 */
public final class SmtpAdapter implements DeliveryAdapter {

  public static final String PROVIDER = "smtp";

  private static final Logger LOG = LoggerFactory.getLogger(SmtpAdapter.class);

  private final SmtpSettings settings;
  private final Session session;
  private final String server;

  public SmtpAdapter(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
    this.server = settings.host() + ":" + settings.port();
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public DeliveryResult deliver(Delivery delivery) {
    DeliveryResult result;
    try {
      result = send(MimeMessages.build(session, settings.from(), delivery, Instant.now()));
    } catch (AddressException invalid) {
      result = new DeliveryResult.Refused("endereço de e-mail inválido (" + ReasonText.quote(invalid.getMessage())
          + "); a mensagem não foi enviada", false, null);
    } catch (MessagingException unbuildable) {
      result = new DeliveryResult.Refused("não foi possível montar a mensagem ("
          + ReasonText.quote(unbuildable.getMessage()) + ")", false, null);
    }
    return DeliveryLog.outcome(PROVIDER, delivery, ReasonText.withoutSecret(result, settings.password()));
  }

  private DeliveryResult send(DeliveryMimeMessage message) {
    Transport transport = transport();
    try {
      transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
      transport.sendMessage(message, message.getAllRecipients());
      return new DeliveryResult.Accepted(message.messageId());
    } catch (MessagingException failure) {
      return SmtpFailure.classify(failure, message.contentWritten(), server);
    } finally {
      close(transport);
    }
  }

  private Transport transport() {
    try {
      return session.getTransport("smtp");
    } catch (NoSuchProviderException missing) {
      throw new IllegalStateException("jakarta.mail has no smtp provider on the class path", missing);
    }
  }

  /** QUIT after the message was accepted (or refused) changes nothing about the outcome. */
  private void close(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException ignored) {
      LOG.debug("Falha ao encerrar a conexão SMTP com {}: {}", server, ignored.getMessage());
    }
  }

  private static Properties properties(SmtpSettings settings) {
    String millis = Long.toString(settings.timeout().toMillis());
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", settings.host());
    properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
    properties.setProperty("mail.smtp.connectiontimeout", millis);
    properties.setProperty("mail.smtp.timeout", millis);
    properties.setProperty("mail.smtp.writetimeout", millis);
    properties.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticates()));
    if (settings.startTls()) {
      properties.setProperty("mail.smtp.starttls.enable", "true");
      properties.setProperty("mail.smtp.starttls.required", "true");
    }
    return properties;
  }
}
