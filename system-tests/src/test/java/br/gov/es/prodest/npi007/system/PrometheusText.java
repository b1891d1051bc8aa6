package br.gov.es.prodest.npi007.system;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape in the Prometheus text format (0.0.4), read as Prometheus does: a sample is a name, its
 * labels and a value; a query sums the samples of a name whose labels include the ones asked.
 */
record PrometheusText(String text) {

  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)(\\s+\\d+)?$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** The sum of the samples of the metric that carry every label asked; 0 when there is none. */
  double sum(String name, Map<String, String> labels) {
    double sum = 0;
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE.matcher(line.strip());
      if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(name)) {
        continue;
      }
      if (has(sample.group(3) == null ? "" : sample.group(3), labels)) {
        sum += Double.parseDouble(sample.group(4));
      }
    }
    return sum;
  }

  double sum(String name) {
    return sum(name, Map.of());
  }

  /** Whether the scrape has a sample of the metric at all. */
  boolean has(String name) {
    return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
  }

  private static boolean has(String labelText, Map<String, String> wanted) {
    Matcher label = LABEL.matcher(labelText);
    int found = 0;
    while (label.find()) {
      if (label.group(2).equals(wanted.get(label.group(1)))) {
        found++;
      }
    }
    return found == wanted.size();
  }
}
