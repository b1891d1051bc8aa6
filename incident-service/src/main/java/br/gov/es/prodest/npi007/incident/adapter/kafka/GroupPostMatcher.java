package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDecided;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostReceived;
import br.gov.es.prodest.npi007.incident.grouppost.domain.GroupPost;
import br.gov.es.prodest.npi007.incident.grouppost.domain.GroupPostDecisions;
import br.gov.es.prodest.npi007.incident.grouppost.domain.GroupPostOutcome;
import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by post id, on the group-posts topic's own partition: decides what each post of the
 * WhatsApp group leads to ({@link GroupPostDecisions}) once, remembering the outcome per post id,
 * so a provider's resend changes nothing, and writing each decision on the decisions topic for the
 * group feed. An SA number for the only incident of the member's organ
 * waiting for one becomes a {@link LinkServiceRequest} whose command id is derived from the post
 * (the incident decides it: a link never overwrites an SA already linked); the post is its evidence.
 */
final class GroupPostMatcher implements Processor<byte[], byte[], byte[], Routed> {

  private static final Logger log = LoggerFactory.getLogger(GroupPostMatcher.class);
  private static final AvroCodec CODEC = AvroCodec.instance();

  private final GroupPostMatching matching;
  private ProcessorContext<byte[], Routed> context;
  private KeyValueStore<String, String> outcomes;

  GroupPostMatcher(GroupPostMatching matching) {
    this.matching = matching;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
    this.outcomes = context.getStateStore(IncidentCommandTopology.GROUP_POST_OUTCOMES);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    SpecificRecord decoded;
    try {
      decoded = Topics.GROUP_POSTS.decode(record.value());
    } catch (UndecodableRecordException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    // a dismissal travels with its post for the group feed; it decides nothing here
    if (!(decoded instanceof GroupPostReceived received) || outcomes.get(received.getPostId()) != null) {
      return;
    }
    GroupPostOutcome outcome = GroupPostDecisions.decide(post(received), matching.patterns(),
        matching.awaitingServiceRequest(), matching.autolink());
    outcomes.put(received.getPostId(), outcome.label());
    matching.counted().accept(outcome.label());
    // post ids and outcomes only: texts and numbers stay out of the logs
    log.debug("Publicação {} do grupo: {}", received.getPostId(), outcome.label());
    context.forward(record.withValue(new Routed(IncidentLane.GROUP_POST_DECISIONS,
        CODEC.encode(decided(received, outcome)))));
    if (outcome instanceof GroupPostOutcome.LinksServiceRequest link) {
      context.forward(record.withKey(Routed.key(link.incidentId()))
          .withValue(new Routed(Routed.Standard.BY_AGGREGATE, CODEC.encode(command(received, link)))));
    }
  }

  private static GroupPostDecided decided(GroupPostReceived post, GroupPostOutcome outcome) {
    GroupPostDecided.Builder decided = GroupPostDecided.newBuilder()
        .setPostId(post.getPostId())
        .setOutcome(outcome.label())
        .setReason(null)
        .setSaNumber(null)
        .setIncidentId(null)
        .setCandidates(List.of())
        .setDecidedAt(post.getReceivedAt());
    if (outcome instanceof GroupPostOutcome.LinksServiceRequest link) {
      decided.setSaNumber(link.saNumber()).setIncidentId(link.incidentId()).setCandidates(List.of(link.incidentId()));
    } else if (outcome instanceof GroupPostOutcome.ServiceRequestAwaitsTeam waiting) {
      decided.setSaNumber(waiting.saNumber()).setCandidates(waiting.candidates());
    } else if (outcome instanceof GroupPostOutcome.Ignored ignored) {
      decided.setReason(ignored.reason());
    }
    return decided.build();
  }

  private static GroupPost post(GroupPostReceived received) {
    return new GroupPost(received.getPostId(), received.getMemberName(), received.getMemberOrgan(),
        received.getPostedAt(), received.getText(), received.getReplyTo() != null);
  }

  private static LinkServiceRequest command(GroupPostReceived post, GroupPostOutcome.LinksServiceRequest link) {
    String commandId = EventIds.named("group-post/" + post.getPostId());
    CommandMetadata metadata = new CommandMetadata(commandId, commandId, post.getReceivedAt(),
        new Actor("whatsapp-group", Role.INTEGRATION, post.getMemberOrgan(), null), Origin.WHATSAPP, null);
    return LinkServiceRequest.newBuilder()
        .setMetadata(metadata)
        .setIncidentId(link.incidentId())
        .setSaNumber(link.saNumber())
        .setPostId(post.getPostId())
        .setPostedAt(post.getPostedAt())
        .setPostText(post.getText())
        .setPostedBy(post.getMemberName())
        .build();
  }
}
