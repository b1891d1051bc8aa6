package br.gov.es.prodest.npi007.notification.status.application;

import br.gov.es.prodest.npi007.notification.status.application.StatusViews.ComponentDetail;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.ComponentRef;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.ComponentView;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.IncidentUpdate;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.IncidentView;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.MaintenanceView;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.Overview;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.StatusUpdate;
import br.gov.es.prodest.npi007.notification.status.domain.Component;
import br.gov.es.prodest.npi007.notification.status.domain.ComponentState;
import br.gov.es.prodest.npi007.notification.status.domain.ComponentStatus;
import br.gov.es.prodest.npi007.notification.status.domain.DayAvailability;
import br.gov.es.prodest.npi007.notification.status.domain.IncidentRecord;
import br.gov.es.prodest.npi007.notification.status.domain.MaintenanceRecord;
import br.gov.es.prodest.npi007.notification.status.domain.MaintenanceState;
import br.gov.es.prodest.npi007.notification.status.domain.MaintenanceUpdate;
import br.gov.es.prodest.npi007.notification.status.domain.MessageRecord;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.ComponentUpdated;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.paging.TimedPosition;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The public status page's read model (issue 12): which components are public and their state, the
 * public incidents with their approved updates, the announced maintenances, each component's last
 * 90 days, and the feed of updates. Kept in a {@link ProjectionStore} fed by one replay of the
 * incident, maintenance, notification and component topics, which resumes where it stopped after a
 * restart. One writer (the replay), many readers; each instance reads every partition into its own
 * store, so any instance answers any query. Time is passed in.
 */
public final class PublicStatus {

  private static final String UPDATES = "status-updates";

  private final ProjectionStore store;
  private final StatusRecords records;
  private final StatusProjection projection;
  private final List<Component> shipped;

  /** @param shipped the catalogue shipped with the release, overlaid slug by slug by the topic's updates */
  public PublicStatus(ProjectionStore store, StatusRecords records, List<Component> shipped) {
    this.store = store;
    this.records = records;
    this.projection = new StatusProjection(records);
    this.shipped = List.copyOf(shipped);
  }

  /** The store's layout name, for {@link ProjectionStore#open}. */
  public static String layout() {
    return StatusKeys.LAYOUT;
  }

  /** Applies a record of any of its topics within the replay's write; false when it changed nothing. */
  public boolean apply(ProjectionWrite write, byte[] value) {
    return projection.apply(write, value);
  }

  /** The time of the last public change; the epoch while there was none. */
  public Instant lastChangedAt() {
    byte[] stored = store.get(StatusKeys.LAST_CHANGED);
    return stored == null ? Instant.EPOCH : Instant.parse(StatusProjection.text(stored));
  }

  /** {@code GET /internal/status}: the page's summary now. */
  public Overview overview() {
    Instant lastChanged = lastChangedAt();
    Map<String, Component> catalogue = publicCatalogue();
    List<IncidentRecord> active = listed(StatusKeys.ACTIVE_INCIDENTS, this::incident).stream()
        .filter(incident -> catalogue.containsKey(incident.componentSlug())).toList();
    List<MaintenanceRecord> open = listed(StatusKeys.OPEN_MAINTENANCES, this::maintenance).stream()
        .filter(maintenance -> catalogue.containsKey(maintenance.componentSlug())).toList();
    List<ComponentView> components = catalogue.values().stream().map(component -> view(component, active, open))
        .toList();
    ComponentState overall = components.stream().map(ComponentView::state)
        .reduce(ComponentState.OPERATIONAL, ComponentState::worst);
    return new Overview(lastChanged, overall, components,
        active.stream().map(incident -> view(incident, catalogue.get(incident.componentSlug()))).toList(),
        open.stream().map(maintenance -> view(maintenance, catalogue.get(maintenance.componentSlug()))).toList());
  }

  /** {@code GET /internal/status/components/{slug}}: empty when the slug is not a public component. */
  public Optional<ComponentDetail> component(String slug, Instant now) {
    Instant lastChanged = lastChangedAt();
    Component component = publicCatalogue().get(slug);
    if (component == null) {
      return Optional.empty();
    }
    Instant windowStart = DayAvailability.windowStart(now);
    List<IncidentRecord> incidents = listed(StatusKeys.incidentsOf(slug), this::incident);
    List<MaintenanceRecord> maintenances = listed(StatusKeys.maintenancesOf(slug), this::maintenance);
    List<IncidentRecord> active = incidents.stream().filter(IncidentRecord::isActive).toList();
    List<MaintenanceRecord> open = maintenances.stream().filter(m -> m.state().isOpen()).toList();
    return Optional.of(new ComponentDetail(lastChanged, view(component, active, open),
        DayAvailability.lastDays(incidents.stream().map(incident -> incident.unavailable(now)).toList(), now),
        incidents.stream().filter(incident -> incident.restoredAt() == null || !incident.restoredAt()
            .isBefore(windowStart)).map(incident -> view(incident, component)).toList(),
        maintenances.stream().filter(maintenance -> !maintenance.end().isBefore(windowStart))
            .map(maintenance -> view(maintenance, component)).toList()));
  }

  /**
   * {@code GET /internal/status/updates}: one page of the feed, newest first, of every public
   * component ({@code slug} null) or one; empty for a slug that is not a public component.
   */
  public Page<StatusUpdate> updates(String slug, PageRequest request) {
    Map<String, Component> catalogue = publicCatalogue();
    if (slug != null && !catalogue.containsKey(slug)) {
      return new Page<>(List.of(), null);
    }
    byte[] prefix = StatusKeys.updates(slug).bytes();
    byte[] after = null;
    if (request.cursor() != null) {
      TimedPosition position = TimedPosition.fromCursor(UPDATES, request.cursor());
      after = StatusKeys.update(slug, position.at(), position.id());
    }
    try (Stream<ProjectionStore.Entry> listed = store.scan(prefix, after)) {
      return Page.collect(listed.iterator(), entry -> update(entry, catalogue), request.limit(),
          entry -> update(entry, catalogue).map(found -> new TimedPosition(found.publishedAt(), found.id())
              .cursor(UPDATES)).orElseThrow());
    }
  }

  private Optional<StatusUpdate> update(ProjectionStore.Entry entry, Map<String, Component> catalogue) {
    UpdateRef ref = UpdateRef.decode(StatusProjection.text(entry.value()));
    if (ref.notificationId() != null) {
      MessageRecord message = message(ref.notificationId());
      IncidentRecord incident = message == null ? null : incident(message.incidentId());
      Component component = incident == null ? null : catalogue.get(incident.componentSlug());
      if (component == null || !message.isPublished()) {
        return Optional.empty();
      }
      return Optional.of(new StatusUpdate(message.id(), "INCIDENT_UPDATE", ref(component), message.title(),
          message.publicText(), message.publishedAt(), incident.id(), null));
    }
    MaintenanceRecord maintenance = maintenance(ref.maintenanceId());
    Component component = maintenance == null ? null : catalogue.get(maintenance.componentSlug());
    Optional<MaintenanceUpdate> found = component == null ? Optional.empty()
        : maintenance.updates().stream().filter(update -> update.state() == ref.state()).findFirst();
    return found.map(update -> new StatusUpdate(update.id(), "MAINTENANCE", ref(component), update.title(),
        update.text(), update.publishedAt(), null, maintenance.id()));
  }

  /** The catalogue in force, public components only, by group (none last) then name. */
  Map<String, Component> publicCatalogue() {
    Map<String, Component> catalogue = new LinkedHashMap<>();
    shipped.forEach(component -> catalogue.put(component.slug(), component));
    try (Stream<ProjectionStore.Entry> updates = store.scan(StatusKeys.COMPONENTS, null)) {
      updates.forEach(entry -> records.read(entry.value()).filter(ComponentUpdated.class::isInstance)
          .map(event -> ((ComponentUpdated) event).component())
          .ifPresent(component -> catalogue.put(component.slug(), component)));
    }
    Map<String, Component> sorted = new LinkedHashMap<>();
    catalogue.values().stream().filter(Component::isPublic)
        .sorted(Comparator.comparing(Component::group, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Component::name).thenComparing(Component::slug))
        .forEach(component -> sorted.put(component.slug(), component));
    return sorted;
  }

  private ComponentView view(Component component, List<IncidentRecord> active, List<MaintenanceRecord> open) {
    String slug = component.slug();
    byte[] since = store.get(StatusKeys.operationalSince(slug));
    ComponentStatus status = ComponentStatus.of(
        active.stream().filter(incident -> slug.equals(incident.componentSlug())).toList(),
        open.stream().filter(m -> slug.equals(m.componentSlug()) && m.state() == MaintenanceState.IN_PROGRESS)
            .toList(),
        since == null ? null : Instant.parse(StatusProjection.text(since)));
    return new ComponentView(slug, component.name(), component.group(), status.state(), status.since());
  }

  private IncidentView view(IncidentRecord incident, Component component) {
    List<IncidentUpdate> updates = listed(StatusKeys.updatesOfIncident(incident.id()), this::message).stream()
        .filter(MessageRecord::isPublished)
        .map(m -> new IncidentUpdate(m.id(), m.type(), m.title(), m.publicText(), m.publishedAt())).toList();
    return new IncidentView(incident.id(), ref(component), incident.isActive() ? "UNAVAILABLE" : "RESTORED",
        incident.startedAt(), incident.restoredAt(), updates);
  }

  private static MaintenanceView view(MaintenanceRecord maintenance, Component component) {
    return new MaintenanceView(maintenance.id(), ref(component), maintenance.state(), maintenance.start(),
        maintenance.end());
  }

  private static ComponentRef ref(Component component) {
    return new ComponentRef(component.slug(), component.name());
  }

  /** The subjects a list names, in its order (each entry's value is a subject's id). */
  private <T> List<T> listed(byte[] prefix, Function<String, T> fold) {
    List<T> found = new ArrayList<>();
    try (Stream<ProjectionStore.Entry> listed = store.scan(prefix, null)) {
      listed.forEach(entry -> Optional.ofNullable(fold.apply(StatusProjection.text(entry.value())))
          .ifPresent(found::add));
    }
    return found;
  }

  private IncidentRecord incident(String id) {
    return IncidentRecord.fold(projection.events(store.get(StatusKeys.incident(id))));
  }

  private MaintenanceRecord maintenance(String id) {
    return MaintenanceRecord.fold(projection.events(store.get(StatusKeys.maintenance(id))));
  }

  private MessageRecord message(String id) {
    return MessageRecord.fold(projection.events(store.get(StatusKeys.message(id))));
  }
}
