package br.gov.es.prodest.npi007.system;

import java.net.http.HttpRequest;

/**
 * One hostile request and what the gateway owes it: never a 5xx; a refusal (4xx, a problem document
 * with its detail in Portuguese) unless {@code mayPass}, for the few requests a lenient reading may
 * accept without harm (an unknown filter value on a list, say).
 *
 * @param oversized a body over the limit: the gateway may also close the connection before reading it all
 */
record HostileCase(String category, String endpoint, String description, HttpRequest request, boolean mayPass,
    boolean oversized) {

  static HostileCase refused(String category, String endpoint, String description, HttpRequest request) {
    return new HostileCase(category, endpoint, description, request, false, false);
  }

  static HostileCase tolerated(String category, String endpoint, String description, HttpRequest request) {
    return new HostileCase(category, endpoint, description, request, true, false);
  }

  static HostileCase oversized(String category, String endpoint, String description, HttpRequest request) {
    return new HostileCase(category, endpoint, description, request, false, true);
  }

  @Override
  public String toString() {
    return "[" + category + "] " + endpoint + ": " + description;
  }
}
