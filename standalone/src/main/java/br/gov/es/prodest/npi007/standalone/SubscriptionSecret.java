package br.gov.es.prodest.npi007.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The key that signs the links of the status page's e-mail subscriptions (confirm, unsubscribe),
 * shared by the gateway, which checks them, and the notification-service, which mails them. From
 * {@code NPI007_SUBSCRIPTION_SECRET} when set; else generated once and kept in the data directory,
 * so the links already mailed still work after a restart. Nobody types it: it is not printed.
 */
final class SubscriptionSecret {

  static final String VARIABLE = "NPI007_SUBSCRIPTION_SECRET";
  private static final String FILE = "subscription-secret";

  private SubscriptionSecret() {
  }

  static String of(String configured, Path standaloneDir) {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path file = standaloneDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      Files.createDirectories(standaloneDir);
      String secret = GeneratedSecret.next() + GeneratedSecret.next();
      Path written = Files.createTempFile(standaloneDir, FILE, ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(written, secret, StandardCharsets.UTF_8);
      Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("não foi possível guardar a chave das assinaturas em " + file, e);
    }
  }
}
