package br.gov.es.prodest.npi007.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PathSegmentTest {

  @Test
  void joinsWithOrWithoutATrailingSlashKeepingTheBasePath() {
    assertThat(PathSegment.join(URI.create("https://graph.facebook.com"), "v23.0", "123", "messages"))
        .hasToString("https://graph.facebook.com/v23.0/123/messages");
    assertThat(PathSegment.join(URI.create("http://gw.local/evolution/"), "message", "sendText", "prodest"))
        .hasToString("http://gw.local/evolution/message/sendText/prodest");
  }

  @Test
  void encodesEachSegment() {
    assertThat(PathSegment.join(URI.create("http://gw"), "comunicação prodest/1"))
        .hasToString("http://gw/comunica%C3%A7%C3%A3o%20prodest%2F1");
  }
}
