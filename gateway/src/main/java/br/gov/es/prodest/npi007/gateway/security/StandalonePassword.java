package br.gov.es.prodest.npi007.gateway.security;

import java.io.PrintStream;

/**
 * The standalone users' password: the configured one, or a random one generated at start-up and
 * printed once to standard output (never to the log).
 */
final class StandalonePassword {

  private StandalonePassword() {
  }

  static String resolve(String configured, PrintStream console) {
    return GeneratedSecret.resolve(configured, "Senha dos usuários do modo standalone", console);
  }
}
