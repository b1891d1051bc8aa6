package br.gov.es.prodest.npi007.gateway.groupmember;

import br.gov.es.prodest.npi007.avro.whatsapp.GroupMemberUpdated;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueUpdates;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueWriters;
import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * ADMIN's changes of the member directory (issue 14): a PUT writes a {@link GroupMemberUpdated}, a
 * DELETE a tombstone that erases the number from the compacted topic (LGPD); each answers once this
 * gateway's directory shows it.
 */
@Service
public class GroupMemberRegistration {

  private static final String OPERATION = "put-group-member/";

  private final GroupMemberDirectory directory;
  private final OrganCatalogue organs;
  private final CatalogueUpdates<GroupMember> updates;

  public GroupMemberRegistration(GroupMemberDirectory directory, OrganCatalogue organs, CatalogueWriters writers,
      @Value("${npi007.group-members.directory-wait:10s}") Duration directoryWait) {
    this.directory = directory;
    this.organs = organs;
    this.updates = writers.of(directory, directoryWait);
  }

  /** The member as written, and whether the number is new to the directory. */
  public GroupMemberRegistered register(String pathNumber, GroupMemberRequest request, CurrentUser user,
      String idempotencyKey) {
    GroupMemberChange change = GroupMemberChange.validated(pathNumber, request, organs);
    boolean created = updates.write(OPERATION, change.number(), change, user, idempotencyKey,
        envelope -> GroupMemberUpdated.newBuilder()
            .setEnvelope(envelope)
            .setNumber(change.number())
            .setName(change.name())
            .setOrgan(change.organ())
            .build());
    return new GroupMemberRegistered(new GroupMember(change.number(), change.name(), change.organ()), created);
  }

  /** Erases the member of this number; 404 when the directory does not hold it. */
  public void remove(String pathNumber) {
    String number = GroupMemberChange.number(pathNumber).filter(directory::contains)
        .orElseThrow(() -> notFound(pathNumber));
    updates.erase(number);
  }

  static ApiProblem notFound(String number) {
    return ApiProblem.notFound("GROUP_MEMBER_NOT_FOUND", "O número " + number + " não está no cadastro de membros do grupo.");
  }
}
