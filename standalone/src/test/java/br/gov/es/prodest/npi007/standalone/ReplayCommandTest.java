package br.gov.es.prodest.npi007.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ./npi007 replay} when no {@code ./npi007 up} is running: a clear answer, not a stack trace. */
class ReplayCommandTest {

  @Test
  void withoutABrokerItSaysSoInPortugueseAndExitsWith3() throws Exception {
    int port = Ports.free().kafka();
    ProcessBuilder replay = new ProcessBuilder("bash", Path.of("..", "npi007").toString(), "replay")
        .redirectErrorStream(true);
    replay.environment().put("NPI007_KAFKA_PORT", Integer.toString(port));
    Process process = replay.start();

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isEqualTo(3);
    assertThat(output).contains("nenhum broker Kafka responde em 127.0.0.1:" + port)
        .contains("./npi007 up");
  }
}
