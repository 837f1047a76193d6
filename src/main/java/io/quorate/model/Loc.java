package io.quorate.model;

/** Where a YAML node is: file (as given on the command line), 1-based line and column. */
public record Loc(String file, int line, int column) implements Comparable<Loc> {
  public static Loc of(String file) {
    return new Loc(file, 0, 0);
  }

  @Override
  public int compareTo(Loc o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  // Written out: a record's implicit hashCode starts java.lang.invoke's method-handle machinery on its
  // first call (~30 ms of a cold one-file check). Consistent with the implicit equals: it hashes the
  // same components (RecordMethodsTest).
  @Override
  public int hashCode() {
    return (31 * java.util.Objects.hashCode(file) + line) * 31 + column;
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
