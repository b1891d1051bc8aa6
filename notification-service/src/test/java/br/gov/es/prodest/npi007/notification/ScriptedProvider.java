package br.gov.es.prodest.npi007.notification;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A provider whose answers the message's text decides (the component names the script): the engine's
 * tests see every call it received. {@code FALHA-500} is refused once, then taken; {@code FALHA-429}
 * once with a Retry-After; {@code SEMPRE-500} always refused; {@code INCERTO} times out after the
 * request went; {@code LENTO} waits on WhatsApp until released; anything else is taken.
 */
final class ScriptedProvider implements DeliveryAdapter {

  private final String provider;
  private final Channel channel;
  final List<Delivery> calls = new CopyOnWriteArrayList<>();
  final CountDownLatch release = new CountDownLatch(1);

  ScriptedProvider(String provider, Channel channel) {
    this.provider = provider;
    this.channel = channel;
  }

  @Override
  public String provider() {
    return provider;
  }

  @Override
  public Channel channel() {
    return channel;
  }

  @Override
  public DeliveryResult deliver(Delivery delivery) {
    calls.add(delivery);
    String text = delivery.text();
    if (text.contains("LENTO") && channel == Channel.WHATSAPP) {
      await();
    }
    if (text.contains("FALHA-500") && delivery.attempt() == 1) {
      return new DeliveryResult.Refused("HTTP 500 do provedor", true, null);
    } else if (text.contains("FALHA-429") && delivery.attempt() == 1) {
      return new DeliveryResult.Refused("HTTP 429 do provedor", true, Duration.ofSeconds(1));
    } else if (text.contains("SEMPRE-500")) {
      return new DeliveryResult.Refused("HTTP 500 do provedor", true, null);
    } else if (text.contains("INCERTO")) {
      return new DeliveryResult.Uncertain("tempo de resposta esgotado após o envio");
    }
    return new DeliveryResult.Accepted(provider + "-" + delivery.deliveryId());
  }

  List<Delivery> callsFor(String notificationId) {
    return calls.stream().filter(call -> call.notificationId().equals(notificationId)).toList();
  }

  private void await() {
    try {
      release.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
