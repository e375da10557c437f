package org.vigil.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Fetches one http(s) address for the ingestion pipeline, refusing anything that would let a source's owner make
 * Vigil reach its own network (SSRF). Every hop (the first request and each redirect, which this class follows
 * itself, at most {@link FetchLimits#maxRedirects()}) is checked: scheme, no credentials in the address, cloud
 * metadata host names, and every address the host resolves to (private, loopback, link-local, multicast,
 * unique-local, IPv4 inside IPv6, 0.0.0.0, metadata addresses) unless the host or a block is allow-listed.
 *
 * <p>The client resolves the name again to connect; it shares the JVM's address cache with the default resolver,
 * so it connects to the address that was checked, and the name is checked once more after the exchange, so an
 * answer that changed in between voids the response.
 *
 * <p>The body streams into a bounded buffer and the exchange is cancelled as soon as it passes the limit (or at once
 * when Content-Length already says so); the content type is checked before any body is read. gzip and deflate are
 * decoded here with their own limit, so a compression bomb is refused. The whole fetch, redirects included, has one
 * deadline. Connections are direct (no proxy): a proxy would resolve names itself and void the address checks.
 *
 * <p>Thread-safe; one instance serves all sources. Close it to release the HTTP client's threads.
 */
public final class SafeFetcher implements AutoCloseable {

    private static final String USER_AGENT = "Vigil/0.1 (protective-intelligence feed reader)";
    private static final long RATIO_CHECK_FLOOR = 1L << 20;

    private final HttpClient client;
    private final Supplier<AllowList> allowList;
    private final FetchLimits limits;
    private final HostResolver resolver;

    public SafeFetcher(AllowList allowList, FetchLimits limits, HostResolver resolver) {
        this(() -> allowList, limits, resolver);
    }

    /**
     * With an allow-list read at every check, so that an administrator's change applies to the next hop of any
     * fetch without a new client (the pipeline reads it from the database, where every instance sees it).
     */
    public SafeFetcher(Supplier<AllowList> allowList, FetchLimits limits, HostResolver resolver) {
        this.allowList = allowList;
        this.limits = limits;
        this.resolver = resolver;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(limits.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public SafeFetcher(AllowList allowList, FetchLimits limits) {
        this(allowList, limits, HostResolver.system());
    }

    public FetchResult fetch(FetchRequest request) {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        URI current = request.uri();
        List<URI> redirects = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        while (true) {
            Optional<FetchResult.Refused> refused = check(current);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (!seen.add(current.normalize())) {
                return new FetchResult.Refused(current, FetchProblem.REDIRECTS, "redirect loop back to " + current);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return timeout(current);
            }
            HttpResponse<byte[]> response;
            try {
                response = exchange(current, request, remaining);
            } catch (Refusal r) {
                return new FetchResult.Refused(current, r.problem, r.getMessage());
            }
            // Re-check after the exchange: if the name now resolves elsewhere (a rebinding DNS answer that outlived
            // the JVM's cache), nothing that came back is trusted.
            Optional<FetchResult.Refused> rebound = check(current);
            if (rebound.isPresent()) {
                return new FetchResult.Refused(
                        current,
                        FetchProblem.FORBIDDEN_ADDRESS,
                        "the host's addresses " + "changed during the fetch (DNS rebinding?): "
                                + rebound.get().reason());
            }
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (isRedirect(status)) {
                Optional<String> location = headers.firstValue("Location");
                if (location.isEmpty() || location.get().isBlank()) {
                    return new FetchResult.Refused(
                            current, FetchProblem.REDIRECTS, "redirect " + status + " without a Location header");
                }
                URI next;
                try {
                    next = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    return new FetchResult.Refused(
                            current, FetchProblem.REDIRECTS, "redirect to an invalid address '" + location.get() + "'");
                }
                if (redirects.size() >= limits.maxRedirects()) {
                    return new FetchResult.Refused(
                            next,
                            FetchProblem.REDIRECTS,
                            "more than " + limits.maxRedirects() + " redirects; last from " + current + " to " + next);
                }
                redirects.add(next);
                current = next;
                continue;
            }
            if (status == 304) {
                return new FetchResult.NotModified(
                        current,
                        headers.firstValue("ETag").orElse(request.etag()),
                        headers.firstValue("Last-Modified").orElse(request.lastModified()));
            }
            if (status < 200 || status > 299) {
                boolean busy = status >= 500 || status == 408 || status == 429;
                return new FetchResult.Refused(
                        current,
                        busy ? FetchProblem.SERVER_BUSY : FetchProblem.HTTP_STATUS,
                        "the server answered " + status + (busy ? "; try again later" : ""));
            }
            String contentType = headers.firstValue("Content-Type").orElse("");
            byte[] body;
            try {
                body = decompress(
                        response.body(), headers.firstValue("Content-Encoding").orElse("identity"));
            } catch (Refusal r) {
                return new FetchResult.Refused(current, r.problem, r.getMessage());
            }
            return new FetchResult.Fetched(
                    current,
                    status,
                    mediaType(contentType),
                    TextDecoding.charsetOf(contentType),
                    body,
                    headers.firstValue("ETag").orElse(null),
                    headers.firstValue("Last-Modified").orElse(null),
                    redirects);
        }
    }

    /** Why this address must not be fetched, or empty when it may. Resolves the host through the resolver. */
    public Optional<FetchResult.Refused> check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return refuse(
                    uri,
                    FetchProblem.BAD_ADDRESS,
                    "only http and https addresses can be fetched, not '" + (scheme.isEmpty() ? uri : scheme + ":")
                            + "'");
        }
        if (uri.getRawUserInfo() != null) {
            return refuse(
                    uri,
                    FetchProblem.BAD_ADDRESS,
                    "addresses with a user name or password (user@host) are not fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return refuse(uri, FetchProblem.BAD_ADDRESS, "the address has no valid host name");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        AllowList allowed = allowList.get();
        if (allowed.allowsHost(host)) {
            return Optional.empty();
        }
        Optional<String> badName = Addresses.refusedName(host);
        if (badName.isPresent()) {
            return refuse(uri, FetchProblem.FORBIDDEN_ADDRESS, badName.get() + " is not fetched");
        }
        List<InetAddress> addresses;
        try {
            addresses = Addresses.isLiteral(host) ? List.of(InetAddress.getByName(host)) : resolver.resolve(host);
        } catch (UnknownHostException e) {
            return refuse(uri, FetchProblem.UNKNOWN_HOST, "the host " + host + " does not resolve");
        }
        if (addresses.isEmpty()) {
            return refuse(uri, FetchProblem.UNKNOWN_HOST, "the host " + host + " has no addresses");
        }
        // Every answer must pass: the client may connect to any of them.
        for (InetAddress address : addresses) {
            if (allowed.allowsAddress(address)) {
                continue;
            }
            Optional<String> why = Addresses.refusal(address);
            if (why.isPresent()) {
                return refuse(
                        uri,
                        FetchProblem.FORBIDDEN_ADDRESS,
                        "the host " + host + " is a " + why.get()
                                + ", which is not on the public internet; an administrator can allow-list it");
            }
        }
        return Optional.empty();
    }

    private HttpResponse<byte[]> exchange(URI uri, FetchRequest request, long remainingNanos) throws Refusal {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(Duration.ofNanos(remainingNanos))
                .header("User-Agent", USER_AGENT)
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", String.join(", ", limits.contentTypes()) + ", */*;q=0.1");
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(builder.build(), this::bodyFor);
        try {
            return future.get(remainingNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Refusal(
                    FetchProblem.TIMEOUT,
                    "no complete answer within " + limits.totalTimeout().toSeconds() + " s in total");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refusal(FetchProblem.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof Refusal r) {
                    throw r;
                }
            }
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw new Refusal(
                        FetchProblem.TIMEOUT,
                        "could not connect within " + limits.connectTimeout().toSeconds() + " s");
            }
            if (cause instanceof HttpTimeoutException) {
                throw new Refusal(
                        FetchProblem.TIMEOUT,
                        "no answer within " + limits.totalTimeout().toSeconds() + " s in total");
            }
            if (cause instanceof ConnectException) {
                throw new Refusal(FetchProblem.NETWORK, "connection refused by " + uri.getHost());
            }
            throw new Refusal(FetchProblem.NETWORK, "the exchange failed: " + describe(cause));
        }
    }

    /** Decides from the status and headers, before any body byte is read, whether and how much to read. */
    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (isRedirect(status) || status == 304 || status < 200 || status > 299) {
            // Nothing of these bodies is used; read at most a little so a keep-alive connection stays usable.
            return new LimitedBody(64 * 1024, true);
        }
        String contentType = info.headers().firstValue("Content-Type").orElse("");
        String media = mediaType(contentType);
        if (!limits.contentTypes().contains(media)) {
            return new LimitedBody(0, false)
                    .refusingWith(new Refusal(
                            FetchProblem.CONTENT_TYPE,
                            media.isEmpty()
                                    ? "the response has no Content-Type"
                                    : "content type " + media + " is not accepted here (accepted: "
                                            + String.join(
                                                    ", ",
                                                    limits.contentTypes().stream()
                                                            .sorted()
                                                            .toList()) + ")"));
        }
        Optional<String> length = info.headers().firstValue("Content-Length");
        if (length.isPresent()) {
            try {
                long declared = Long.parseLong(length.get().strip());
                if (declared > limits.maxBytes()) {
                    return new LimitedBody(0, false).refusingWith(tooLarge(declared + " bytes declared"));
                }
            } catch (NumberFormatException e) {
                return new LimitedBody(0, false)
                        .refusingWith(
                                new Refusal(FetchProblem.NETWORK, "invalid Content-Length '" + length.get() + "'"));
            }
        }
        return new LimitedBody(limits.maxBytes(), false);
    }

    private Refusal tooLarge(String what) {
        return new Refusal(
                FetchProblem.TOO_LARGE,
                "the response is larger than the limit of " + limits.maxBytes() + " bytes (" + what + ")");
    }

    private byte[] decompress(byte[] body, String contentEncoding) throws Refusal {
        String coding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (coding.isEmpty() || coding.equals("identity")) {
            return body;
        }
        InputStream in;
        try {
            switch (coding) {
                case "gzip", "x-gzip" -> in = new GZIPInputStream(new ByteArrayInputStream(body), 8192);
                case "deflate" ->
                    in = isZlib(body)
                            ? new InflaterInputStream(new ByteArrayInputStream(body))
                            : new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true));
                default ->
                    throw new Refusal(
                            FetchProblem.ENCODING,
                            "content encoding '" + contentEncoding + "' is not supported (only gzip and deflate)");
            }
        } catch (IOException e) {
            throw new Refusal(FetchProblem.ENCODING, "the " + coding + " body is corrupt: " + describe(e));
        }
        long max = limits.maxDecompressedBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, 1 << 20));
        byte[] chunk = new byte[16 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > max) {
                    throw new Refusal(
                            FetchProblem.TOO_LARGE,
                            "the " + coding + " body of " + body.length
                                    + " bytes decompresses to more than the limit of " + max
                                    + " bytes (a compression bomb?)");
                }
                if (total > RATIO_CHECK_FLOOR && total > (long) body.length * limits.maxCompressionRatio()) {
                    throw new Refusal(
                            FetchProblem.TOO_LARGE,
                            "the " + coding + " body of " + body.length
                                    + " bytes expands more than " + limits.maxCompressionRatio()
                                    + " times (a compression bomb?)");
                }
                out.write(chunk, 0, n);
            }
        } catch (Refusal r) {
            throw r;
        } catch (ZipException e) {
            throw new Refusal(FetchProblem.ENCODING, "the " + coding + " body is corrupt: " + describe(e));
        } catch (IOException e) {
            if (e.getCause() instanceof DataFormatException) {
                throw new Refusal(FetchProblem.ENCODING, "the " + coding + " body is corrupt: " + describe(e));
            }
            throw new Refusal(FetchProblem.ENCODING, "the " + coding + " body could not be read: " + describe(e));
        }
        return out.toByteArray();
    }

    private static boolean isZlib(byte[] b) {
        return b.length >= 2 && (b[0] & 0x0F) == 8 && (((b[0] & 0xFF) << 8) | (b[1] & 0xFF)) % 31 == 0;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static Optional<FetchResult.Refused> refuse(URI uri, FetchProblem problem, String reason) {
        return Optional.of(new FetchResult.Refused(uri, problem, reason));
    }

    private FetchResult.Refused timeout(URI uri) {
        return new FetchResult.Refused(
                uri,
                FetchProblem.TIMEOUT,
                "no complete answer within " + limits.totalTimeout().toSeconds() + " s in total");
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        client.close();
    }

    /** A fetch refused for a reason; carried through the client's futures and turned into a value at the end. */
    private static final class Refusal extends IOException {
        final FetchProblem problem;

        Refusal(FetchProblem problem, String message) {
            super(message);
            this.problem = problem;
        }
    }

    /** Collects a body up to a limit and cancels the exchange the moment it passes it. */
    private final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final boolean truncateSilently;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Refusal refusal;
        private Flow.Subscription subscription;
        private long count;

        LimitedBody(long limit, boolean truncateSilently) {
            this.limit = limit;
            this.truncateSilently = truncateSilently;
        }

        LimitedBody refusingWith(Refusal why) {
            this.refusal = why;
            return this;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (refusal != null) {
                s.cancel();
                result.completeExceptionally(refusal);
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                count += n;
                if (count > limit) {
                    subscription.cancel();
                    if (truncateSilently) {
                        result.complete(new byte[0]);
                    } else {
                        result.completeExceptionally(tooLarge("more than " + limit + " bytes received"));
                    }
                    return;
                }
                byte[] bytes = new byte[n];
                item.get(bytes);
                out.write(bytes, 0, n);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
