package br.gov.es.prodest.npi007.notification.outbox.domain;

import java.util.Optional;

/** No message was rendered under this id. */
public enum NoNotification implements NotificationState {
  INSTANCE;

  @Override
  public long version() {
    return 0;
  }

  @Override
  public Optional<NotificationStatus> currentStatus() {
    return Optional.empty();
  }

  @Override
  public boolean applied(String commandId) {
    return false;
  }
}
