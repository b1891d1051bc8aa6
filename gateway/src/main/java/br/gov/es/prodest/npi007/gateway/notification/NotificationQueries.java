package br.gov.es.prodest.npi007.gateway.notification;

import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

/** The outbox, answered by the notification-service. */
@Service
public class NotificationQueries {

  private static final String PATH = "/internal/notifications";
  private static final ParameterizedTypeReference<List<NotificationView>> LIST = new ParameterizedTypeReference<>() { };

  private final InternalApi notificationService;

  public NotificationQueries(@Qualifier("notificationService") InternalApi notificationService) {
    this.notificationService = notificationService;
  }

  public Page<NotificationView> list(String status, String type, String incidentId, String maintenanceId,
      PageRequest page) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("status", status);
    parameters.put("type", type);
    parameters.put("incidentId", incidentId);
    parameters.put("maintenanceId", maintenanceId);
    return notificationService.list(PATH, parameters, page, LIST);
  }

  public NotificationView one(String id) {
    return notificationService.one(PATH, id, NotificationView.class)
        .orElseThrow(() -> ApiProblem.notFound("NOTIFICATION_NOT_FOUND", "Notificação " + id + " não encontrada."));
  }
}
