package nl.vraagbaak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a real child JVM on the test class path: for tests of locking and of being killed. */
public final class ChildJvm {

  private ChildJvm() {}

  public static Process start(Class<?> main, Path stderr, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of("-Xss8m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED"));
    command.add("-Dvraagbaak.shared=" + System.getProperty("vraagbaak.shared", "../shared"));
    command.add("-Dvraagbaak.cache=" + System.getProperty("vraagbaak.cache", ""));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a child JVM: " + command, e);
    }
  }
}
