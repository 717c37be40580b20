package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * A child JVM's main: runs a command line, then prints every loaded class of ONNX Runtime, LangChain4j or DJL, one
 * per line, so a test can see what a command without {@code --embedding-model} leaves unloaded.
 */
public final class LoadedClasses {

  private LoadedClasses() {}

  public static void main(String[] args) throws Exception {
    PrintWriter sink = new PrintWriter(java.io.Writer.nullWriter());
    int status = Main.run(sink, new PrintWriter(System.err, true), args);
    String classes = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
        "vmClassHierarchy", new Object[] {null}, new String[] {String[].class.getName()});
    classes.lines().map(String::strip).map(l -> l.replaceAll("^[|\\-\\s]+", "").replaceAll("/.*", ""))
        .filter(l -> l.startsWith("ai.onnxruntime") || l.startsWith("dev.langchain4j") || l.startsWith("ai.djl"))
        .distinct().forEach(System.out::println);
    System.out.println("status " + status);
  }
}
