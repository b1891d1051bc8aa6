package br.gov.es.prodest.npi007.gateway.internalapi;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list, as an internal service answered it.
 *
 * @param items      the page, in the service's order
 * @param nextCursor where the next page starts, from the service's {@value InternalApi#NEXT_CURSOR} header;
 *                   null on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {

  public Page {
    items = List.copyOf(items);
  }

  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }
}
