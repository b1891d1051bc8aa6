package br.gov.es.prodest.npi007.notification.replay;

import java.io.PrintStream;

/** The replay's counts, with a line per finding. */
final class ReplayTally {

  long same;
  long templateChanged;
  long unreadable;
  private long differences;

  void same() {
    same++;
  }

  void difference(PrintStream out, String what) {
    differences++;
    out.println("  DIFERENÇA " + what);
  }

  void templateChanged(PrintStream out, String what) {
    templateChanged++;
    out.println("  modelo alterado: " + what);
  }

  void unreadable(PrintStream out, String what) {
    unreadable++;
    out.println("  registro ignorado: " + what);
  }

  long differences() {
    return differences;
  }

  long rendered() {
    return same + templateChanged + differences;
  }
}
