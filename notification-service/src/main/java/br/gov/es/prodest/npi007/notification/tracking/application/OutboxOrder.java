package br.gov.es.prodest.npi007.notification.tracking.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The direction an outbox list is walked: rendering order (oldest first, the default), or newest
 * first (ASCOM's latest messages, read from the lists' end without walking their history). Each
 * direction pages with cursors of its own, so a cursor of one is refused by the other.
 */
public enum OutboxOrder {

  OLDEST("oldest", "notifications"),
  NEWEST("newest", "notifications-newest");

  private final String parameter;
  /** The list name its cursors carry. */
  final String cursorList;

  OutboxOrder(String parameter, String cursorList) {
    this.parameter = parameter;
    this.cursorList = cursorList;
  }

  /** The order a query string's {@code order} names ({@code oldest} when absent or blank), or empty when unknown. */
  public static Optional<OutboxOrder> named(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return Optional.of(OLDEST);
    }
    return Arrays.stream(values()).filter(order -> order.parameter.equals(parameter)).findFirst();
  }
}
