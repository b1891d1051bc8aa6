package br.gov.es.prodest.npi007.gateway.grouppost;

import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.paging.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

/** The WhatsApp group's feed, answered by the incident-service's read model (issue 14). */
@Service
public class GroupPostQueries {

  private static final String PATH = "/internal/group-posts";
  private static final ParameterizedTypeReference<List<GroupPostView>> LIST = new ParameterizedTypeReference<>() { };

  private final InternalApi incidentService;

  public GroupPostQueries(@Qualifier("incidentService") InternalApi incidentService) {
    this.incidentService = incidentService;
  }

  /** Newest post first; only those awaiting TEAM or ASCOM when {@code pendingOnly}. */
  public Page<GroupPostView> list(boolean pendingOnly, PageRequest page) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("pending", pendingOnly ? "true" : null);
    return incidentService.list(PATH, parameters, page, LIST);
  }

  public GroupPostView one(String postId) {
    return incidentService.one(PATH, postId, GroupPostView.class).orElseThrow(() -> ApiProblem.notFound(
        "GROUP_POST_NOT_FOUND", "A publicação " + postId + " não está no mural do grupo."));
  }
}
