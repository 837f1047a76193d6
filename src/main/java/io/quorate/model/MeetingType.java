package io.quorate.model;

/** The kinds of meeting the procedure rules distinguish. */
public enum MeetingType {
  ORDINARY, SPECIAL, REQUISITIONED, RECONVENED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
