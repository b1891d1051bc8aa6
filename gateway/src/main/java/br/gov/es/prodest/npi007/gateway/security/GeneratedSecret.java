package br.gov.es.prodest.npi007.gateway.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret of the standalone default: the configured one, or a random one generated at start-up
 * and printed once to standard output, in Portuguese (never to the log, which may be shipped elsewhere).
 */
public final class GeneratedSecret {

  private static final int RANDOM_BYTES = 18;
  private static final SecureRandom RANDOM = new SecureRandom();

  private GeneratedSecret() {
  }

  /**
   * @param configured   the configured value; blank or null means none
   * @param announcement what the console line says before the value, e.g. "Senha dos usuários do modo standalone"
   * @param console      where the generated value is printed once
   */
  public static String resolve(String configured, String announcement, PrintStream console) {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    console.println(announcement + ": " + generated);
    console.flush();
    return generated;
  }
}
