package br.gov.es.prodest.npi007.gateway.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413: at once when Content-Length says so, and while
 * reading when the body comes chunked (the reader fails as soon as it passes the limit).
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final long limit;
  private final long webhookLimit;
  private final ProblemDocuments documents;

  /**
   * @param limit        for the API
   * @param webhookLimit for {@code /webhooks/**}: a monitoring tool's group of alerts may be large, and a
   *                     refused one would be resent for ever
   */
  public RequestBodyLimitFilter(long limit, long webhookLimit, ProblemDocuments documents) {
    this.limit = limit;
    this.webhookLimit = webhookLimit;
    this.documents = documents;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = request.getRequestURI().startsWith("/webhooks/") ? webhookLimit : this.limit;
    if (request.getContentLengthLong() > limit) {
      ExceptionDescriptions.Description tooLarge = ExceptionDescriptions.tooLarge(limit);
      response.setHeader("Connection", "close");
      documents.write(response, ProblemDocuments.problem(tooLarge.status(), tooLarge.code(), tooLarge.detail(),
          request.getRequestURI()));
      return;
    }
    chain.doFilter(new LimitedBodyRequest(request, limit), response);
  }

  private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    LimitedBodyRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingInputStream(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class CountingInputStream extends ServletInputStream {

    private final ServletInputStream delegate;
    private final long limit;
    private long count;

    CountingInputStream(ServletInputStream delegate, long limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int next = delegate.read();
      if (next >= 0) {
        counted(1);
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = delegate.read(buffer, offset, length);
      if (read > 0) {
        counted(read);
      }
      return read;
    }

    private void counted(int bytes) throws RequestBodyTooLargeException {
      count += bytes;
      if (count > limit) {
        throw new RequestBodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
