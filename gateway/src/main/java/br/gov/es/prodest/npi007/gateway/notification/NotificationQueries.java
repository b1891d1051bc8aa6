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
  public static final String OLDEST = "oldest";
  public static final String NEWEST = "newest";
  private static final ParameterizedTypeReference<List<NotificationView>> LIST = new ParameterizedTypeReference<>() { };

  private final InternalApi notificationService;

  public NotificationQueries(@Qualifier("notificationService") InternalApi notificationService) {
    this.notificationService = notificationService;
  }

  /** The page in rendering order (oldest first). */
  public Page<NotificationView> list(String status, String type, String incidentId, String maintenanceId,
      PageRequest page) {
    return list(status, type, incidentId, maintenanceId, null, page);
  }

  /**
   * The page in {@code order}: {@value #OLDEST} (rendering order; also when null), {@value #NEWEST},
   * or whatever the client asked, which the service judges (an unknown one is its 400).
   */
  public Page<NotificationView> list(String status, String type, String incidentId, String maintenanceId,
      String order, PageRequest page) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("order", order);
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
