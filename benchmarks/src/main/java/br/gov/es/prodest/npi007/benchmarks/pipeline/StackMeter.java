package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.util.Optional;

/** The stack's CPU over a window and its memory now, from /proc (see {@link StackFootprint}). */
public final class StackMeter {

  private final int gatewayPort;
  private final long ticksPerSecond = StackFootprint.clockTicksPerSecond();

  public StackMeter(int gatewayPort) {
    this.gatewayPort = gatewayPort;
  }

  /** The start of a measured window. */
  record Window(long startNanos, Optional<StackFootprint.Snapshot> start) {
  }

  Window window() {
    return new Window(System.nanoTime(), StackFootprint.measure(gatewayPort));
  }

  /** CPU seconds the stack spent since the window began; empty when the stack is not found. */
  Optional<Double> cpuSeconds(Window window) {
    return window.start().flatMap(start -> StackFootprint.measure(gatewayPort)
        .map(now -> (now.cpuTicks() - start.cpuTicks()) / (double) ticksPerSecond));
  }

  Optional<Double> percentOfOneCore(Window window) {
    double elapsed = (System.nanoTime() - window.startNanos()) / 1e9;
    return cpuSeconds(window).map(seconds -> 100 * seconds / elapsed);
  }

  /** Prints and records the stack's CPU-ms per report answered 201 over the window. */
  void cpuPerReport(Window window, int reports, Figures figures, String prefix) {
    Optional<Double> seconds = cpuSeconds(window);
    double elapsed = (System.nanoTime() - window.startNanos()) / 1e9;
    seconds.ifPresentOrElse(cpu -> System.out.printf(
            "CPU da pilha  %.1f s em %.1f s (%.0f %% de um núcleo): %.1f ms de CPU por relato%n",
            cpu, elapsed, 100 * cpu / elapsed, reports == 0 ? Double.NaN : 1000 * cpu / reports),
        () -> System.out.println("CPU da pilha  pilha não encontrada em /proc"));
    figures.put(prefix + ".stack_cpu_seconds", seconds.orElse(null));
    figures.put(prefix + ".stack_cpu_ms_per_report", seconds.filter(cpu -> reports > 0)
        .map(cpu -> 1000 * cpu / reports).orElse(null));
  }

  public void memory(String when, Figures figures, String name) {
    Optional<StackFootprint.Snapshot> now = StackFootprint.measure(gatewayPort);
    System.out.println("Memória       pilha do ./npi007 up (RSS) " + when + ": "
        + now.map(StackFootprint.Snapshot::memoryLine).orElse("nenhuma pilha desta porta encontrada"));
    figures.put(name, now.map(StackFootprint.Snapshot::residentBytes).orElse(null));
  }
}
