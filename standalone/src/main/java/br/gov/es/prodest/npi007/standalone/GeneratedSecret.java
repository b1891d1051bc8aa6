package br.gov.es.prodest.npi007.standalone;

import java.security.SecureRandom;

/** A secret (password, token, HMAC key) for one that is not configured: new on every start. */
final class GeneratedSecret {

  // no look-alikes (0/O, 1/l/I), so it can be read off a terminal and typed
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private GeneratedSecret() {
  }

  static String next() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
