package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDecided;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDismissed;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostReceived;
import br.gov.es.prodest.npi007.incident.grouppost.application.GroupFeedRecord;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;

/** The group feed's records as the group-posts and decisions topics carry them (issue 14). */
final class GroupFeedWire {

  private static final AvroCodec CODEC = AvroCodec.instance();

  private GroupFeedWire() {
  }

  static GroupFeedRecord decode(byte[] value) {
    SpecificRecord record = CODEC.decode(value);
    if (record instanceof GroupPostReceived post) {
      return new GroupFeedRecord.Received(post.getPostId(), post.getPostedAt(), post.getSenderName(),
          post.getMemberName(), post.getMemberOrgan(), post.getKind(), post.getText(), post.getReplyTo());
    } else if (record instanceof GroupPostDecided decided) {
      return new GroupFeedRecord.Decided(decided.getPostId(), decided.getOutcome(), decided.getReason(),
          decided.getSaNumber(), decided.getIncidentId(), decided.getCandidates());
    } else if (record instanceof GroupPostDismissed dismissed) {
      Actor actor = dismissed.getActor();
      return new GroupFeedRecord.Dismissed(dismissed.getPostId(), dismissed.getReason(), actor.getUserId(),
          dismissed.getDismissedAt());
    }
    throw new UndecodableRecordException("não é um registro do grupo do WhatsApp: " + record.getSchema().getFullName());
  }
}
