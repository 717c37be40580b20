package nl.vraagbaak.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plain text in UTF-8. */
final class TextExtractor implements Extractor {

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    List<Line> lines = new ArrayList<>();
    int number = 1;
    for (String line : text.split("\r\n|\n|\r", -1)) {
      lines.add(new Line(line, number++, 0));
    }
    return new Extracted(source, id, Format.TEXT, lines, List.of(), List.of());
  }
}
