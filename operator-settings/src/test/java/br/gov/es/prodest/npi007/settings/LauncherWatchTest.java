package br.gov.es.prodest.npi007.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LauncherWatchTest {

  @Test
  void onlyAProcessIdIsALauncher() {
    assertThat(LauncherWatch.launcher(" 4242 ")).isEqualTo(OptionalLong.of(4242));
    assertThat(LauncherWatch.launcher(null)).isEmpty();
    assertThat(LauncherWatch.launcher(" ")).isEmpty();
    assertThat(LauncherWatch.launcher("lançador")).isEmpty();
  }

  @Test
  void theServiceIsToldOnceItsLauncherIsGone_notBefore() throws Exception {
    Process launcher = new ProcessBuilder("sleep", "30").start();
    CountDownLatch gone = new CountDownLatch(1);
    LauncherWatch.watch(() -> ProcessHandle.of(launcher.pid()).map(ProcessHandle::isAlive).orElse(false),
        Duration.ofMillis(50), gone::countDown);

    assertThat(gone.await(300, TimeUnit.MILLISECONDS)).as("the launcher still runs").isFalse();
    launcher.destroyForcibly().waitFor();
    assertThat(gone.await(5, TimeUnit.SECONDS)).as("the launcher was killed").isTrue();
  }

  @Test
  void aStopThatHangsIsCutShortAfterTheGrace() throws Exception {
    CountDownLatch halted = new CountDownLatch(1);
    long began = System.nanoTime();

    Thread timer = LauncherWatch.after(Duration.ofMillis(200), halted::countDown);

    assertThat(timer.isDaemon()).isTrue();
    assertThat(halted.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }
}
