package br.gov.es.prodest.npi007.system;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The services' output as the launcher prints it (each line prefixed with the service's name),
 * kept for the test to read and still shown on the test's own output.
 */
final class CapturedOutput extends OutputStream {

  private final PrintStream shown;
  private final StringBuilder kept = new StringBuilder();

  CapturedOutput(PrintStream shown) {
    this.shown = shown;
  }

  PrintStream stream() {
    return new PrintStream(this, true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    shown.write(b);
    kept.append((char) b);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    shown.write(bytes, offset, length);
    kept.append(new String(bytes, offset, length, StandardCharsets.UTF_8));
  }

  /** Everything printed so far. */
  synchronized String text() {
    return kept.toString();
  }

  /** The lines one service printed, without the launcher's prefix. */
  List<String> linesOf(String service) {
    String prefix = String.format("%-20s | ", service);
    List<String> lines = new ArrayList<>();
    for (String line : text().split("\n")) {
      if (line.startsWith(prefix)) {
        lines.add(line.substring(prefix.length()));
      }
    }
    return lines;
  }
}
