package br.gov.es.prodest.npi007.standalone;

import br.gov.es.prodest.npi007.standalone.services.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes a {@link FakeService} jar under each service's exec-jar name. */
final class FakeServiceJars {

  private FakeServiceJars() {
  }

  static Path writeTo(Path servicesDir) throws IOException {
    Files.createDirectories(servicesDir);
    String classFile = FakeService.class.getName().replace('.', '/') + ".class";
    byte[] bytes;
    try (InputStream in = FakeService.class.getClassLoader().getResourceAsStream(classFile)) {
      bytes = in.readAllBytes();
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
    for (Service service : Service.values()) {
      Path jar = service.jar(servicesDir, ServiceJars.version());
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file, manifest)) {
        out.putNextEntry(new JarEntry(classFile));
        out.write(bytes);
        out.closeEntry();
      }
    }
    return servicesDir;
  }
}
