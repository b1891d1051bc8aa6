package br.gov.es.prodest.npi007.gateway.groupmember;

import br.gov.es.prodest.npi007.avro.whatsapp.GroupMemberUpdated;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueChange;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueNames;
import br.gov.es.prodest.npi007.gateway.catalogue.TopicCatalogue;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp group's member directory in force (issue 14): the latest {@link GroupMemberUpdated}
 * of each number on the members topic, a tombstone erasing one. Nothing is shipped: the people are
 * PRODEST's to register. Read by the group-post webhooks (who posted) and by ADMIN only.
 */
@Component
public class GroupMemberDirectory extends TopicCatalogue<GroupMember> {

  static final CatalogueNames NAMES =
      new CatalogueNames("Cadastro de membros do grupo", "do membro do grupo", "/api/v1/group-members/", "GROUP_MEMBER_DIRECTORY");

  public GroupMemberDirectory(JsonMapper json) {
    super(NAMES, Topics.GROUP_MEMBERS, new ByteArrayResource("[]".getBytes(StandardCharsets.UTF_8)), json,
        GroupMember.class, GroupMember::number, GroupMemberDirectory::changeOf);
  }

  private static Optional<CatalogueChange<GroupMember>> changeOf(SpecificRecord value) {
    if (!(value instanceof GroupMemberUpdated update)) {
      return Optional.empty();
    }
    return Optional.of(new CatalogueChange<>(update.getEnvelope().getEventId(), update.getEnvelope().getSequence(),
        update.getNumber(), new GroupMember(update.getNumber(), update.getName(), update.getOrgan())));
  }
}
