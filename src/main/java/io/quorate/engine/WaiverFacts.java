package io.quorate.engine;

import io.quorate.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies waivers to the findings of a check: a waiver in force excuses every finding of its rule
 * about its subject and/or in its file. Derived facts for the rules about waivers themselves: one
 * past its expiry date (it excuses nothing any more), or one that matches no finding.
 */
public final class WaiverFacts {
  private WaiverFacts() {}

  /** A waiver whose {@code expires} date is before today. */
  public record Expired(Waiver waiver, LocalDate today) {
    public String subject() {
      return WaiverFacts.subject(waiver);
    }
  }

  /** A waiver in force that excuses no finding. */
  public record Unused(Waiver waiver) {
    public String subject() {
      return WaiverFacts.subject(waiver);
    }
  }

  static String subject(Waiver w) {
    return w.subject() != null ? w.subject() : w.file();
  }

  /** Rules about waivers never have their own findings waived. */
  static final Set<String> OWN_RULES = Set.of("waiver-expired", "waiver-unused");

  public static boolean inForce(Waiver w, LocalDate today) {
    return !today.isAfter(w.expires());
  }

  public static boolean matches(Waiver w, Finding f) {
    if (!w.rule().equals(f.rule()) || OWN_RULES.contains(f.rule())) return false;
    if (w.subject() != null && !w.subject().equals(f.subject())) return false;
    return w.fileKey() == null || w.fileKey().equals(java.nio.file.Path.of(f.loc().file()).toAbsolutePath().normalize().toString());
  }

  /**
   * The findings each waiver in force excuses (first waiver in file order wins), and the facts about
   * expired and unused waivers handed to {@code facts}.
   */
  static Map<Finding, Waiver> apply(List<Finding> findings, List<Waiver> waivers, LocalDate today, Consumer<Object> facts) {
    Map<Finding, Waiver> waived = new LinkedHashMap<>();
    Set<Waiver> used = new HashSet<>();
    List<Waiver> inForce = new ArrayList<>();
    for (Waiver w : waivers) {
      if (inForce(w, today)) inForce.add(w);
      else facts.accept(new Expired(w, today));
    }
    for (Finding f : findings) {
      for (Waiver w : inForce) {
        if (matches(w, f)) {
          waived.putIfAbsent(f, w);
          used.add(w);
        }
      }
    }
    for (Waiver w : inForce) if (!used.contains(w)) facts.accept(new Unused(w));
    return waived;
  }
}
