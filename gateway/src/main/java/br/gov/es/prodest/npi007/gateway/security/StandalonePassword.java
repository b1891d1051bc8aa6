package br.gov.es.prodest.npi007.gateway.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The standalone users' password: the configured one, or a random one generated at start-up and
 * printed once to standard output (never to the log).
 */
final class StandalonePassword {

  private static final int RANDOM_BYTES = 18;

  private StandalonePassword() {
  }

  static String resolve(String configured, PrintStream console) {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    byte[] random = new byte[RANDOM_BYTES];
    new SecureRandom().nextBytes(random);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    console.println("Senha dos usuários do modo standalone: " + generated);
    console.flush();
    return generated;
  }
}
