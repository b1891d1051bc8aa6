package br.gov.es.prodest.npi007.delivery.http;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.ReasonText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * What an I/O failure of the HTTP client means for the delivery. The client writes the request
 * only once a connection (and its TLS handshake) is up: a failure to connect proves the request was
 * never sent, so it may be repeated. Any other I/O failure can come after the request was written,
 * and the provider may have taken the message: only a person may decide to send it again.
 */
public final class TransportFailure {

  private TransportFailure() {
  }

  public static DeliveryResult classify(IOException failure) {
    if (failure instanceof HttpConnectTimeoutException) {
      return notSent("tempo esgotado ao conectar ao provedor");
    }
    if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
      return notSent("não foi possível conectar ao provedor (" + describe(failure) + ")");
    }
    if (failure instanceof SSLHandshakeException) {
      return notSent("falha na negociação TLS com o provedor (" + describe(failure) + ")");
    }
    if (failure instanceof HttpTimeoutException) {
      return new DeliveryResult.Uncertain(
          "tempo esgotado aguardando a resposta do provedor; a mensagem pode ter sido entregue");
    }
    return new DeliveryResult.Uncertain("a conexão com o provedor falhou depois do envio do pedido ("
        + describe(failure) + "); a mensagem pode ter sido entregue");
  }

  private static DeliveryResult notSent(String what) {
    return new DeliveryResult.Refused(what + "; a mensagem não foi enviada", true, null);
  }

  /** The failure's own words, or its cause's, or at least its kind. */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return ReasonText.quote(t.getMessage());
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }
}
