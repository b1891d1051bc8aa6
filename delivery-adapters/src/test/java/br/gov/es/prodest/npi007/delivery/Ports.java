package br.gov.es.prodest.npi007.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports for the "nobody is listening" cases. */
public final class Ports {

  private Ports() {
  }

  /** A loopback port that was free a moment ago: connecting to it is refused. */
  public static int closed() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
