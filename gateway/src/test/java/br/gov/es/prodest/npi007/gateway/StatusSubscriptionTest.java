package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.status.StatusSubscription;
import br.gov.es.prodest.npi007.avro.status.SubscriptionState;
import br.gov.es.prodest.npi007.gateway.status.StatusCache;
import br.gov.es.prodest.npi007.gateway.status.subscription.SubscriptionAbuseLimits;
import br.gov.es.prodest.npi007.gateway.status.subscription.SubscriptionTokens;
import br.gov.es.prodest.npi007.gateway.status.subscription.SubscriptionTokens.Purpose;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The e-mail subscriptions' public pages (issue 12): the form writes a PENDING subscription on the
 * real broker, the mails' links confirm (reading the notification-service, WireMock here) or end it
 * with a tombstone; the answers never tell who is subscribed.
 */
class StatusSubscriptionTest extends GatewayTestSupport {

  private static final String STATUS = """
      {"lastChangedAt":"2026-12-04T17:35:00Z","overall":"OPERATIONAL","components":[
        {"slug":"portal-do-servidor","name":"Portal do Servidor","group":"Portais","state":"OPERATIONAL"},
        {"slug":"sistema-e-docs","name":"Sistema e-Docs","group":"Sistemas corporativos","state":"OPERATIONAL"}],
       "incidents":[],"maintenances":[]}
      """;
  private static final String REQUESTED = "Se o endereço estiver correto, você receberá um e-mail para confirmar a assinatura.";
  private static final SubscriptionTokens TOKENS = new SubscriptionTokens(SUBSCRIPTION_SECRET);

  @Autowired
  StatusCache statusCache;

  @Autowired
  SubscriptionAbuseLimits limits;

  @BeforeEach
  void publicComponentsAndNoCounts() {
    statusCache.clear();
    limits.clear();
    services.stubFor(get(urlPathEqualTo("/internal/status")).willReturn(okJson(STATUS)));
  }

  @Test
  void the_status_page_links_to_the_form_which_lists_the_public_components() {
    assertThat(getAs(null, "/status").body()).contains("href=\"/status/subscribe\"", "Assinar atualizações por e-mail");

    ConsoleSession.Page form = new ConsoleSession(port).get("/status/subscribe");

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("<h1>Assinar atualizações por e-mail</h1>", "name=\"_csrf\"",
        "value=\"portal-do-servidor\"", "Sistema e-Docs", "Todos os serviços").doesNotContain("<script");
  }

  @Test
  void a_request_writes_a_pending_subscription_and_the_answer_never_tells_whether_it_existed() {
    ConsoleSession session = new ConsoleSession(port);
    Map<TopicPartition, Long> before = endOffsets(Topics.STATUS_SUBSCRIPTIONS);

    ConsoleSession.Page first = session.submit("/status/subscribe", "/status/subscribe",
        Map.of("email", " maria@exemplo.es.gov.br ", "scope", "escolhidos", "components", "sistema-e-docs"));
    ConsoleSession.Page second = session.submit("/status/subscribe", "/status/subscribe",
        Map.of("email", "maria@exemplo.es.gov.br", "scope", "todos"));

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body()).contains(REQUESTED).doesNotContain("maria@");
    assertThat(second.body()).isEqualTo(first.body());
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.STATUS_SUBSCRIPTIONS, before);
    assertThat(records).hasSize(2);
    StatusSubscription pending = decode(records.get(0));
    assertThat(pending.getSubscriptionId()).isEqualTo(records.get(0).key());
    assertThat(UUID.fromString(pending.getSubscriptionId()).version()).isEqualTo(4);
    assertThat(pending.getEnvelope().getAggregateId()).isEqualTo(pending.getSubscriptionId());
    assertThat(pending.getEmail()).isEqualTo("maria@exemplo.es.gov.br");
    assertThat(pending.getComponents()).containsExactly("sistema-e-docs");
    assertThat(pending.getState()).isEqualTo(SubscriptionState.PENDING);
    assertThat(decode(records.get(1)).getComponents()).as("todos os serviços").isEmpty();
    assertThat(records.get(1).key()).isNotEqualTo(records.get(0).key());
  }

  @Test
  void an_invalid_address_or_an_unknown_service_is_a_400_page_and_nothing_is_written() {
    ConsoleSession session = new ConsoleSession(port);
    long before = recordsIn(Topics.STATUS_SUBSCRIPTIONS);

    ConsoleSession.Page badEmail = session.submit("/status/subscribe", "/status/subscribe",
        Map.of("email", "maria.exemplo.es.gov.br", "scope", "todos"));
    ConsoleSession.Page tooLong = session.submit("/status/subscribe", "/status/subscribe",
        Map.of("email", "a".repeat(64) + "@" + "b".repeat(190) + ".br", "scope", "todos"));
    ConsoleSession.Page unknown = session.submit("/status/subscribe", "/status/subscribe",
        Map.of("email", "maria@exemplo.es.gov.br", "scope", "escolhidos", "components", "interno"));

    assertThat(badEmail.status()).isEqualTo(400);
    assertThat(badEmail.body()).contains("Informe um endereço de e-mail válido", "aria-invalid=\"true\"");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("Escolha apenas serviços da lista.");
    assertThat(recordsIn(Topics.STATUS_SUBSCRIPTIONS)).isEqualTo(before);
  }

  @Test
  void more_than_five_requests_from_one_client_in_ten_minutes_are_a_429_page() {
    ConsoleSession session = new ConsoleSession(port);
    for (int i = 1; i <= 5; i++) {
      assertThat(session.submit("/status/subscribe", "/status/subscribe",
          Map.of("email", "pessoa" + i + "@exemplo.es.gov.br", "scope", "todos")).status()).isEqualTo(200);
    }
    long before = recordsIn(Topics.STATUS_SUBSCRIPTIONS);

    ConsoleSession.Page sixth = session.submit("/status/subscribe", "/status/subscribe",
        Map.of("email", "pessoa6@exemplo.es.gov.br", "scope", "todos"));

    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.body()).contains("Muitos pedidos de assinatura em pouco tempo");
    assertThat(recordsIn(Topics.STATUS_SUBSCRIPTIONS)).isEqualTo(before);
  }

  @Test
  void more_than_three_requests_for_one_address_in_a_day_are_a_429_page() {
    ConsoleSession session = new ConsoleSession(port);
    for (int i = 1; i <= 3; i++) {
      assertThat(session.submit("/status/subscribe", "/status/subscribe",
          Map.of("email", "joana@exemplo.es.gov.br", "scope", "todos")).status()).isEqualTo(200);
    }

    ConsoleSession.Page fourth = session.submit("/status/subscribe", "/status/subscribe",
        Map.of("email", "JOANA@exemplo.es.gov.br", "scope", "todos"));

    assertThat(fourth.status()).isEqualTo(429);
  }

  @Test
  void the_form_and_the_confirmation_need_the_csrf_token() {
    ConsoleSession session = new ConsoleSession(port);
    session.get("/status/subscribe");
    String id = UUID.randomUUID().toString();
    stubStored(id, "PENDING");
    long before = recordsIn(Topics.STATUS_SUBSCRIPTIONS);

    ConsoleSession.Page subscribe = session.post("/status/subscribe",
        Map.of("email", "maria@exemplo.es.gov.br", "scope", "todos"));
    ConsoleSession.Page confirm = session.post(confirmPath(id, TOKENS.token(Purpose.CONFIRM, id)), Map.of());

    assertThat(subscribe.status()).isEqualTo(403);
    assertThat(confirm.status()).isEqualTo(403);
    assertThat(recordsIn(Topics.STATUS_SUBSCRIPTIONS)).isEqualTo(before);
  }

  @Test
  void the_confirmation_link_shows_a_button_whose_post_writes_the_subscription_confirmed() {
    String id = UUID.randomUUID().toString();
    stubStored(id, "PENDING");
    String path = confirmPath(id, TOKENS.token(Purpose.CONFIRM, id));
    ConsoleSession session = new ConsoleSession(port);
    Map<TopicPartition, Long> before = endOffsets(Topics.STATUS_SUBSCRIPTIONS);

    ConsoleSession.Page page = session.get(path);
    ConsoleSession.Page confirmed = session.submit(path, path, Map.of());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Confirmar assinatura</button>", "name=\"_csrf\"");
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.body()).contains("Assinatura confirmada").doesNotContain("ana@");
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.STATUS_SUBSCRIPTIONS, before);
    assertThat(records).hasSize(1);
    StatusSubscription subscription = decode(records.get(0));
    assertThat(records.get(0).key()).isEqualTo(id);
    assertThat(subscription.getState()).isEqualTo(SubscriptionState.CONFIRMED);
    assertThat(subscription.getEmail()).isEqualTo("ana@exemplo.es.gov.br");
    assertThat(subscription.getComponents()).containsExactly("portal-do-servidor");
    assertThat(subscription.getRequestedAt()).isEqualTo(Instant.parse("2026-12-04T12:00:00Z"));
    assertThat(subscription.getEnvelope().getSequence()).isEqualTo(2);
  }

  @Test
  void a_wrong_token_is_a_403_page_and_nothing_is_written() {
    String id = UUID.randomUUID().toString();
    stubStored(id, "PENDING");
    String good = confirmPath(id, TOKENS.token(Purpose.CONFIRM, id));
    String wrong = confirmPath(id, TOKENS.token(Purpose.UNSUBSCRIBE, id));
    ConsoleSession session = new ConsoleSession(port);
    long before = recordsIn(Topics.STATUS_SUBSCRIPTIONS);

    ConsoleSession.Page page = session.get(wrong);
    ConsoleSession.Page post = session.submit(good, wrong, Map.of());

    assertThat(page.status()).isEqualTo(403);
    assertThat(post.status()).isEqualTo(403);
    assertThat(post.body()).contains("Link inválido");
    assertThat(recordsIn(Topics.STATUS_SUBSCRIPTIONS)).isEqualTo(before);
  }

  @Test
  void confirming_an_ended_subscription_is_a_404_page() {
    String id = UUID.randomUUID().toString();
    services.stubFor(get(urlPathEqualTo("/internal/status/subscriptions/" + id)).willReturn(notFound()));
    String path = confirmPath(id, TOKENS.token(Purpose.CONFIRM, id));
    long before = recordsIn(Topics.STATUS_SUBSCRIPTIONS);

    ConsoleSession.Page page = new ConsoleSession(port).submit(path, path, Map.of());

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("Assinatura não encontrada ou já encerrada.");
    assertThat(recordsIn(Topics.STATUS_SUBSCRIPTIONS)).isEqualTo(before);
  }

  @Test
  void a_one_click_unsubscribe_without_csrf_writes_a_tombstone_and_answers_an_empty_200() {
    String id = UUID.randomUUID().toString();
    String path = "/status/subscriptions/" + id + "/unsubscribe?token=" + TOKENS.token(Purpose.UNSUBSCRIBE, id);
    Map<TopicPartition, Long> before = endOffsets(Topics.STATUS_SUBSCRIPTIONS);

    Response oneClick = send(request(null, path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    Response forged = send(request(null, path.replace("token=", "token=x"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));

    assertThat(oneClick.status()).isEqualTo(200);
    assertThat(oneClick.body()).isEmpty();
    assertThat(forged.status()).isEqualTo(403);
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.STATUS_SUBSCRIPTIONS, before);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).key()).isEqualTo(id);
    assertThat(records.get(0).value()).isNull();
  }

  @Test
  void the_unsubscribe_link_shows_a_button_whose_post_ends_the_subscription() {
    String id = UUID.randomUUID().toString();
    String path = "/status/subscriptions/" + id + "/unsubscribe?token=" + TOKENS.token(Purpose.UNSUBSCRIBE, id);
    ConsoleSession session = new ConsoleSession(port);
    Map<TopicPartition, Long> before = endOffsets(Topics.STATUS_SUBSCRIPTIONS);

    ConsoleSession.Page page = session.get(path);
    ConsoleSession.Page ended = session.submit(path, path, Map.of());
    ConsoleSession.Page again = session.submit(path, path, Map.of());

    assertThat(page.body()).contains("Cancelar assinatura</button>");
    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.body()).contains("Assinatura cancelada");
    assertThat(again.status()).isEqualTo(200);
    assertThat(recordsSince(Topics.STATUS_SUBSCRIPTIONS, before))
        .allSatisfy(record -> assertThat(record.value()).isNull())
        .extracting(ConsumerRecord::key).containsOnly(id);
  }

  private static void stubStored(String id, String state) {
    services.stubFor(get(urlPathEqualTo("/internal/status/subscriptions/" + id)).willReturn(okJson("""
        {"subscriptionId":"%s","email":"ana@exemplo.es.gov.br","components":["portal-do-servidor"],
         "state":"%s","requestedAt":"2026-12-04T12:00:00Z"}""".formatted(id, state))));
  }

  private static String confirmPath(String id, String token) {
    return "/status/subscriptions/" + id + "/confirm?token=" + token;
  }

  private static StatusSubscription decode(ConsumerRecord<String, byte[]> record) {
    return AvroCodec.instance().decode(record.value(), StatusSubscription.class);
  }
}
