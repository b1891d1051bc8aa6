package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads a {@link CommandResult} in the catalogue's single-object encoding. */
class CommandResultDeserializer implements Deserializer<CommandResult> {

  @Override
  public CommandResult deserialize(String topic, byte[] bytes) {
    return bytes == null ? null : AvroCodec.instance().decode(bytes, CommandResult.class);
  }
}
