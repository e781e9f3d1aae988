package fi.tyokyky.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP to the server without a FHIR client: for answers a FHIR client would hide (status, media
 * type, the raw body) and, over a bare socket, for requests no HTTP client library would send
 * (malformed URLs, a declared body that never comes).
 */
final class RawHttp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final int port;
  private final Map<String, String> callerHeaders;

  /** HTTP to the server on {@code port} with no credentials. */
  RawHttp(int port) {
    this(port, Map.of());
  }

  /**
   * HTTP to the server on {@code port} whose requests all carry {@code callerHeaders} (the
   * credentials of one test caller) besides the headers each request names.
   */
  RawHttp(int port, Map<String, String> callerHeaders) {
    this.port = port;
    this.callerHeaders = Map.copyOf(callerHeaders);
  }

  /** The headers this HTTP adds to every request (for tests that build raw requests). */
  Map<String, String> callerHeaders() {
    return callerHeaders;
  }

  /** The caller's headers as lines of a raw request head, each after a CRLF. */
  private String callerHeaderLines() {
    StringBuilder lines = new StringBuilder();
    callerHeaders.forEach(
        (name, value) -> lines.append("\r\n").append(name).append(": ").append(value));
    return lines.toString();
  }

  /**
   * An answer: status, Content-Type (empty if none), the {@code WWW-Authenticate} challenge (null
   * if none) and body.
   */
  record Answer(
      int status, String contentType, String challenge, String body, Map<String, String> headers) {

    Answer(int status, String contentType, String challenge, String body) {
      this(status, contentType, challenge, body, Map.of());
    }

    /** The Content-Location header (an asynchronous request's status URL), or null. */
    String contentLocation() {
      return headers.get("content-location");
    }

    /** The X-Progress header (an export's progress while it runs), or null. */
    String progress() {
      return headers.get("x-progress");
    }
  }

  /** A GET of {@code path} (with query) with the given headers. */
  Answer get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    callerHeaders.forEach(request::header);
    headers.forEach(request::header);
    return send(request.build());
  }

  /** A request with a body of the given media type. */
  Answer send(String method, String path, String contentType, String body) {
    return send(method, path, contentType, body, Map.of());
  }

  /** A request with a body of the given media type and further headers. */
  Answer send(
      String method, String path, String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    callerHeaders.forEach(request::header);
    headers.forEach(request::header);
    return send(request.build());
  }

  /**
   * Writes {@code head} (request line and headers, CRLF-separated, without the blank line), the
   * caller's headers ({@link #callerHeaders()}), then a blank line and {@code body} to a fresh
   * connection, and returns everything the server answers until it closes the connection or 10 s
   * pass.
   */
  String rawExchange(String head, byte[] body) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (head + callerHeaderLines() + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return readAll(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends {@code size} bytes of {@code filler} as a chunked body with the given head and returns
   * the server's answer.
   */
  String rawChunkedExchange(String head, long size, byte filler) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (head
                  + callerHeaderLines()
                  + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, filler);
      long left = size;
      while (left > 0) {
        int length = (int) Math.min(chunk.length, left);
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(chunk, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        left -= length;
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return readAll(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one HTTP response: the head, then a body of {@code Content-Length} bytes or chunks up to
   * the last one. The connection may stay open (Tomcat waits for a body it refused), so the end of
   * the stream cannot be waited for.
   */
  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    try {
      int headEnd = -1;
      while (headEnd < 0) {
        int next = in.read();
        if (next < 0) {
          return answer.toString(StandardCharsets.UTF_8);
        }
        answer.write(next);
        headEnd = answer.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
      }
      String head = answer.toString(StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
      java.util.regex.Matcher length =
          java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
      if (length.find()) {
        answer.write(in.readNBytes(Integer.parseInt(length.group(1))));
      } else if (head.contains("transfer-encoding: chunked")) {
        while (!answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
          int next = in.read();
          if (next < 0) {
            break;
          }
          answer.write(next);
        }
      }
    } catch (java.net.SocketException e) {
      // The server may reset the connection after answering; the answer is what counts.
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  /** The absolute URI of {@code path} (with query) on this server. */
  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /**
   * Sends a request built by the caller as it stands, without the caller's headers: for requests
   * this class cannot build, such as one with a header twice.
   */
  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("WWW-Authenticate").orElse(null),
          response.body(),
          headersOf(response));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> headersOf(HttpResponse<?> response) {
    Map<String, String> headers = new java.util.HashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0));
              }
            });
    return Map.copyOf(headers);
  }
}
