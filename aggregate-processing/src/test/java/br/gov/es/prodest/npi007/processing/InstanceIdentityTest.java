package br.gov.es.prodest.npi007.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceIdentityTest {

  @TempDir
  Path dir;

  @Test
  void oneDataDirectoryIsOneInstanceAcrossRestarts() {
    String first = InstanceIdentity.in(dir.resolve("notification-service/streams"));

    assertThat(UUID.fromString(first)).isNotNull();
    assertThat(InstanceIdentity.in(dir.resolve("notification-service/streams"))).isEqualTo(first);
    assertThat(InstanceIdentity.in(dir.resolve("another/streams"))).isNotEqualTo(first);
  }

  @Test
  void aDamagedFileIsReplacedByAFreshId() throws Exception {
    Files.writeString(dir.resolve(InstanceIdentity.FILE), "não é um id\n");

    String id = InstanceIdentity.in(dir);

    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(Files.readString(dir.resolve(InstanceIdentity.FILE)).strip()).isEqualTo(id);
    assertThat(Files.list(dir)).singleElement().isEqualTo(dir.resolve(InstanceIdentity.FILE));
  }

  @Test
  void theStreamsMemberIsNamedByItsApplicationAndItsDataDirectory() {
    Properties settings = new Properties();
    settings.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, "npi007-incident-service");
    settings.setProperty(StreamsConfig.STATE_DIR_CONFIG, dir.toString());

    assertThat(StaticMembership.instanceId(settings))
        .isEqualTo("npi007-incident-service-" + InstanceIdentity.in(dir))
        .isEqualTo(StaticMembership.instanceId(settings));
  }
}
