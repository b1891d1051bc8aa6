package br.gov.es.prodest.npi007.notification.message.adapter.template;

import br.gov.es.prodest.npi007.notification.message.domain.InvalidTemplateException;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.Template;
import br.gov.es.prodest.npi007.notification.message.domain.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The templates as files {@code <id>.txt} (e.g. {@code 6.3.txt}): those shipped in the jar under
 * {@code templates/}, each overridden by a file of the same name in ASCOM's directory when there
 * is one. The directory is read at every rendering, so an edit applies to the next message without
 * a restart; a file that cannot render its message is reported and the shipped template is used.
 */
public final class TemplateFiles implements Templates {

  private static final Logger log = LoggerFactory.getLogger(TemplateFiles.class);
  private static final String SHIPPED = "templates/";

  private final Path directory;
  private final Map<MessageTemplate, Template> shipped = new EnumMap<>(MessageTemplate.class);

  /** @param directory ASCOM's templates, or null for the shipped ones only */
  public TemplateFiles(Path directory) {
    this.directory = directory;
    for (MessageTemplate message : MessageTemplate.values()) {
      shipped.put(message, Template.of(message, readShipped(message)));
    }
  }

  @Override
  public Template current(MessageTemplate message) {
    if (directory != null) {
      Path file = directory.resolve(fileName(message));
      if (Files.isRegularFile(file)) {
        try {
          return Template.of(message, Files.readAllBytes(file));
        } catch (IOException | InvalidTemplateException e) {
          log.error("Modelo {} ignorado, usando o modelo original da norma: {}", file, e.getMessage());
        }
      }
    }
    return shipped.get(message);
  }

  private static byte[] readShipped(MessageTemplate message) {
    String resource = SHIPPED + fileName(message);
    try (InputStream in = TemplateFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("template " + resource + " missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fileName(MessageTemplate message) {
    return message.id() + ".txt";
  }
}
