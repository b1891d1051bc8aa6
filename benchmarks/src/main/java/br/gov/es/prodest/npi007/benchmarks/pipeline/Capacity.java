package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Capacity mode: open-loop steps at rising offered rates, stopping at the first step that does not
 * hold (see {@link CapacityVerdict}); the 6.1 backlog is watched on the notifications topic, so the
 * outbox is not polled here and costs the stack nothing.
 */
final class Capacity {

  private Capacity() {
  }

  static void measure(OpenLoopRun openLoop, String run, BenchOptions options, StackMeter stack, Baselines baselines,
      Figures figures) {
    List<StepFigures> steps = new ArrayList<>();
    for (double rate : options.steps()) {
      System.out.printf("%nPasso         %.0f relatos/s oferecidos por %.0f s...%n", rate, options.stepSeconds());
      StackMeter.Window window = stack.window();
      OpenLoopRun.Outcome outcome = openLoop.run(run + "-" + (long) rate, rate, options.stepSeconds());
      String prefix = "capacity." + (long) rate;
      StepReport.print(outcome, baselines, figures, prefix);
      stack.cpuPerReport(window, outcome.accepted(), figures, prefix);
      steps.add(outcome.step());
      boolean held = CapacityVerdict.held(outcome.step());
      figures.put(prefix + ".held", held);
      System.out.println("Veredito      " + (held ? "sustentado" : "não sustentado; os passos param aqui"));
      if (!held) {
        break;
      }
    }
    Optional<Double> highest = CapacityVerdict.highestHeld(steps);
    System.out.printf("%nCapacidade    maior taxa sustentada (≥ %.0f %% do oferecido, sem pendências crescendo): %s%n",
        100 * CapacityVerdict.MIN_ACHIEVED_FRACTION,
        highest.map(rate -> String.format("%.0f relatos/s", rate)).orElse("nenhuma das testadas"));
    // the last step taken may be the one that failed: "all held" only when every step was taken and held
    if (steps.size() == options.steps().size() && steps.stream().allMatch(CapacityVerdict::held)) {
      System.out.println("              (todos os passos sustentados: a capacidade pode ser maior)");
    }
    figures.put("capacity.highest_held_per_second", highest.orElse(null));
    figures.put("capacity.step_seconds", options.stepSeconds());
  }
}
