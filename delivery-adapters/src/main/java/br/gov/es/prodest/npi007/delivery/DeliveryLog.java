package br.gov.es.prodest.npi007.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per attempt, for the operators (in Portuguese); never a recipient's text or a secret. */
public final class DeliveryLog {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);

  private DeliveryLog() {
  }

  /** Logs the attempt's outcome and returns it unchanged. */
  public static DeliveryResult outcome(String provider, Delivery delivery, DeliveryResult result) {
    if (result instanceof DeliveryResult.Accepted accepted) {
      LOG.info("Entrega {} (tentativa {}) aceita por {}: id {}", delivery.deliveryId(), delivery.attempt(),
          provider, accepted.providerMessageId());
    } else if (result instanceof DeliveryResult.Refused refused) {
      LOG.warn("Entrega {} (tentativa {}) recusada por {} ({}): {}", delivery.deliveryId(), delivery.attempt(),
          provider, refused.retryable() ? "pode ser repetida" : "definitiva", refused.reason());
    } else if (result instanceof DeliveryResult.Uncertain uncertain) {
      LOG.warn("Entrega {} (tentativa {}) via {} com resultado incerto: {}", delivery.deliveryId(),
          delivery.attempt(), provider, uncertain.reason());
    }
    return result;
  }
}
