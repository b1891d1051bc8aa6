package br.gov.es.prodest.npi007.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.replay.ReplaySettings;
import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reviewed messages and the e-mail replication list have one default, the catalogue's
 * ({@link NormMessage}); the files that cannot refer to it state it again, and are checked here.
 */
class SettingsDefaultsTest {

  private static final String REVIEWED = NormMessage.ids(NormMessage.reviewedByDefault());
  private static final String REPLICATED = NormMessage.ids(NormMessage.replicatedByEmailByDefault());

  @Test
  void applicationYml() throws IOException {
    String yml = read(Path.of("src/main/resources/application.yml"));

    assertThat(defaults(yml, "\\$\\{NPI007_REVIEW_MESSAGES:([^}]*)}")).containsExactly(REVIEWED);
    assertThat(defaults(yml, "\\$\\{NPI007_EMAIL_REPLICATION:([^}]*)}")).containsExactly(REPLICATED);
  }

  @Test
  void dockerCompose() throws IOException {
    String compose = read(Path.of("../docker-compose.yml"));

    assertThat(defaults(compose, "\\$\\{NPI007_REVIEW_MESSAGES:-([^}]*)}")).containsExactly(REVIEWED);
    assertThat(defaults(compose, "\\$\\{NPI007_EMAIL_REPLICATION:-([^}]*)}")).containsExactly(REPLICATED);
  }

  /** Every place CONTRACTS.md gives a variable's default: the variable, a few words, then the ids in backticks. */
  @Test
  void contracts() throws IOException {
    String contracts = read(Path.of("../docs/CONTRACTS.md"));

    assertThat(defaults(contracts, "`NPI007_REVIEW_MESSAGES`[^`]{0,40}`([^`]*)`")).isNotEmpty()
        .allSatisfy(ids -> assertThat(ids).isEqualTo(REVIEWED));
    assertThat(defaults(contracts, "`NPI007_EMAIL_REPLICATION`[^`]{0,40}`([^`]*)`")).isNotEmpty()
        .allSatisfy(ids -> assertThat(ids).isEqualTo(REPLICATED));
  }

  @Test
  void theReplayTakesTheCataloguesDefaults() {
    ReplaySettings settings = ReplaySettings.from(new String[0], Map.of());

    assertThat(String.join(",", settings.reviewMessages())).isEqualTo(REVIEWED);
    assertThat(String.join(",", settings.emailReplication())).isEqualTo(REPLICATED);
  }

  private static List<String> defaults(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    return matcher.results().map(result -> result.group(1)).toList();
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path);
  }
}
