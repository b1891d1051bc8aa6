package br.gov.es.prodest.npi007.gateway.problem;

import java.util.List;

/**
 * The paths people read in a browser (the console, the sign-in form, the public status page): an
 * error there is a page in Portuguese, not the API's problem document. The status feeds are read by
 * programs and keep their problem documents.
 */
public final class PeoplePages {

  /** A request attribute: the Portuguese sentence the error page shows instead of its status's own. */
  public static final String DETAIL = PeoplePages.class.getName() + ".detail";

  private static final List<String> PREFIXES = List.of("/console", "/login", "/logout", "/status");

  private PeoplePages() {
  }

  public static boolean isPage(String path) {
    if (path == null || path.endsWith(".atom")) {
      return false;
    }
    return PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
  }
}
