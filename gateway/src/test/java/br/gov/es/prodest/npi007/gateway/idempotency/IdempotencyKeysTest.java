package br.gov.es.prodest.npi007.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class IdempotencyKeysTest {

  private static final Map<String, String> REQUEST = Map.of("component", "SIGEFES");

  @Test
  void a_key_names_the_same_command_and_aggregate_on_another_instance_or_after_a_restart() {
    RequestIdentity first = newInstance().identify("team", "key-1", "report-incident", REQUEST);
    RequestIdentity again = newInstance().identify("team", "key-1", "report-incident", REQUEST);

    assertThat(again).isEqualTo(first);
    assertThat(first.commandId()).isNotEqualTo(first.newAggregateId());
  }

  @Test
  void keys_are_scoped_to_user_and_operation() {
    IdempotencyKeys keys = newInstance();
    RequestIdentity team = keys.identify("team", "key-1", "report-incident", REQUEST);

    assertThat(keys.identify("ascom", "key-1", "report-incident", REQUEST)).isNotEqualTo(team);
    assertThat(keys.identify("team", "key-1", "other-operation", REQUEST)).isNotEqualTo(team);
  }

  @Test
  void without_a_key_every_request_is_new() {
    IdempotencyKeys keys = newInstance();

    assertThat(keys.identify("team", null, "report-incident", REQUEST))
        .isNotEqualTo(keys.identify("team", null, "report-incident", REQUEST));
  }

  @Test
  void a_key_reused_for_another_request_is_refused() {
    IdempotencyKeys keys = newInstance();
    keys.identify("team", "key-1", "report-incident", REQUEST);

    assertThatThrownBy(() -> keys.identify("team", "key-1", "report-incident", Map.of("component", "outro")))
        .isInstanceOfSatisfying(ApiProblem.class,
            problem -> assertThat(problem.getStatusCode().value()).isEqualTo(422));
  }

  private static IdempotencyKeys newInstance() {
    return new IdempotencyKeys(new IdempotencyProperties(Duration.ofHours(24), 100), Clock.systemUTC(),
        JsonMapper.builder().build());
  }
}
