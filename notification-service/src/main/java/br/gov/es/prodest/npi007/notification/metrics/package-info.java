/**
 * The service's domain metrics (issue 13): messages rendered, delivery outcomes and times, and the
 * outbox's pending messages. Each is taken where the fact is committed once: the rendering task,
 * the delivery engine's transaction, the outbox's store. Nothing else depends on this package; it
 * hooks in through the observers the rendering and the delivery engine offer.
 */
package br.gov.es.prodest.npi007.notification.metrics;
