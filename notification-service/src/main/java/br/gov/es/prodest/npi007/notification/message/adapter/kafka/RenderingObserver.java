package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.notification.message.domain.Notification;

/**
 * Told of each message as the rendering task forwards it, once per notification id (the task's
 * store of rendered ids says so), in that task's exactly-once transaction: the service's metrics.
 */
@FunctionalInterface
public interface RenderingObserver {

  RenderingObserver NONE = notification -> { };

  void rendered(Notification notification);
}
