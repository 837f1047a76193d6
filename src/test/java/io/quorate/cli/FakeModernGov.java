package io.quorate.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Modern.gov web service on the loopback address, answering from the real Manchester responses,
 * with the behaviours of real installs switchable: the "all committees" id (0 or -1), ISO dates
 * silently ignored (every meeting sent, an unrelated 2019 one among them), SOAP 1.1 only (GET
 * answers 500), a firewall (403 to clients that do not name themselves as quorate, or to all), and
 * a slow answer.
 */
final class FakeModernGov implements AutoCloseable {
  record Request(String method, String operation, Map<String, String> params, String userAgent, String soapAction,
      String contentType, String body, long nanos) {}

  int allId = 0;
  boolean ignoresDates;
  boolean soapOnly;
  boolean forbidAll;
  long delayMillis;
  final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  private final HttpServer server;

  FakeModernGov() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/mgWebService.asmx", this::handle);
    server.start();
  }

  URI site() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String ua = ex.getRequestHeaders().getFirst("User-Agent");
      String action = ex.getRequestHeaders().getFirst("SOAPAction");
      boolean post = ex.getRequestMethod().equals("POST");
      String op;
      Map<String, String> params = new LinkedHashMap<>();
      if (post) {
        op = action == null ? "" : action.replace("\"", "").replace("http://moderngov.co.uk/namespaces/", "");
        Matcher m = Pattern.compile("<(l\\w+|s\\w+)>([^<]*)</\\1>").matcher(body);
        while (m.find()) params.put(m.group(1), m.group(2));
      } else {
        op = ex.getRequestURI().getPath().replaceFirst("^/mgWebService\\.asmx/?", "");
        String q = ex.getRequestURI().getRawQuery();
        if (q != null) {
          for (String kv : q.split("&")) {
            String[] p = kv.split("=", 2);
            params.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8), p.length < 2 ? "" : URLDecoder.decode(p[1], StandardCharsets.UTF_8));
          }
        }
      }
      requests.add(new Request(ex.getRequestMethod(), op, params, ua, action,
          ex.getRequestHeaders().getFirst("Content-Type"), body, System.nanoTime()));
      if (delayMillis > 0) Thread.sleep(delayMillis);
      if (forbidAll || ua == null || !ua.startsWith("quorate/")) {
        send(ex, 403, "text/html", "<html><body>403 Forbidden</body></html>");
        return;
      }
      if (soapOnly && !post) {
        send(ex, 500, "text/plain", "Request format is unrecognized for URL unexpectedly ending in '/" + op + "'.");
        return;
      }
      String payload = switch (op) {
        case "GetMeetings" -> meetings(params);
        case "GetMeeting" -> "4967".equals(params.get("lMeetingId")) ? resource("manchester/GetMeeting_manchester_audit_4967.xml") : null;
        case "GetCommittees" -> resource("manchester/GetCommittees_manchester.xml");
        default -> null;
      };
      if (payload == null) {
        send(ex, 500, "text/plain", "no such operation or meeting");
      } else if (post) {
        send(ex, 200, "text/xml; charset=utf-8", "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope"
            + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><" + op + "Response xmlns="
            + "\"http://moderngov.co.uk/namespaces\"><" + op + "Result>" + payload.split("\\?>", 2)[1] + "</" + op
            + "Result></" + op + "Response></soap:Body></soap:Envelope>");
      } else {
        send(ex, 200, "text/xml; charset=utf-8", payload);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final Pattern DMY = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final String UNRELATED = "      <meeting>\n        <meetingid>1234</meetingid>\n"
      + "        <meetingdate>14/05/2019</meetingdate>\n        <meetingstatus>Confirmed</meetingstatus>\n"
      + "        <meetingtime>10.00 am</meetingtime>\n      </meeting>\n";

  /** Committee 144's meetings (or all committees' with this install's id); dates it cannot read are ignored. */
  private String meetings(Map<String, String> p) throws IOException {
    String cid = p.getOrDefault("lCommitteeId", "");
    if (!cid.equals("144") && !cid.equals(String.valueOf(allId))) {
      return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<getmeetings>\n  <meetingscount> 0</meetingscount>\n"
          + "  <committeescount> 0</committeescount>\n</getmeetings>\n";
    }
    String real = resource("manchester/GetMeetings_manchester_audit.xml")
        .replace("    <committeemeetings>\n", "    <committeemeetings>\n" + UNRELATED);
    Matcher from = DMY.matcher(p.getOrDefault("sFromDate", ""));
    Matcher to = DMY.matcher(p.getOrDefault("sToDate", ""));
    if (ignoresDates || !from.matches() || !to.matches()) return real; // the whole history, as the real service does
    String f = from.group(3) + from.group(2) + from.group(1);
    String t = to.group(3) + to.group(2) + to.group(1);
    Matcher m = Pattern.compile("      <meeting>.*?<meetingdate>(\\d{2})/(\\d{2})/(\\d{4})</meetingdate>.*?</meeting>\n",
        Pattern.DOTALL).matcher(real);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String d = m.group(3) + m.group(2) + m.group(1);
      m.appendReplacement(out, d.compareTo(f) >= 0 && d.compareTo(t) <= 0 ? Matcher.quoteReplacement(m.group()) : "");
    }
    m.appendTail(out);
    return out.toString();
  }

  static String resource(String path) throws IOException {
    return ImportModernGovTest.resource(path);
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(bytes);
    }
  }
}
