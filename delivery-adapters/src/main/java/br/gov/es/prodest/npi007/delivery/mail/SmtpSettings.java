package br.gov.es.prodest.npi007.delivery.mail;

import java.time.Duration;

/**
 * An SMTP relay.
 *
 * @param username null for a relay without authentication
 * @param password null without authentication; never logged
 * @param from     the sender, e.g. {@code comunicacao@prodest.es.gov.br} (ASCOM)
 * @param startTls require STARTTLS before anything is sent
 * @param timeout  bounds the connection, each read and each write
 */
public record SmtpSettings(String host, int port, String username, String password, String from,
    boolean startTls, Duration timeout) {

  public SmtpSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException("from must not be blank");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  boolean authenticates() {
    return username != null && !username.isBlank();
  }

  /** Without the password. */
  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
        + (password == null ? null : "***") + ", from=" + from + ", startTls=" + startTls + ", timeout="
        + timeout + "]";
  }
}
