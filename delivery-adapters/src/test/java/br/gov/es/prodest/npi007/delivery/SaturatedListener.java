package br.gov.es.prodest.npi007.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A real listener that never accepts, its accept queue filled by held connections: the kernel then
 * drops further SYNs (Linux), so a new connection never completes and the client's connect times out.
 */
public final class SaturatedListener implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> held = new ArrayList<>();
  private final boolean saturated;

  public SaturatedListener() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    boolean full = false;
    for (int i = 0; i < 64 && !full; i++) {
      Socket socket = new Socket();
      try {
        socket.connect(server.getLocalSocketAddress(), 200);
        held.add(socket);
      } catch (IOException timedOut) {
        socket.close();
        full = true;
      }
    }
    saturated = full;
  }

  /** False where the platform answers instead of dropping (then a test should be skipped). */
  public boolean saturated() {
    return saturated;
  }

  public int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    for (Socket socket : held) {
      socket.close();
    }
    server.close();
  }
}
