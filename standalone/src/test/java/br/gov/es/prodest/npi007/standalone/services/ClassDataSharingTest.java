package br.gov.es.prodest.npi007.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

  @TempDir
  Path dir;

  @Test
  void aJarWithoutSpringBootsToolsRunsAsItIs() throws IOException {
    Path jar = jar("plain-exec.jar", "br/gov/App.class");

    ClassDataSharing.Launch launch = ClassDataSharing.prepare(jar);

    assertThat(launch.jvmOptions()).isEmpty();
    assertThat(launch.jar()).isEqualTo(jar);
    assertThat(dir.resolve(ClassDataSharing.DIRECTORY)).doesNotExist();
  }

  @Test
  void aJarThatCannotBeExtractedRunsAsItIsAndLeavesNoHalfExtraction() throws IOException {
    // names Spring Boot's tools but holds no launcher: `-Djarmode=tools extract` fails on it
    Path jar = jar("broken-exec.jar", "BOOT-INF/lib/spring-boot-jarmode-tools-4.0.7.jar");

    ClassDataSharing.Launch launch = ClassDataSharing.prepare(jar);

    assertThat(launch.jvmOptions()).isEmpty();
    assertThat(launch.jar()).isEqualTo(jar);
    try (Stream<Path> left = Files.list(dir.resolve(ClassDataSharing.DIRECTORY))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void theArchiveOfAServiceThatStoppedAsAskedIsKeptForLaterStarts() throws IOException {
    ClassDataSharing.Launch launch = training();

    launch.ended(143);

    assertThat(launch.archive()).hasContent("arquivo");
    assertThat(launch.training()).doesNotExist();
  }

  @Test
  void theArchiveOfAKilledServiceIsDropped() throws IOException {
    ClassDataSharing.Launch launch = training();

    launch.ended(137);

    assertThat(launch.archive()).doesNotExist();
    assertThat(launch.training()).doesNotExist();
  }

  @Test
  void anArchiveAlreadyInPlaceIsNotReplacedWhileOtherJvmsMayMapIt() throws IOException {
    ClassDataSharing.Launch launch = training();
    Files.writeString(launch.archive(), "primeiro");

    launch.ended(0);

    assertThat(launch.archive()).hasContent("primeiro");
    assertThat(launch.training()).doesNotExist();
  }

  private ClassDataSharing.Launch training() throws IOException {
    Path training = Files.writeString(dir.resolve("classes.jsa.1.training"), "arquivo");
    return new ClassDataSharing.Launch(List.of("-XX:ArchiveClassesAtExit=" + training),
        dir.resolve("app.jar"), training, dir.resolve(ClassDataSharing.ARCHIVE));
  }

  private Path jar(String name, String entry) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(entry));
      out.write("x".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }
}
