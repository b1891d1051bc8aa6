package br.gov.es.prodest.npi007.delivery.mail;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryLog;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.ReasonText;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;

/**
 * Writes each e-mail as {@code {directory}/{deliveryId}.eml} when no SMTP relay is configured, so that no
 * message is dropped. A file appears whole or not at all (written aside, synced, then renamed
 * atomically); a delivery whose file is already there is accepted again without rewriting it.
 */
public final class EmlFileAdapter implements DeliveryAdapter {

  public static final String PROVIDER = "eml-file";

  private final Path directory;
  private final String from;
  private final Session session = Session.getInstance(new Properties());

  public EmlFileAdapter(Path directory, String from) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    this.from = Objects.requireNonNull(from, "from");
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
    return DeliveryLog.outcome(PROVIDER, delivery, write(delivery));
  }

  private DeliveryResult write(Delivery delivery) {
    String fileName = delivery.deliveryId() + ".eml";
    Path target = directory.resolve(fileName);
    if (!directory.equals(target.getParent())) {
      throw new IllegalArgumentException("deliveryId is not a file name: " + delivery.deliveryId());
    }
    try {
      Files.createDirectories(directory);
      if (!isComplete(target, MimeMessages.messageId(delivery.deliveryId()))) {
        writeAtomically(MimeMessages.build(session, from, delivery, Instant.now()), target);
      }
      return new DeliveryResult.Accepted(fileName);
    } catch (AddressException invalid) {
      return new DeliveryResult.Refused("endereço de e-mail inválido (" + ReasonText.quote(invalid.getMessage())
          + "); a mensagem não foi gravada", false, null);
    } catch (IOException | MessagingException failure) {
      return new DeliveryResult.Refused("não foi possível gravar " + target + " ("
          + ReasonText.quote(String.valueOf(failure.getMessage())) + ")", true, null);
    }
  }

  private void writeAtomically(MimeMessage message, Path target) throws IOException, MessagingException {
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + "-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        message.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A file that parses, is this delivery's message, and whose multipart (if any) reached its end. */
  private boolean isComplete(Path file, String messageId) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage written = new MimeMessage(session, in);
      Object content = written.getContent();
      boolean whole = !(content instanceof MimeMultipart multipart)
          || multipart.getCount() > 0 && multipart.isComplete();
      return whole && messageId.equals(written.getMessageID());
    } catch (IOException | MessagingException unreadable) {
      return false;
    }
  }
}
