package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Derivers measure, rules judge. The facts the rules match (io.quorate.engine.facts) are named for
 * what they are and carry no verdict: no boolean, no class or field named after a breach. The DRL
 * matches only the input's model, those facts, and its own machinery (RuleConfig, Finding, Unjudged).
 */
class NeutralFactsTest {
  static final JavaClasses FACTS = new ClassFileImporter().importPackages("io.quorate.engine.facts");

  /** Words that name a verdict: a fact so named has decided what the rule should. */
  static final Pattern VERDICT = Pattern.compile(
      "(?i).*(issue|problem|missing|late|early|short|over|divergen|ambiguous|notsent|outof|mismatch|elsewhere|unsigned"
          + "|breach|violat|invalid|wrong|fail|ok$|timely|exceed|insufficient|toofew|toomany).*");

  @Test
  void noFactCarriesAVerdict() {
    List<String> found = new ArrayList<>();
    for (JavaClass c : FACTS) {
      if (c.getSimpleName().equals("package-info") || c.isAnnotation()) continue;
      if (VERDICT.matcher(c.getSimpleName()).matches()) found.add(c.getName() + ": its name is a verdict");
      c.getFields().forEach(f -> {
        if (f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) return;
        if (VERDICT.matcher(f.getName()).matches()) found.add(c.getName() + "." + f.getName() + ": a verdict's name");
        String t = f.getRawType().getName();
        if ((t.equals("boolean") || t.equals("java.lang.Boolean")) && !f.isAnnotatedWith(io.quorate.engine.facts.Recorded.class)) {
          found.add(c.getName() + "." + f.getName() + ": a boolean not @Recorded from the input");
        }
      });
      for (JavaMethod m : c.getMethods()) {
        String t = m.getRawReturnType().getName();
        if ((t.equals("boolean") || t.equals("java.lang.Boolean")) && !m.getName().equals("equals")
            && !m.isAnnotatedWith(io.quorate.engine.facts.Recorded.class)) {
          found.add(c.getName() + "." + m.getName() + "(): decides yes or no");
        }
        if (VERDICT.matcher(m.getName()).matches()) found.add(c.getName() + "." + m.getName() + "(): a verdict's name");
      }
    }
    assertThat(found).isEmpty();
  }

  /** What a DRL file may import: the input, the neutral facts, and the rules' own machinery. */
  static final Pattern ALLOWED = Pattern.compile("io\\.quorate\\.model\\..*|io\\.quorate\\.engine\\.facts\\..*"
      + "|io\\.quorate\\.engine\\.(RuleConfig|Finding|Unjudged)|java\\..*|function .*");

  @Test
  void theDrlMatchesOnlyTheInputAndNeutralFacts() throws IOException {
    Set<String> legacy = new TreeSet<>();
    Pattern imp = Pattern.compile("(?m)^import\\s+(.+?);");
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        Matcher m = imp.matcher(Files.readString(f));
        while (m.find()) {
          if (!ALLOWED.matcher(m.group(1)).matches()) legacy.add(f.getFileName() + ": " + m.group(1));
        }
      }
    }
    // the facts that still carry a deriver's verdict, by the DRL file that imports them; each concern
    // that is rewritten takes its lines off, and the list may only shrink
    assertThat(legacy).containsExactlyInAnyOrderElementsOf(LEGACY);
  }

  static final List<String> LEGACY = List.of(
      "agenda.drl: io.quorate.engine.ProcedureFacts.OtherBusiness",
      "agenda.drl: io.quorate.engine.ProcedureFacts.RequisitionTiming",
      "agenda.drl: io.quorate.engine.ProcedureFacts.Signatories",
      "agenda.drl: io.quorate.engine.ProcedureFacts.StatedBusiness",
      "agenda.drl: io.quorate.engine.ProcedureFacts.Timing",
      "attendance.drl: io.quorate.engine.ProcedureFacts.AbsenceRun",
      "attendance.drl: io.quorate.engine.ProcedureFacts.AfterQuorumLost",
      "attendance.drl: io.quorate.engine.ProcedureFacts.PresidingIssue",
      "attendance.drl: io.quorate.engine.ProcedureFacts.SubstituteIssue",
      "attendance.drl: io.quorate.engine.ProcedureFacts.Timing",
      "chair.drl: io.quorate.engine.ProcedureFacts.ChairTerm",
      "cog.drl: io.quorate.engine.BodyFacts.ChairFacts",
      "cog.drl: io.quorate.engine.BodyFacts.EmptyBlock",
      "cog.drl: io.quorate.engine.BodyFacts.MinutesDue",
      "cog.drl: io.quorate.engine.BodyFacts.MissingCategory",
      "cog.drl: io.quorate.engine.BodyFacts.PlanYear",
      "council.drl: io.quorate.engine.BodyFacts.AbsentVoter",
      "council.drl: io.quorate.engine.BodyFacts.Composition",
      "council.drl: io.quorate.engine.BodyFacts.CouncilMinutesNext",
      "council.drl: io.quorate.engine.BodyFacts.CountMismatch",
      "council.drl: io.quorate.engine.BodyFacts.DivisionFacts",
      "council.drl: io.quorate.engine.BodyFacts.UrgentBusiness",
      "data.drl: io.quorate.engine.Facts.AuditMissing",
      "data.drl: io.quorate.engine.Facts.CoverageGap",
      "dismissal.drl: io.quorate.engine.BodyFacts.DismissalVote",
      "dismissal.drl: io.quorate.engine.BodyFacts.NotConsidered",
      "dismissal.drl: io.quorate.engine.BodyFacts.OutsideRole",
      "dismissal.drl: io.quorate.engine.BodyFacts.StepOutOfOrder",
      "dismissal.drl: io.quorate.engine.BodyFacts.SuspensionSpan",
      "frequency.drl: io.quorate.engine.ProcedureFacts.MeetingGap",
      "frequency.drl: io.quorate.engine.ProcedureFacts.QuarterCount",
      "kct.drl: io.quorate.engine.BodyFacts.ExcludedMember",
      "majority.drl: io.quorate.engine.Facts.Tally",
      "majority.drl: io.quorate.engine.ProcedureFacts.UnitsPresent",
      "majority.drl: io.quorate.engine.ProcedureFacts.VoterIssue",
      "membership.drl: io.quorate.engine.ProcedureFacts.CategoryCount",
      "membership.drl: io.quorate.engine.ProcedureFacts.GroupSize",
      "minutes.drl: io.quorate.engine.ProcedureFacts.MinutesNext",
      "notice.drl: io.quorate.engine.Facts.DayCount",
      "panel.drl: io.quorate.engine.Facts.DayCount",
      "papers.drl: io.quorate.engine.ProcedureFacts.NotSent",
      "papers.drl: io.quorate.engine.ProcedureFacts.Timing",
      "quorum.drl: io.quorate.engine.Facts.Presence",
      "quorum.drl: io.quorate.engine.Facts.QuorumNeed",
      "reporting.drl: io.quorate.engine.Facts.ReportCount",
      "requisition.drl: io.quorate.engine.ProcedureFacts.RequisitionTiming",
      "soip.drl: io.quorate.engine.BodyFacts.PanelChairOther",
      "soip.drl: io.quorate.engine.BodyFacts.PanelLead",
      "soip.drl: io.quorate.engine.BodyFacts.PanelMemberIssue",
      "soip.drl: io.quorate.engine.BodyFacts.PanelSitting",
      "soip.drl: io.quorate.engine.BodyFacts.PanelSize",
      "voting.drl: io.quorate.engine.Facts.Tally",
      "waivers.drl: io.quorate.engine.WaiverFacts.Expired",
      "waivers.drl: io.quorate.engine.WaiverFacts.Unused");
}
