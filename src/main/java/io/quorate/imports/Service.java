package io.quorate.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One council's Modern.gov web service, called politely: a named User-Agent, a connect and a
 * response timeout, and a pause between requests. Operations are called by HTTP GET
 * ({@code <site>/mgWebService.asmx/<Operation>?...}); an install that refuses GET (HTTP 500, 404 or
 * 405) is asked again in SOAP 1.1, and the rest of the run uses SOAP.
 */
final class Service {
  /** Larger than any real response (5,000 meetings are some 2 MB): a bigger one is not read. */
  static final int MAX_BYTES = 64 * 1024 * 1024;
  static final String NAMESPACE = "http://moderngov.co.uk/namespaces";

  private final URI site;
  private final HttpClient client;
  private final Duration timeout;
  private final long paceMillis;
  private final String userAgent;
  private final PrintWriter err;
  private boolean soap;
  private long last = -1;

  Service(URI site, Duration timeout, Duration pace, String userAgent, PrintWriter err) {
    this.site = site;
    this.timeout = timeout;
    this.paceMillis = pace.toMillis();
    this.userAgent = userAgent;
    this.err = err;
    this.client = HttpClient.newBuilder().connectTimeout(timeout.compareTo(Duration.ofSeconds(20)) < 0 ? timeout
        : Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** The address of the service's page for an operation (GET form, parameters in order). */
  URI get(String operation, Map<String, String> params) {
    String query = params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return URI.create(site + "/mgWebService.asmx/" + operation + (query.isEmpty() ? "" : "?" + query));
  }

  /** Calls the operation; returns the response's text. */
  String call(String operation, Map<String, String> params) throws ImportException {
    if (soap) return soap(operation, params);
    URI uri = get(operation, params);
    Answer a = send(HttpRequest.newBuilder(uri).GET(), uri);
    if (a.status() == 200) return a.body();
    if (a.status() == 500 || a.status() == 404 || a.status() == 405) {
      Answer s = sendSoap(operation, params);
      if (s.status() == 200) {
        soap = true;
        err.println("quorate: " + site + " does not answer GET (HTTP " + a.status() + "); it answers SOAP 1.1, which the"
            + " rest of this run uses");
        err.flush();
        return s.body();
      }
    }
    throw failure(a, uri);
  }

  private String soap(String operation, Map<String, String> params) throws ImportException {
    Answer a = sendSoap(operation, params);
    if (a.status() == 200) return a.body();
    throw failure(a, endpoint());
  }

  private URI endpoint() {
    return URI.create(site + "/mgWebService.asmx");
  }

  /** The SOAP 1.1 request body for an operation. */
  static String envelope(String operation, Map<String, String> params) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<soap:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
        + "  <soap:Body>\n    <" + operation + " xmlns=\"" + NAMESPACE + "\">\n");
    for (var e : params.entrySet()) {
      b.append("      <").append(e.getKey()).append('>').append(escape(e.getValue())).append("</").append(e.getKey())
          .append(">\n");
    }
    return b.append("    </").append(operation).append(">\n  </soap:Body>\n</soap:Envelope>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private Answer sendSoap(String operation, Map<String, String> params) throws ImportException {
    URI uri = endpoint();
    return send(HttpRequest.newBuilder(uri)
        .header("Content-Type", "text/xml; charset=utf-8")
        .header("SOAPAction", "\"" + NAMESPACE + "/" + operation + "\"")
        .POST(HttpRequest.BodyPublishers.ofString(envelope(operation, params), StandardCharsets.UTF_8)), uri);
  }

  private record Answer(int status, String body) {}

  private Answer send(HttpRequest.Builder request, URI uri) throws ImportException {
    pause();
    HttpRequest r = request.timeout(timeout).header("User-Agent", userAgent).header("Accept", "text/xml, application/xml")
        .build();
    try {
      HttpResponse<InputStream> resp = client.send(r, HttpResponse.BodyHandlers.ofInputStream());
      byte[] bytes;
      try (InputStream in = resp.body()) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        throw new ImportException(uri + ": the response is larger than " + (MAX_BYTES >> 20) + " MiB, far more than"
            + " any Modern.gov response; not read. Ask for a shorter period (--from, --to)");
      }
      Charset cs = resp.headers().firstValue("Content-Type").map(Service::charset).orElse(StandardCharsets.UTF_8);
      return new Answer(resp.statusCode(), new String(bytes, cs));
    } catch (HttpConnectTimeoutException e) {
      throw new ImportException(uri + ": no connection within " + timeout.toSeconds() + " s; check --site and the"
          + " network, or try again later");
    } catch (HttpTimeoutException e) {
      throw new ImportException(uri + ": no answer within " + timeout.toSeconds() + " s; self-hosted installs can be"
          + " slow: try again with a longer --timeout");
    } catch (ConnectException e) {
      throw new ImportException(uri + ": cannot connect (" + Folder.reason(e) + "); check --site and the network");
    } catch (IOException e) {
      throw new ImportException(uri + ": the request failed (" + Folder.reason(e) + "); check --site and the network");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException(uri + ": interrupted");
    } finally {
      last = System.nanoTime();
    }
  }

  private static Charset charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        try {
          return Charset.forName(p.substring(8).replace("\"", "").strip());
        } catch (RuntimeException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Waits until the pace allows the next request. */
  private void pause() throws ImportException {
    if (last < 0 || paceMillis <= 0) return;
    long wait = paceMillis - (System.nanoTime() - last) / 1_000_000;
    if (wait <= 0) return;
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException("interrupted");
    }
  }

  private ImportException failure(Answer a, URI uri) {
    return switch (a.status()) {
      case 401, 403 -> new ImportException(uri + ": the site refused the request (HTTP " + a.status() + "). Council"
          + " firewalls refuse clients that do not name themselves; quorate names itself (User-Agent: " + userAgent
          + ") and was refused all the same. Ask the council's web team to allow it, or save the responses from a"
          + " browser and import them with --saved");
      case 404 -> new ImportException(uri + ": no Modern.gov web service there (HTTP 404); --site is the address of"
          + " the council's committee pages, e.g. https://democracy.kent.gov.uk");
      case 429 -> new ImportException(uri + ": the site asks for fewer requests (HTTP 429); try again later with a"
          + " slower --pace");
      default -> new ImportException(uri + ": the site answered HTTP " + a.status() + (a.status() >= 500
          ? " (a fault on its side); try again later" : "; check --site"));
    };
  }

  /** Parameters in the order given. */
  static Map<String, String> params(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
    return m;
  }
}
