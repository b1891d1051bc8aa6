package br.gov.es.prodest.npi007.standalone.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Copies a child's output to ours line by line, each line prefixed with the child's name. */
final class PrefixedOutput {

  private PrefixedOutput() {
  }

  static void copy(InputStream childOutput, String name, PrintStream out) {
    String prefix = String.format("%-20s | ", name);
    Thread pump = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(childOutput, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          out.println(prefix + line);
        }
      } catch (IOException e) {
        // the child is gone; its exit is reported by whoever watches it
      }
    }, name + "-output");
    pump.setDaemon(true);
    pump.start();
  }
}
