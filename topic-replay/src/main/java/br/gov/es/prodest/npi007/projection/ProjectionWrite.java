package br.gov.es.prodest.npi007.projection;

import org.apache.kafka.common.TopicPartition;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatchWithIndex;

/**
 * The changes one poll of records makes to a read model's store, written at once with the
 * positions they reach, so that a crash leaves the store either before or after the whole poll:
 * never with a record applied and its position lost, or the reverse. Reads through it see its own
 * pending changes (a second event of one subject in the same poll folds over the first).
 */
public final class ProjectionWrite implements AutoCloseable {

  private final ProjectionStore store;
  private final WriteBatchWithIndex batch;
  private final ReadOptions read = new ReadOptions();

  ProjectionWrite(ProjectionStore store, WriteBatchWithIndex batch) {
    this.store = store;
    this.batch = batch;
  }

  /** The entry under a key, with this write's pending changes, or null. */
  public byte[] get(byte[] key) {
    return store.get(batch, read, StoreKey.checked(key));
  }

  public void put(byte[] key, byte[] value) {
    try {
      batch.put(StoreKey.checked(key), value);
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao preparar a gravação do modelo de leitura", e);
    }
  }

  public void delete(byte[] key) {
    try {
      batch.delete(StoreKey.checked(key));
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao preparar a gravação do modelo de leitura", e);
    }
  }

  /** Marks where one record's changes begin, so that they can be {@linkplain #undo() undone} alone. */
  public void mark() {
    batch.setSavePoint();
  }

  /** Keeps the changes made since the last {@link #mark()}. */
  public void keep() {
    try {
      batch.popSavePoint();
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao preparar a gravação do modelo de leitura", e);
    }
  }

  /** Drops the changes made since the last {@link #mark()}: a record that failed half-way leaves nothing. */
  public void undo() {
    try {
      batch.rollbackToSavePoint();
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao desfazer a gravação do modelo de leitura", e);
    }
  }

  /** Records the next offset to read in a partition, in the same batch as the changes. */
  public void position(TopicPartition partition, long nextOffset) {
    try {
      batch.put(ProjectionStore.positionKey(partition), ProjectionStore.position(nextOffset));
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao preparar a gravação do modelo de leitura", e);
    }
  }

  public boolean isEmpty() {
    return batch.count() == 0;
  }

  /** Writes the changes and positions at once. */
  public void commit() {
    store.commit(batch);
  }

  @Override
  public void close() {
    read.close();
    batch.close();
  }
}
