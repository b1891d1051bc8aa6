package br.gov.es.prodest.npi007.standalone.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Class-data sharing for a service's JVM (JDK 17's dynamic AppCDS archive), so that a start maps
 * the classes it needs instead of loading, parsing and verifying thousands of them again. CDS cannot
 * archive classes read from a jar inside a jar, so the runnable jar is first extracted into plain
 * jars with Spring Boot's own tools ({@code -Djarmode=tools extract}); the first run from that
 * extraction writes the archive of the classes it loaded when it stops, and every later start uses
 * it. A jar of other contents makes a new extraction and so a new archive; the same code built
 * again (a reproducible build) keeps both. A jar without Spring
 * Boot's tools runs as it is; so does a service whose extraction fails (the start only slower).
 */
public final class ClassDataSharing {

  static final String DIRECTORY = "cds";
  static final String ARCHIVE = "classes.jsa";
  private static final String STAMP = "extracted-from";
  private static final String TOOLS = "BOOT-INF/lib/spring-boot-jarmode-tools-";
  private static final long EXTRACT_TIMEOUT_SECONDS = 120;

  private ClassDataSharing() {
  }

  /**
   * How to run a service's jar.
   *
   * @param jvmOptions the class-data sharing options (none when the jar runs as it is)
   * @param jar        the jar to give {@code -jar}
   * @param training   where this run writes its archive when it stops, or null
   * @param archive    where the archive is used from
   */
  public record Launch(List<String> jvmOptions, Path jar, Path training, Path archive) {

    /**
     * After the service's JVM ended: the archive it wrote becomes the one later starts use, in one
     * atomic move, so that no JVM ever maps a half-written archive (two services training at once,
     * or one killed while it wrote). Only a JVM that stopped as asked (exit 0, or 130/143 after
     * SIGINT/SIGTERM) wrote a whole archive.
     */
    public void ended(int exitCode) {
      if (training == null || !Files.isRegularFile(training)) {
        return;
      }
      try {
        if ((exitCode == 0 || exitCode == 130 || exitCode == 143) && !Files.exists(archive)) {
          Files.move(training, archive, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.delete(training);
        }
      } catch (IOException e) {
        // another JVM's archive got there first, or the directory went with a new build: nothing to keep
      }
    }
  }

  /** The launch of a runnable jar, extracting it first if this build was not extracted yet. */
  public static Launch prepare(Path runnableJar) {
    if (!hasSpringBootTools(runnableJar)) {
      return asItIs(runnableJar);
    }
    Path extracted = runnableJar.toAbsolutePath().resolveSibling(DIRECTORY)
        .resolve(runnableJar.getFileName().toString().replaceFirst("\\.jar$", ""));
    try {
      String stamp = stampOf(runnableJar);
      if (!stamp.equals(readStamp(extracted))) {
        extract(runnableJar, extracted, stamp);
      }
    } catch (IOException | UncheckedIOException e) {
      return asItIs(runnableJar);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return asItIs(runnableJar);
    }
    Path archive = extracted.resolve(ARCHIVE);
    Path jar = extracted.resolve(runnableJar.getFileName());
    if (Files.isRegularFile(archive)) {
      return new Launch(List.of("-XX:SharedArchiveFile=" + archive), jar, null, archive);
    }
    // this run trains the archive: the JVM writes it when the service stops
    Path training = extracted.resolve(ARCHIVE + "." + UUID.randomUUID() + ".training");
    return new Launch(List.of("-XX:ArchiveClassesAtExit=" + training), jar, training, archive);
  }

  private static Launch asItIs(Path runnableJar) {
    return new Launch(List.of(), runnableJar, null, null);
  }

  private static boolean hasSpringBootTools(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().anyMatch(entry -> entry.getName().startsWith(TOOLS));
    } catch (IOException e) {
      return false;
    }
  }

  // What the jar holds, not when it was written: each entry's name, CRC and size, read from the zip's
  // central directory (milliseconds, not a hash of 140 MB). The build is reproducible
  // (project.build.outputTimestamp), so building the same code again keeps the extraction and its archive.
  private static String stampOf(Path jar) throws IOException {
    MessageDigest digest = sha256();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().forEach(entry -> digest.update((entry.getName() + '\u0000' + entry.getCrc() + '\u0000'
          + entry.getSize() + '\n').getBytes(StandardCharsets.UTF_8)));
    }
    return "entradas " + HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String readStamp(Path extracted) throws IOException {
    Path stamp = extracted.resolve(STAMP);
    return Files.isRegularFile(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8) : "";
  }

  // Into a fresh directory beside the final one, then moved into place: a stopped extraction never looks complete.
  private static void extract(Path runnableJar, Path extracted, String stamp) throws IOException, InterruptedException {
    Path fresh = extracted.resolveSibling(extracted.getFileName() + ".new");
    deleteTree(fresh);
    Files.createDirectories(fresh.getParent());
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djarmode=tools", "-jar", runnableJar.toAbsolutePath().toString(), "extract", "--destination", fresh.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      deleteTree(fresh);
      throw new IOException("extração de " + runnableJar + " falhou");
    }
    Files.writeString(fresh.resolve(STAMP), stamp, StandardCharsets.UTF_8);
    deleteTree(extracted);
    Files.move(fresh, extracted, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
