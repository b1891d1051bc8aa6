package br.gov.es.prodest.npi007.system;

import java.util.ArrayList;
import java.util.List;

/**
 * How to write one partition again so that every record and control marker takes its dumped offset:
 * the offsets below the log start are filled (and deleted after), aborted records go into a
 * transaction aborted at the next marker, committed records into one committed at the next marker
 * no abort needs, and committed records no marker follows are written without a transaction. A
 * marker with no open transaction before it (its records lie below the log start) is the commit of a
 * transaction opened by one of the fillers.
 */
record PartitionPlan(long logStartOffset, int fillerTransactions, List<Step> steps) {

  enum Kind { PLAIN, IN_COMMITTED, IN_ABORTED, COMMIT, ABORT, COMMIT_FILLER }

  /** What to write at {@code offset}; {@code record} is null for a marker, {@code filler} numbers a filler's transaction. */
  record Step(long offset, Kind kind, FixtureLine record, int filler) {
  }

  static PartitionPlan of(FixtureLine partition, List<FixtureLine> entries) {
    List<Step> steps = new ArrayList<>();
    List<Integer> committedPending = new ArrayList<>();
    boolean abortOpen = false;
    int fillers = 0;
    long expected = partition.logStartOffset();
    for (FixtureLine entry : entries) {
      if (entry.offset() != expected++) {
        throw new IllegalStateException(partition.topic() + "-" + partition.partition() + ": offset " + entry.offset()
            + " fora de ordem");
      }
      if (entry.kind().equals("record") && Boolean.TRUE.equals(entry.aborted())) {
        steps.add(new Step(entry.offset(), Kind.IN_ABORTED, entry, -1));
        abortOpen = true;
      } else if (entry.kind().equals("record")) {
        committedPending.add(steps.size());
        steps.add(new Step(entry.offset(), Kind.PLAIN, entry, -1));
      } else if (abortOpen) {
        steps.add(new Step(entry.offset(), Kind.ABORT, null, -1));
        abortOpen = false;
      } else if (!committedPending.isEmpty()) {
        for (int index : committedPending) {
          Step plain = steps.get(index);
          steps.set(index, new Step(plain.offset(), Kind.IN_COMMITTED, plain.record(), -1));
        }
        committedPending.clear();
        steps.add(new Step(entry.offset(), Kind.COMMIT, null, -1));
      } else {
        steps.add(new Step(entry.offset(), Kind.COMMIT_FILLER, null, fillers++));
      }
    }
    if (abortOpen) {
      throw new IllegalStateException(partition.topic() + "-" + partition.partition() + ": registros abortados sem marcador");
    }
    if (expected != partition.endOffset()) {
      throw new IllegalStateException(partition.topic() + "-" + partition.partition() + ": faltam offsets até " + partition.endOffset());
    }
    if (fillers > partition.logStartOffset()) {
      throw new IllegalStateException(partition.topic() + "-" + partition.partition() + ": " + fillers
          + " marcadores sem transação e só " + partition.logStartOffset() + " offsets antes do início do log");
    }
    return new PartitionPlan(partition.logStartOffset(), fillers, steps);
  }
}
