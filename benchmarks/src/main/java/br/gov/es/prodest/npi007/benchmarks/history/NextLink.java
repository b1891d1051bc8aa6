package br.gov.es.prodest.npi007.benchmarks.history;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The target of a {@code Link: <…>; rel="next"} header (RFC 8288), as the gateway's lists send it. */
final class NextLink {

  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
  private static final Pattern REL_NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

  private NextLink() {
  }

  /** The next page's URI reference in any of the {@code Link} header values, if one says rel="next". */
  static Optional<String> in(List<String> linkHeaders) {
    for (String header : linkHeaders) {
      Matcher link = LINK.matcher(header);
      while (link.find()) {
        Matcher rel = REL_NEXT.matcher(link.group(2));
        while (rel.find()) {
          if (List.of(rel.group(1).strip().split("\\s+")).contains("next")) {
            return Optional.of(link.group(1));
          }
        }
      }
    }
    return Optional.empty();
  }
}
