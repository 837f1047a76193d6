package io.quorate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Modern.gov's responses: each of the service's known traps, and hostile XML. */
class ResponsesTest {
  @TempDir Path dir;

  static String resource(String path) {
    try (InputStream in = ResponsesTest.class.getResourceAsStream("/moderngov/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new AssertionError("test resource missing: " + path, e);
    }
  }

  static Responses read(String... paths) throws ImportException {
    Responses r = new Responses();
    for (String p : paths) r.add(resource(p), p);
    return r;
  }

  @Test
  void theRealFixturesAreTheCopiesTheirProvenanceNames() throws Exception {
    String provenance = resource("manchester/PROVENANCE.txt");
    for (String f : new String[] {"GetCommittees_manchester.xml", "GetMeeting_manchester_audit_4967.xml",
        "GetMeetings_manchester_audit.xml"}) {
      byte[] bytes = resource("manchester/" + f).getBytes(StandardCharsets.UTF_8);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertThat(provenance).as(f).contains(sha + "  " + f);
    }
  }

  @Test
  void readsTheRealResponses() throws ImportException {
    Responses r = read("manchester/GetCommittees_manchester.xml", "manchester/GetMeetings_manchester_audit.xml",
        "manchester/GetMeeting_manchester_audit_4967.xml");
    assertThat(r.committees).containsOnlyKeys(312, 163, 144);
    assertThat(r.committees.get(312).expired()).isTrue();
    assertThat(r.committees.get(144).expired()).isFalse();
    assertThat(r.committees.get(144).title()).isEqualTo("Audit Committee");
    // counts carry a leading space (<committeescount> 1</committeescount>): one committee read
    assertThat(r.listsRead).containsValue(1);
    assertThat(r.listed).containsOnlyKeys(4966, 4967);
    // dates are dd/mm/yyyy: 13/01/2026 is 13 January, not a 13th month
    assertThat(r.listed.get(4966).date()).isEqualTo(LocalDate.of(2026, 1, 13));
    assertThat(r.listed.get(4966).status()).isEqualTo("Cancelled");
    Responses.Detail d = r.details.get(4967);
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(d.items()).extracting(Responses.Item::number).containsExactly("1.", "9.");
    assertThat(d.items()).extracting(Responses.Item::title).containsExactly("Minutes", "Work Programme");
    assertThat(d.items()).extracting(Responses.Item::decision).containsExactly(false, false);
    assertThat(d.items().get(0).published()).containsExactly(LocalDate.of(2026, 2, 2));
    assertThat(d.attendees()).containsExactly(
        new Responses.Attendee("192", "Councillor Basil Curley", "Committee Member", "Expected", "LAB"));
  }

  @Test
  void textEscapedTwiceIsDecodedOnceAndCountsWithALeadingSpaceRead() throws ImportException {
    Responses r = read("derived/GetMeeting_4967_attended.xml");
    Responses.Item item = r.details.get(4967).items().get(1);
    assertThat(item.title()).isEqualTo("Director's Annual Opinion & Work Programme");
    assertThat(item.declarations()).isEqualTo(2);
    assertThat(item.decision()).isTrue();
    assertThat(item.number()).isEqualTo("9a.");
  }

  @Test
  void aSoapEnvelopeReadsAsThePlainResponse() throws ImportException {
    Responses plain = read("manchester/GetMeetings_manchester_audit.xml");
    Responses soap = read("derived/GetMeetings_soap_envelope.xml");
    assertThat(soap.listed.values()).extracting(Responses.Listed::id, Responses.Listed::date, Responses.Listed::status)
        .containsExactlyElementsOf(plain.listed.values().stream()
            .map(l -> org.assertj.core.groups.Tuple.tuple(l.id(), l.date(), l.status())).toList());
  }

  @Test
  void aSoapResultGivenAsEscapedTextIsParsedInTurn() throws ImportException {
    String payload = resource("manchester/GetMeetings_manchester_audit.xml").split("\\?>", 2)[1]
        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    Responses r = new Responses();
    r.add("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        + "<GetMeetingsResponse xmlns=\"http://moderngov.co.uk/namespaces\"><GetMeetingsResult>" + payload
        + "</GetMeetingsResult></GetMeetingsResponse></soap:Body></soap:Envelope>", "escaped.xml");
    assertThat(r.listed).containsOnlyKeys(4966, 4967);
  }

  @Test
  void aSoapFaultIsNamedWithItsReason() {
    assertThatThrownBy(() -> new Responses().add("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>Server was unable to read request.</faultstring>"
        + "</s:Fault></s:Body></s:Envelope>", "fault.xml"))
        .hasMessage("fault.xml:1:82: the service answered with a SOAP fault: Server was unable to read request.");
  }

  @Test
  void badValuesAreNamedWithLineAndColumn() {
    String meetings = resource("manchester/GetMeetings_manchester_audit.xml");
    // an ISO date where Modern.gov writes dd/mm/yyyy
    assertThatThrownBy(() -> new Responses().add(meetings.replace("13/01/2026", "2026-01-13"), "m.xml"))
        .hasMessage("m.xml:12:22: <meetingdate> reads `2026-01-13`, not a date as Modern.gov writes it (dd/mm/yyyy)");
    // no 31 February
    assertThatThrownBy(() -> new Responses().add(meetings.replace("13/01/2026", "31/02/2026"), "m.xml"))
        .hasMessageContaining("m.xml:12:22: <meetingdate> reads `31/02/2026`");
    String committees = resource("manchester/GetCommittees_manchester.xml");
    assertThatThrownBy(() -> new Responses().add(committees.replaceFirst("<committeedeleted>False", "<committeedeleted>Yes"), "c.xml"))
        .hasMessage("c.xml:7:23: <committeedeleted> reads `Yes`; Modern.gov writes True or False");
    assertThatThrownBy(() -> new Responses().add(meetings.replace("<meetingid>4966", "<meetingid>x4966"), "m.xml"))
        .hasMessage("m.xml:11:20: <meetingid> reads `x4966`, not a whole number");
    assertThatThrownBy(() -> new Responses().add("<?xml version=\"1.0\"?>\n<html><body>Error</body></html>", "e.xml"))
        .hasMessageStartingWith("e.xml:2:7: <html> is not a Modern.gov response this importer reads");
    assertThatThrownBy(() -> new Responses().add("<getmeetings><committee>", "t.xml"))
        .hasMessageStartingWith("t.xml:1:25: not well-formed XML (");
  }

  @Test
  void timesReadInEitherForm() {
    assertThat(Responses.time("10.00 am")).contains(LocalTime.of(10, 0));
    assertThat(Responses.time("2.00 pm")).contains(LocalTime.of(14, 0));
    assertThat(Responses.time("2 pm")).contains(LocalTime.of(14, 0));
    assertThat(Responses.time("12.30 pm")).contains(LocalTime.of(12, 30));
    assertThat(Responses.time("12.15 am")).contains(LocalTime.of(0, 15));
    assertThat(Responses.time("13:30")).contains(LocalTime.of(13, 30));
    assertThat(Responses.time("10.00am")).contains(LocalTime.of(10, 0));
    assertThat(Responses.time("12 noon")).contains(LocalTime.NOON);
    assertThat(Responses.time("10")).isEmpty(); // am or pm?
    assertThat(Responses.time("25:00")).isEmpty();
    assertThat(Responses.time("13.00 pm")).isEmpty();
    assertThat(Responses.time("after the previous meeting")).isEmpty();
  }

  // ---- hostile XML -----------------------------------------------------------------------------------

  @Test
  void anExternalEntityIsRefusedAndTheFileItNamesNeverRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE committees [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<committees><committee><committeeid>1</committeeid><committeetitle>&x;</committeetitle>"
        + "<committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee></committees>";
    assertThatThrownBy(() -> new Responses().add(xxe, "xxe.xml"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("xxe.xml:2:1: ")
        .hasMessageContaining("document type declaration (<!DOCTYPE>)")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void entityExpansionIsRefused() {
    String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;\">]>\n<committees><committeescount>&lol3;</committeescount></committees>";
    assertThatThrownBy(() -> new Responses().add(laughs, "lol.xml")).hasMessageContaining("document type declaration");
  }

  @Test
  void controlAndBidiCharactersNeverSurviveIntoText() {
    // escaped twice, an escape character and a right-to-left override reach the decoder, not the output
    assertThat(Text.readable("Audit&#27;[31m Committee&#x202E;\n\tkind: x")).isEqualTo("Audit [31m Committee kind: x");
    assertThat(Text.plain("a\u0000b\u2028c\u0085d")).isEqualTo("a b c d");
    assertThat(Text.kebab("Councillor Ñuño O'Brien-Smith")).isEqualTo("councillor-nuno-obrien-smith");
    assertThat(Text.kebab("!!!")).isEmpty();
  }
}
