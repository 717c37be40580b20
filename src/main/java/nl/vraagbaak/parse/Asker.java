package nl.vraagbaak.parse;

import java.util.List;

/**
 * Who asked.
 *
 * @param party the canonical party name (see {@link Parties}), or null
 * @param members surnames of the members who asked, possibly empty
 * @param text the words that named the asker, as printed, or null
 */
public record Asker(String party, List<String> members, String text) {

  public static final Asker UNKNOWN = new Asker(null, List.of(), null);

  public Asker {
    members = List.copyOf(members);
  }
}
