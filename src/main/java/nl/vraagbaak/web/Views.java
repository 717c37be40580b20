package nl.vraagbaak.web;

import java.util.List;

/** The small values the templates show; built from the library's records by the page handlers. */
final class Views {

  private Views() {}

  /** A link to a pair or document with a short description. */
  record Link(String href, String label, String detail) {}

  /** A group of links under a heading (table of contents, cited by). */
  record Group(String label, List<Link> entries) {}

  record Footnote(String text, String url) {}

  /** A Kamerstuk or motion the answer names, and the other pairs that name it. */
  record Cited(String text, String url, List<Link> citedBy) {}

  record Similar(
      String pairId, String title, String date, String documentTitle, boolean sameDocument, String question, String answer, double score) {}

  record Choice(String value, String label) {}

  record UploadResult(boolean ok, String name, String message, String href) {}

  record AnswerKindRow(String label, List<Long> counts) {}

  record CommitmentItem(
      String pairId, String documentDate, String text, String responder, String deadline, String condition, boolean overdue) {}

  record UnansweredItem(String asker, String question) {}
}
