package org.vigil.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * Every request body has a limit ({@code vigil.web.max-request-body}, 10 MB): a body announced larger is answered
 * 413 with an RFC 7807 body before a byte of it is read, and one that turns out larger while it streams (chunked,
 * or a wrong Content-Length) stops being read at the limit and is answered 413 too, unless the handler has already
 * answered. The registry import, which takes whole registry files, has the registry file's own limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodyLimitFilter extends OncePerRequestFilter {

    /** Paths whose bodies may be larger: the registry file's own limit applies. */
    private static final List<String> REGISTRY_IMPORTS = List.of("/api/v1/registry/import", "/registry/import");

    private final long limit;

    BodyLimitFilter(@Value("${vigil.web.max-request-body:10MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    long limitFor(String path) {
        return REGISTRY_IMPORTS.contains(path) ? Math.max(limit, RegistryFiles.MAX_BYTES) : limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long max = limitFor(path);
        if (request.getContentLengthLong() > max) {
            refuse(request, response, max);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, max);
        try {
            chain.doFilter(limited, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!limited.exceeded || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response, max);
            return;
        }
        if (limited.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(request, response, max);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
        String detail = "The request body is larger than the limit of " + human(max)
                + "; send less (split the batch or the file)";
        // the rest of the body is not read: the connection closes after the answer
        response.setHeader("Connection", "close");
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413," + "\"detail\":\""
                            + detail + "\",\"limit\":" + max + "}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                            + "<title>Too large</title></head><body style=\"font-family:sans-serif;margin:3rem\">"
                            + "<h1>What you sent is too large</h1><p>" + detail + ".</p></body></html>");
        }
    }

    private static String human(long bytes) {
        return bytes % (1024 * 1024) == 0
                ? bytes / (1024 * 1024) + " MB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /** A request whose body stream fails once more than {@code max} bytes have been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;
        boolean exceeded;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, (int) Math.min(len, max - count + 1));
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        count += n;
                        if (count > max) {
                            exceeded = true;
                            throw new org.vigil.shared.LimitedInputStream.TooLargeException(max);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(
                    getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding()));
        }
    }
}
