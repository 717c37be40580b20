package nl.vraagbaak.extract;

import java.util.List;

/**
 * What extraction made of one file: its lines with their pages, and where the format states it, its structure.
 *
 * @param source the file name as given by the user
 * @param id the first 16 hex digits of the SHA-256 of the source bytes
 * @param format the format detected from the content
 * @param lines every line of text, in reading order
 * @param blocks the document's structure where the format declares it (XML), else empty
 * @param issues what went wrong without stopping extraction
 */
public record Extracted(String source, String id, Format format, List<Line> lines, List<Block> blocks, List<Issue> issues) {

  public Extracted {
    lines = List.copyOf(lines);
    blocks = List.copyOf(blocks);
    issues = List.copyOf(issues);
  }
}
