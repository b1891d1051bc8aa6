package br.gov.es.prodest.npi007.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneSettingsTest {

  @Test
  void defaultsAreThoseOfTheContracts() {
    StandaloneSettings settings = StandaloneSettings.fromEnvironment(Map.of(), null);

    assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(settings.kafkaLogDir()).isEqualTo(Path.of("data", "kafka").toAbsolutePath());
    assertThat(settings.ports()).isEqualTo(new Ports(9092, 8080, 8181, 8182, 8183));
    assertThat(settings.ports().controller()).isEqualTo(9093);
    assertThat(settings.password()).isEmpty();
    assertThat(settings.servicesDir())
        .isEqualTo(Path.of("standalone", "target", "services").toAbsolutePath());
    assertThat(settings.logDir()).isEqualTo(Path.of("data", "logs").toAbsolutePath());
    assertThat(settings.withDataDir(Path.of("/srv/npi007")).logDir()).isEqualTo(Path.of("/srv/npi007/logs"));
    assertThat(settings.serviceJvmOptions()).isEmpty();
  }

  @Test
  void environmentOverridesEachSetting() {
    StandaloneSettings settings = StandaloneSettings.fromEnvironment(Map.of(
        "NPI007_DATA_DIR", "/var/lib/npi007",
        "NPI007_KAFKA_PORT", "19092",
        "NPI007_GATEWAY_PORT", "18080",
        "NPI007_INCIDENT_SERVICE_PORT", "18181",
        "NPI007_NOTIFICATION_SERVICE_PORT", "18182",
        "NPI007_MAINTENANCE_SERVICE_PORT", "18183",
        "NPI007_STANDALONE_PASSWORD", "s3nha",
        "NPI007_WEBHOOK_TOKEN", "t0ken",
        "NPI007_SERVICE_DESK_SECRET", "  ",
        "NPI007_LOG_DIR", "/var/log/npi007"), "/opt/npi007/services");

    assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/npi007"));
    assertThat(settings.ports()).isEqualTo(new Ports(19092, 18080, 18181, 18182, 18183));
    assertThat(settings.password()).contains("s3nha");
    assertThat(settings.secrets()).containsExactlyInAnyOrderEntriesOf(Map.of(
        GatewaySecret.STANDALONE_PASSWORD, "s3nha", GatewaySecret.WEBHOOK_TOKEN, "t0ken"));
    assertThat(settings.servicesDir()).isEqualTo(Path.of("/opt/npi007/services"));
    assertThat(settings.logDir()).isEqualTo(Path.of("/var/log/npi007"));
    assertThat(settings.withDataDir(Path.of("/srv/npi007")).logDir()).isEqualTo(Path.of("/var/log/npi007"));
  }

  @Test
  void theServicesJvmOptionsAreSplitOnBlanksAndKeptInOrder() {
    StandaloneSettings settings = StandaloneSettings.fromEnvironment(Map.of(
        "NPI007_SERVICE_JVM_OPTIONS", " -XX:TieredStopAtLevel=4  -Xmx512m "), null);

    assertThat(settings.withDataDir(Path.of("/srv/npi007")).serviceJvmOptions())
        .containsExactly("-XX:TieredStopAtLevel=4", "-Xmx512m");
  }

  @Test
  void aServiceDropsFiveNiceLevelsOnceUpUnlessTheOperatorSaysOtherwise() {
    assertThat(StandaloneSettings.fromEnvironment(Map.of(), null).serviceNiceness()).isEqualTo(5);
    assertThat(StandaloneSettings.fromEnvironment(Map.of("NPI007_SERVICE_NICENESS", " 0 "), null).serviceNiceness())
        .as("0 turns it off").isZero();
    assertThatThrownBy(() -> StandaloneSettings.fromEnvironment(Map.of("NPI007_SERVICE_NICENESS", "20"), null))
        .hasMessageContaining("NPI007_SERVICE_NICENESS vai de 0 a 19");
    assertThatThrownBy(() -> StandaloneSettings.fromEnvironment(Map.of("NPI007_SERVICE_NICENESS", "baixa"), null))
        .hasMessageContaining("NPI007_SERVICE_NICENESS vai de 0 a 19, não 'baixa'");
  }

  @Test
  void rejectsAPortThatIsNotANumberNamingTheSetting() {
    assertThatThrownBy(() -> StandaloneSettings.fromEnvironment(
        Map.of("NPI007_GATEWAY_PORT", "oitenta"), null))
        .hasMessageContaining("NPI007_GATEWAY_PORT");
  }
}
