package nl.vraagbaak.cli;

/** How {@code parse} prints its results. */
enum OutputFormat {
  json,
  jsonl,
  md
}
