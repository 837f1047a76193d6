package io.quorate.model;

/** Where a rule comes from: the seed document, the clause as printed, and the words quoted. */
public record Source(String document, String clause, String quote) {
  // Written out: a record's implicit hashCode starts java.lang.invoke's method-handle machinery on its
  // first call (~30 ms of a cold one-file check). Consistent with the implicit equals: it hashes the
  // same components (RecordMethodsTest).
  @Override
  public int hashCode() {
    return java.util.Objects.hash(document, clause, quote);
  }
}
