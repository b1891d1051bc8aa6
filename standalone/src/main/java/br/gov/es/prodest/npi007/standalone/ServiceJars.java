package br.gov.es.prodest.npi007.standalone;

import br.gov.es.prodest.npi007.standalone.services.Service;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The services' runnable jars, built with this module and so of its version. */
final class ServiceJars {

  private ServiceJars() {
  }

  static String version() {
    try (InputStream in = ServiceJars.class.getResourceAsStream("/npi007-standalone.properties")) {
      Properties props = new Properties();
      if (in != null) {
        props.load(in);
      }
      String version = props.getProperty("version");
      if (version == null || version.contains("@")) {
        throw new IllegalStateException("Versão do npi007 ausente do jar do standalone");
      }
      return version;
    } catch (IOException e) {
      throw new IllegalStateException("Versão do npi007 ilegível no jar do standalone", e);
    }
  }

  static void requirePresent(Path servicesDir, String version) {
    List<Path> missing = Arrays.stream(Service.values())
        .map(service -> service.jar(servicesDir, version))
        .filter(jar -> !Files.isRegularFile(jar))
        .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Jars dos serviços ausentes: " + missing
          + ". Rode ./npi007 up (ou 'mvn -B -DskipTests package' na raiz), ou aponte -D"
          + StandaloneSettings.SERVICES_DIR_PROPERTY + " para o diretório que os contém.");
    }
  }
}
