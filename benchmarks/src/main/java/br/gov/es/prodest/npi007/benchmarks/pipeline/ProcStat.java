package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.util.Optional;

/**
 * The fields of Linux's {@code /proc/<pid>/stat} the driver needs: the parent, and the CPU the process
 * used (utime + stime, in clock ticks). The command name, in parentheses, may hold blanks and
 * parentheses itself, so the fields are counted from the last ')'.
 */
record ProcStat(long pid, long parentPid, long cpuTicks) {

  /** Field numbers of proc(5), counting from 1; field 3 is the first after the ')'. */
  private static final int PPID = 4;
  private static final int UTIME = 14;
  private static final int STIME = 15;
  private static final int FIRST_AFTER_NAME = 3;
  private static final int START_TIME = 22;

  /** When the process started, in clock ticks after the machine's boot (field 22); empty when unreadable. */
  static java.util.OptionalLong startTicks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0 || close + 2 > stat.length()) {
      return java.util.OptionalLong.empty();
    }
    String[] rest = stat.substring(close + 2).strip().split(" +");
    try {
      return rest.length > START_TIME - FIRST_AFTER_NAME
          ? java.util.OptionalLong.of(Long.parseLong(rest[START_TIME - FIRST_AFTER_NAME])) : java.util.OptionalLong.empty();
    } catch (NumberFormatException e) {
      return java.util.OptionalLong.empty();
    }
  }

  static Optional<ProcStat> parse(String stat) {
    int open = stat.indexOf('(');
    int close = stat.lastIndexOf(')');
    if (open < 1 || close < open || close + 2 > stat.length()) {
      return Optional.empty();
    }
    String[] rest = stat.substring(close + 2).strip().split(" +");
    if (rest.length <= STIME - FIRST_AFTER_NAME) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(stat.substring(0, open).strip());
      long parent = Long.parseLong(rest[PPID - FIRST_AFTER_NAME]);
      long ticks = Long.parseLong(rest[UTIME - FIRST_AFTER_NAME]) + Long.parseLong(rest[STIME - FIRST_AFTER_NAME]);
      return Optional.of(new ProcStat(pid, parent, ticks));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
