package fi.tyokyky.server.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than a limit with 413 (Payload Too Large) and an OperationOutcome,
 * before anything is parsed or stored. A body announced by {@code Content-Length} is judged by the
 * header without reading it; a chunked body is read up to one byte past the limit and, if it fits,
 * handed on from memory.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  /** Refuses bodies larger than {@code maxSize} (never null, positive). */
  public RequestSizeLimitFilter(DataSize maxSize) {
    this.maxBytes = maxSize.toBytes();
    if (maxBytes <= 0) {
      throw new IllegalArgumentException(
          "The maximum request size must be positive, was " + maxSize);
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response);
      return;
    }
    if (declared < 0 && isChunked(request)) {
      byte[] body =
          request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        refuse(response);
        return;
      }
      chain.doFilter(new BufferedBodyRequest(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(413);
    response.setContentType(OperationOutcomeResponses.CONTENT_TYPE);
    // The unread body is not wanted: the connection is closed after this answer.
    response.setHeader("Connection", "close");
    response
        .getWriter()
        .write(
            OperationOutcomeResponses.json(
                413,
                "The request body is larger than the maximum of "
                    + maxBytes
                    + " bytes (HTTP 413)"));
  }

  private static boolean isChunked(HttpServletRequest request) {
    String encoding = request.getHeader("Transfer-Encoding");
    return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }

  /** A request whose body has been read into memory already. */
  private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new ByteArrayServletInputStream(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }
  }

  private static final class ByteArrayServletInputStream extends ServletInputStream {

    private final InputStream in;

    ByteArrayServletInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, length);
    }

    @Override
    public boolean isFinished() {
      try {
        return in.available() == 0;
      } catch (IOException e) {
        return true;
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException("The body is already in memory");
    }
  }
}
