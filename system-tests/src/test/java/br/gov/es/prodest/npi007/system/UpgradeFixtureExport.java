package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.standalone.broker.SingleNodeBroker;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the fixture of {@link UpgradeInPlaceTest} from a data directory left by {@code ./npi007 up}
 * (stopped cleanly first): starts a broker on its {@code kafka} directory, dumps it with
 * {@link TopicDump} and writes {@code src/test/resources/upgrade/fixture.jsonl.gz}. Disabled unless
 * the property names the data directory:
 *
 * <pre>
 * mvn -B -ntp -pl system-tests -am verify -Dtest=UpgradeFixtureExport -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dnpi007.upgrade.export=/tmp/upg-old
 * </pre>
 *
 * The whole recipe (which released commit, which flows, the manifest) is in {@link UpgradeInPlaceTest}.
 */
class UpgradeFixtureExport {

  static final String DATA_DIR_PROPERTY = "npi007.upgrade.export";

  @Test
  @EnabledIfSystemProperty(named = DATA_DIR_PROPERTY, matches = ".+")
  void dumpsTheDataDirectoryIntoTheFixture() throws IOException {
    Path dataDir = Path.of(System.getProperty(DATA_DIR_PROPERTY));
    List<FixtureLine> lines;
    try (SingleNodeBroker broker = SingleNodeBroker.start(dataDir.resolve("kafka"), Ports.free().kafka())) {
      lines = TopicDump.dump(broker.bootstrapServers());
    }
    Path fixture = Path.of("src", "test", "resources", "upgrade", "fixture.jsonl.gz");
    Files.createDirectories(fixture.getParent());
    try (OutputStream out = Files.newOutputStream(fixture)) {
      FixtureLine.write(lines, out);
    }
    System.out.printf("%d linhas (%d registros) em %s, %d bytes%n", lines.size(),
        lines.stream().filter(line -> line.kind().equals("record")).count(), fixture.toAbsolutePath(), Files.size(fixture));
  }
}
