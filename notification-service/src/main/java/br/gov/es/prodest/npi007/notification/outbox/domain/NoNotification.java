package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Absent;

/** No message was rendered under this id. */
public enum NoNotification implements NotificationState, Absent {
  INSTANCE;
}
