package br.gov.es.prodest.npi007.incident.grouppost.application;

import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.ReportJoined;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.paging.TimedPosition;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.StoreKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The WhatsApp group's feed (issue 14): every post, what the incident-service decided it leads to,
 * and what people made of it: the incidents it led to (from the incident events that carry its id)
 * or its dismissal. Kept in the incident register's store, fed by the register's own replay (one
 * reader of the incident events), each piece under its own key, since the three topics arrive in
 * no set order: the post, its decision and its dismissal as they came (Avro), the incidents as
 * lines. Two lists, newest post first: every post, and the pending ones (a possible report or an
 * SA number awaiting the team, not dismissed, and leading to no incident yet), which a change of
 * any piece keeps current. Applying a record again changes nothing.
 */
public final class GroupFeed {

  /** The cursors' list names. */
  static final String EVERY_POST = "group-posts";
  static final String PENDING_POSTS = "group-posts-pending";
  private static final String POST = "group-post";
  private static final String DECISION = "group-post-decision";
  private static final String DISMISSAL = "group-post-dismissal";
  private static final String INCIDENTS = "group-post-incidents";

  private final ProjectionStore store;
  private final Function<byte[], GroupFeedRecord> decoder;

  /**
   * @param store   the store it shares with the incident register
   * @param decoder reads a record of the group-posts or decisions topic, as it came
   */
  public GroupFeed(ProjectionStore store, Function<byte[], GroupFeedRecord> decoder) {
    this.store = store;
    this.decoder = decoder;
  }

  /** Applies a record of the group-posts or the decisions topic. */
  public void apply(byte[] record, ProjectionWrite write) {
    GroupFeedRecord decoded = decoder.apply(record);
    String postId = decoded.postId();
    Optional<GroupFeedPost> before = view(postId, write::get);
    String space = decoded instanceof GroupFeedRecord.Received ? POST
        : decoded instanceof GroupFeedRecord.Decided ? DECISION : DISMISSAL;
    if (write.get(key(space, postId)) != null) {
      return;
    }
    write.put(key(space, postId), record);
    reindex(postId, before, write);
  }

  /** Applies an incident event: one that names a post of the group records what the post led to. */
  public void apply(IncidentEvent event, ProjectionWrite write) {
    Optional<GroupFeedPost.Incident> led = ledTo(event);
    if (led.isEmpty()) {
      return;
    }
    String postId = postIdOf(event);
    byte[] key = key(INCIDENTS, postId);
    List<String> lines = lines(write.get(key));
    String line = led.get().incidentId() + "\t" + led.get().how();
    if (lines.contains(line)) {
      return;
    }
    Optional<GroupFeedPost> before = view(postId, write::get);
    List<String> next = new ArrayList<>(lines);
    next.add(line);
    write.put(key, String.join("\n", next).getBytes(StandardCharsets.UTF_8));
    reindex(postId, before, write);
  }

  /** The post, once the feed has received it. */
  public Optional<GroupFeedPost> find(String postId) {
    return view(postId, store::get);
  }

  /** One page of the posts, newest first; only the pending ones when {@code pendingOnly}. */
  public Page<GroupFeedPost> page(boolean pendingOnly, PageRequest request) {
    String list = pendingOnly ? PENDING_POSTS : EVERY_POST;
    TimedPosition cursor = request.cursor() == null ? null : TimedPosition.fromCursor(list, request.cursor());
    byte[] prefix = StoreKey.of(list).bytes();
    byte[] after = cursor == null ? null : indexKey(list, cursor);
    try (Stream<GroupFeedPost> posts = store.scan(prefix, after)
        .map(entry -> new String(entry.value(), StandardCharsets.UTF_8))
        .flatMap(id -> find(id).stream())) {
      return Page.collect(posts.iterator(), Optional::of, request.limit(),
          post -> new TimedPosition(post.postedAt(), post.postId()).cursor(list));
    }
  }

  private void reindex(String postId, Optional<GroupFeedPost> before, ProjectionWrite write) {
    Optional<GroupFeedPost> after = view(postId, write::get);
    before.filter(GroupFeedPost::pending).ifPresent(post -> write.delete(indexKey(PENDING_POSTS, position(post))));
    after.ifPresent(post -> {
      byte[] id = postId.getBytes(StandardCharsets.UTF_8);
      write.put(indexKey(EVERY_POST, position(post)), id);
      if (post.pending()) {
        write.put(indexKey(PENDING_POSTS, position(post)), id);
      }
    });
  }

  private Optional<GroupFeedPost> view(String postId, Function<byte[], byte[]> read) {
    byte[] post = read.apply(key(POST, postId));
    if (post == null) {
      return Optional.empty();
    }
    GroupFeedRecord.Received received = (GroupFeedRecord.Received) decoder.apply(post);
    GroupFeedRecord.Decided decided = Optional.ofNullable(read.apply(key(DECISION, postId)))
        .map(bytes -> (GroupFeedRecord.Decided) decoder.apply(bytes)).orElse(null);
    GroupFeedRecord.Dismissed dismissed = Optional.ofNullable(read.apply(key(DISMISSAL, postId)))
        .map(bytes -> (GroupFeedRecord.Dismissed) decoder.apply(bytes)).orElse(null);
    List<GroupFeedPost.Incident> incidents = lines(read.apply(key(INCIDENTS, postId))).stream()
        .map(line -> line.split("\t", 2)).map(parts -> new GroupFeedPost.Incident(parts[0], parts[1])).toList();
    return Optional.of(new GroupFeedPost(postId, received.postedAt(), received.memberName(), received.memberOrgan(),
        received.senderName(), received.kind(), received.text(), received.replyTo(),
        situation(decided, dismissed, incidents), decided == null ? null : decided.outcome(),
        decided == null ? null : decided.reason(), decided == null ? null : decided.saNumber(),
        decided == null ? List.of() : decided.candidates(), incidents,
        dismissed == null ? null
            : new GroupFeedPost.Dismissal(dismissed.reason(), dismissed.dismissedBy(), dismissed.dismissedAt())));
  }

  /**
   * Where a post stands: what people made of it first, else what the incident-service decided. A
   * link decided at once counts only once the incident took it: until its ServiceRequestLinked
   * arrives the post waits as an SA for the team, so one the incident refused (closed, or another SA
   * linked meanwhile) is not lost.
   */
  static String situation(GroupFeedRecord.Decided decided, GroupFeedRecord.Dismissed dismissed,
      List<GroupFeedPost.Incident> incidents) {
    if (!incidents.isEmpty()) {
      return "LED_TO_INCIDENT";
    } else if (dismissed != null) {
      return "DISMISSED";
    } else if (decided == null) {
      return "UNDECIDED";
    }
    return switch (decided.outcome()) {
      case "possible-report" -> "PENDING_REPORT";
      case "sa-awaits-team", "sa-linked" -> "PENDING_SA";
      default -> "IGNORED";
    };
  }

  private static Optional<GroupFeedPost.Incident> ledTo(IncidentEvent event) {
    String incidentId = event.envelope().aggregateId();
    if (event instanceof IncidentReported reported && reported.postId() != null) {
      return Optional.of(new GroupFeedPost.Incident(incidentId, "REPORTED"));
    } else if (event instanceof ReportJoined joined && joined.postId() != null) {
      return Optional.of(new GroupFeedPost.Incident(incidentId, "JOINED"));
    } else if (event instanceof ServiceRequestLinked linked && linked.postId() != null) {
      return Optional.of(new GroupFeedPost.Incident(incidentId, "SA_LINKED"));
    }
    return Optional.empty();
  }

  private static String postIdOf(IncidentEvent event) {
    if (event instanceof IncidentReported reported) {
      return reported.postId();
    } else if (event instanceof ReportJoined joined) {
      return joined.postId();
    }
    return ((ServiceRequestLinked) event).postId();
  }

  private static List<String> lines(byte[] stored) {
    return stored == null || stored.length == 0 ? List.of()
        : List.of(new String(stored, StandardCharsets.UTF_8).split("\n"));
  }

  private static TimedPosition position(GroupFeedPost post) {
    return new TimedPosition(post.postedAt(), post.postId());
  }

  private static byte[] key(String space, String postId) {
    return StoreKey.of(space).text(postId).bytes();
  }

  private static byte[] indexKey(String list, TimedPosition position) {
    return StoreKey.of(list).newestFirst(position.at()).text(position.id()).bytes();
  }
}
