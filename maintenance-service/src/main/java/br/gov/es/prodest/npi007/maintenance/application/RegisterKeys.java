package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.maintenance.domain.ComponentKey;
import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceStatus;
import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import br.gov.es.prodest.npi007.maintenance.domain.Window;
import br.gov.es.prodest.npi007.paging.TimedPosition;
import br.gov.es.prodest.npi007.projection.StoreKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The register's keys: each maintenance's events, one list index per combination of the filters
 * the API has (period, component, status; each present or "any"), the lists of each responsible
 * unit (issue 15: by period or any), and the open windows.
 *
 * <p>Every maintenance sits in the eight lists its own period, component and status belong to, so a
 * filtered page walks only the maintenances it shows; one with a unit also sits in its unit's two. A
 * page filtered by unit walks the unit's list and checks component and status on the way. A list is soonest first by window start, or
 * most recent first when its period is {@link MaintenanceFilter.When#PAST} (ties by id, ascending).
 */
final class RegisterKeys {

  /** The layout of the register's store; change it whenever these keys or values change. */
  static final String LAYOUT = "maintenance-register/2";

  private static final String MAINTENANCES = "maintenance";
  private static final String LISTS = "list";
  private static final String UNIT_LISTS = "list-by-unit";
  private static final String OPEN = "open";
  private static final String ANY = "*";

  private RegisterKeys() {
  }

  static byte[] maintenance(String id) {
    return StoreKey.of(MAINTENANCES).text(id).bytes();
  }

  /** The keys of the lists a maintenance is in; the value of each is its id. */
  static List<byte[]> listed(ExistingMaintenance maintenance) {
    MaintenanceStatus status = maintenance.status();
    MaintenanceFilter.When period = period(status);
    String component = ComponentKey.of(maintenance.facts().component());
    TimedPosition position = new TimedPosition(maintenance.facts().window().start(), maintenance.facts().maintenanceId());
    List<byte[]> keys = new ArrayList<>(8);
    for (MaintenanceFilter.When when : Arrays.asList(null, period)) {
      for (String byComponent : Arrays.asList(null, component)) {
        for (String byStatus : Arrays.asList(null, status.name())) {
          keys.add(at(list(when, byComponent, byStatus), when, position));
        }
      }
    }
    String unit = maintenance.facts().unit();
    if (unit != null) {
      for (MaintenanceFilter.When when : Arrays.asList(null, period)) {
        keys.add(at(unitList(when, unit), when, position));
      }
    }
    return keys;
  }

  /** The prefix of the list a filter shows; empty when no key can hold its criteria. */
  static Optional<StoreKey> list(MaintenanceFilter filter) {
    String component = filter.component() == null ? null : ComponentKey.of(filter.component());
    if (holdsZero(component) || holdsZero(filter.status()) || holdsZero(filter.unit())) {
      return Optional.empty();
    }
    if (filter.unit() != null) {
      return Optional.of(unitList(filter.when(), filter.unit()));
    }
    return Optional.of(list(filter.when(), component, filter.status()));
  }

  /** A position's key in the list {@code list} of the period {@code when}. */
  static byte[] at(StoreKey list, MaintenanceFilter.When when, TimedPosition position) {
    StoreKey key = when == MaintenanceFilter.When.PAST ? list.newestFirst(position.at()) : list.earliestFirst(position.at());
    return key.text(position.id()).bytes();
  }

  private static StoreKey list(MaintenanceFilter.When when, String component, String status) {
    return StoreKey.of(LISTS).text(criterion(when == null ? null : when.parameter())).text(criterion(component))
        .text(criterion(status));
  }

  private static StoreKey unitList(MaintenanceFilter.When when, String unit) {
    return StoreKey.of(UNIT_LISTS).text(criterion(when == null ? null : when.parameter())).text(unit);
  }

  private static String criterion(String value) {
    return value == null ? ANY : "=" + value;
  }

  private static boolean holdsZero(String value) {
    return value != null && value.indexOf('\0') >= 0;
  }

  /** Every status is in exactly one period (see {@link MaintenanceFilter.When#includes}). */
  private static MaintenanceFilter.When period(MaintenanceStatus status) {
    return Arrays.stream(MaintenanceFilter.When.values()).filter(when -> when.includes(status)).findFirst()
        .orElseThrow(() -> new IllegalStateException("status sem período: " + status));
  }

  static byte[] openPrefix() {
    return StoreKey.of(OPEN).bytes();
  }

  static byte[] open(String id) {
    return StoreKey.of(OPEN).text(id).bytes();
  }

  /** An open window as stored: the overlap check reads it without folding the maintenance's events. */
  static byte[] openWindow(ExistingMaintenance maintenance) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(maintenance.facts().maintenanceId());
      out.writeUTF(maintenance.facts().component());
      writeInstant(out, maintenance.facts().window().start());
      writeInstant(out, maintenance.facts().window().end());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static OpenWindow openWindow(byte[] stored) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      return new OpenWindow(in.readUTF(), in.readUTF(), new Window(readInstant(in), readInstant(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
    out.writeLong(instant.getEpochSecond());
    out.writeInt(instant.getNano());
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }
}
