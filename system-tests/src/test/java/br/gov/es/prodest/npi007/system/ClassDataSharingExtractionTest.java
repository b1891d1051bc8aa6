package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.standalone.services.ClassDataSharing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's class-data sharing on a real service jar, as the build makes it. */
class ClassDataSharingExtractionTest {

  @TempDir
  Path services;

  @Test
  void aServiceJarIsExtractedOnceIntoPlainJarsAndItsFirstRunTrainsTheArchive() throws IOException {
    Path jar = Files.copy(serviceJar("maintenance-service"), services.resolve("maintenance-service-exec.jar"));

    ClassDataSharing.Launch first = ClassDataSharing.prepare(jar);

    assertThat(first.jar()).isRegularFile().isNotEqualTo(jar);
    assertThat(first.jar().getParent().resolve("lib")).isDirectoryContaining(lib -> lib.toString().endsWith(".jar"));
    assertThat(first.jvmOptions()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
    assertThat(first.training().getParent()).isEqualTo(first.jar().getParent());

    Path marker = Files.writeString(first.jar().resolveSibling("marca"), "mesma extração");
    ClassDataSharing.Launch again = ClassDataSharing.prepare(jar);
    assertThat(again.jar()).isEqualTo(first.jar());
    assertThat(marker).as("the same build is not extracted twice").exists();

    Files.write(first.archive(), new byte[] {1});
    assertThat(ClassDataSharing.prepare(jar).jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + first.archive());

    // the same code built again: a reproducible build writes the same entries, only the file is newer
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    assertThat(ClassDataSharing.prepare(jar).jvmOptions()).as("the same contents keep their archive")
        .containsExactly("-XX:SharedArchiveFile=" + first.archive());
    assertThat(marker).exists();

    Files.copy(serviceJar("incident-service"), jar, StandardCopyOption.REPLACE_EXISTING);
    ClassDataSharing.Launch rebuilt = ClassDataSharing.prepare(jar);
    assertThat(marker).as("other contents are extracted anew, the old archive with them").doesNotExist();
    assertThat(rebuilt.archive()).doesNotExist();
    assertThat(rebuilt.jvmOptions()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
  }

  private static Path serviceJar(String module) throws IOException {
    try (Stream<Path> jars = Files.list(RunningSystem.SERVICES_DIR)) {
      return jars.filter(jar -> jar.getFileName().toString().startsWith(module + "-")
          && jar.getFileName().toString().endsWith("-exec.jar")).findFirst().orElseThrow();
    }
  }
}
