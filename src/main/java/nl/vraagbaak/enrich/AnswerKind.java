package nl.vraagbaak.enrich;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an answer answers: the classes of the contract, each with its JSON name. */
public enum AnswerKind {
  ANSWERED("answered"),
  REFERRAL("referral"),
  DECLINED("declined"),
  CONFIDENTIAL("confidential"),
  PREMATURE("premature"),
  NOT_RESPONSIBLE("not-responsible"),
  PARTIAL("partial");

  private final String label;

  AnswerKind(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** The kind with this JSON name; throws for an unknown name, listing the known ones. */
  public static AnswerKind of(String label) {
    for (AnswerKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown answer kind '" + label + "'; use one of " + java.util.Arrays.stream(values()).map(AnswerKind::label).toList());
  }
}
