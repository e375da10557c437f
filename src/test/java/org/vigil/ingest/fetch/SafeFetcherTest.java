package org.vigil.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a real HTTP server on 127.0.0.1 (allow-listed where a test needs to reach it) and, for the
 * refusals, against simulated DNS answers: no test sends a packet beyond the loopback interface.
 */
class SafeFetcherTest {

    static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>Wire</title></channel></rss>";

    HttpServer server;
    String base;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);

    /** Simulated DNS: names used in tests and what they "resolve" to; anything else is unknown. */
    static final HostResolver DNS = host -> {
        Map<String, List<String>> answers = Map.of(
                "intranet.example", List.of("10.0.0.5"),
                "router.example", List.of("192.168.1.1"),
                "mixed.example", List.of("93.184.216.34", "172.16.4.4"),
                "v6private.example", List.of("fd12:3456::1"),
                "mapped.example", List.of("::ffff:10.1.1.1"));
        List<String> a = answers.get(host);
        if (a == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> result = new java.util.ArrayList<>();
        for (String s : a) {
            InetAddress parsed = InetAddress.getByName(s);
            if (s.startsWith("::ffff:")) {
                // Keep the IPv6 form, as a resolver may hand it over, rather than Java's automatic IPv4 view.
                byte[] v6 = new byte[16];
                v6[10] = (byte) 0xFF;
                v6[11] = (byte) 0xFF;
                System.arraycopy(parsed.getAddress(), 0, v6, 12, 4);
                parsed = java.net.Inet6Address.getByAddress(host, v6, -1);
            }
            result.add(parsed);
        }
        return result;
    };

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> {
            requests.add(ex.getRequestURI().getPath());
            handle(ex);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    SafeFetcher allowingLoopback(FetchLimits limits) {
        return new SafeFetcher(AllowList.of("127.0.0.1/32"), limits, DNS);
    }

    void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        var h = ex.getResponseHeaders();
        switch (path) {
            case "/feed.xml" -> {
                String inm = ex.getRequestHeaders().getFirst("If-None-Match");
                String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
                h.add("ETag", "\"v7\"");
                h.add("Last-Modified", "Mon, 03 Feb 2020 10:00:00 GMT");
                if ("\"v7\"".equals(inm) || "Mon, 03 Feb 2020 10:00:00 GMT".equals(ims)) {
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                    return;
                }
                h.add("Content-Type", "application/rss+xml; charset=utf-8");
                send(ex, 200, RSS.getBytes(StandardCharsets.UTF_8));
            }
            case "/hop1" -> redirect(ex, 301, "/hop2");
            case "/hop2" -> redirect(ex, 302, base + "/feed.xml");
            case "/loop" -> redirect(ex, 302, "/loop");
            case "/to-metadata" -> redirect(ex, 302, "http://169.254.169.254/latest/meta-data/iam/");
            case "/to-intranet" -> redirect(ex, 307, "http://intranet.example/admin");
            case "/to-file" -> redirect(ex, 302, "file:///etc/passwd");
            case "/big-chunked" -> {
                h.add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0); // chunked: the size is not announced
                try (OutputStream out = ex.getResponseBody()) {
                    byte[] chunk = new byte[8192];
                    for (int i = 0; i < 1280; i++) { // 10 MB, if the client kept reading
                        out.write(chunk);
                    }
                } catch (IOException clientWentAway) {
                    // expected: the fetcher cancels past its limit
                }
            }
            case "/big-declared" -> {
                h.add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 10L << 20);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(new byte[1024]);
                    out.flush();
                    release.await();
                } catch (IOException | InterruptedException clientWentAway) {
                    // expected: the fetcher refuses on the announced length alone
                }
            }
            case "/gzip" -> {
                h.add("Content-Type", "text/xml");
                h.add("Content-Encoding", "gzip");
                send(ex, 200, gzip(RSS.getBytes(StandardCharsets.UTF_8)));
            }
            case "/deflate", "/raw-deflate" -> {
                h.add("Content-Type", "text/xml");
                h.add("Content-Encoding", "deflate");
                send(ex, 200, deflate(RSS.getBytes(StandardCharsets.UTF_8), path.equals("/raw-deflate")));
            }
            case "/brotli" -> {
                h.add("Content-Type", "text/xml");
                h.add("Content-Encoding", "br");
                send(ex, 200, new byte[] {1, 2, 3});
            }
            case "/corrupt-gzip" -> {
                h.add("Content-Type", "text/xml");
                h.add("Content-Encoding", "gzip");
                byte[] good = gzip(RSS.getBytes(StandardCharsets.UTF_8));
                good[good.length / 2] ^= 0x55;
                send(ex, 200, good);
            }
            case "/bomb" -> {
                h.add("Content-Type", "text/xml");
                h.add("Content-Encoding", "gzip");
                send(ex, 200, gzip(new byte[64 << 20]));
            }
            case "/image" -> {
                h.add("Content-Type", "image/png");
                send(ex, 200, new byte[100]);
            }
            case "/slow" -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ex.close();
            }
            case "/missing" -> send(ex, 404, "not here".getBytes(StandardCharsets.UTF_8));
            default -> send(ex, 500, new byte[0]);
        }
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] deflate(byte[] data, boolean raw) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, raw);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, n);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void fetchesAFeedWithItsTypeCharsetAndValidators() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS)) {
            FetchResult result = fetcher.fetch(FetchRequest.of(base + "/feed.xml"));
            assertThat(result).isInstanceOf(FetchResult.Fetched.class);
            FetchResult.Fetched f = (FetchResult.Fetched) result;
            assertThat(f.mediaType()).isEqualTo("application/rss+xml");
            assertThat(f.charset()).contains("utf-8");
            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
            assertThat(f.etag()).isEqualTo("\"v7\"");
            assertThat(f.lastModified()).isEqualTo("Mon, 03 Feb 2020 10:00:00 GMT");
        }
    }

    @Test
    void conditionalGetAnswersNotModified() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS)) {
            URI uri = URI.create(base + "/feed.xml");
            assertThat(fetcher.fetch(new FetchRequest(uri, "\"v7\"", null)))
                    .isInstanceOfSatisfying(
                            FetchResult.NotModified.class,
                            nm -> assertThat(nm.etag()).isEqualTo("\"v7\""));
            assertThat(fetcher.fetch(new FetchRequest(uri, null, "Mon, 03 Feb 2020 10:00:00 GMT")))
                    .isInstanceOf(FetchResult.NotModified.class);
            assertThat(fetcher.fetch(new FetchRequest(uri, "\"v6\"", null))).isInstanceOf(FetchResult.Fetched.class);
        }
    }

    @Test
    void followsRedirectsItselfAndRecordsThem() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS)) {
            FetchResult result = fetcher.fetch(FetchRequest.of(base + "/hop1"));
            assertThat(result).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> {
                assertThat(f.uri()).isEqualTo(URI.create(base + "/feed.xml"));
                assertThat(f.redirects()).hasSize(2);
            });
            assertThat(requests).containsExactly("/hop1", "/hop2", "/feed.xml");
        }
    }

    @Test
    void refusesRedirectLoopsAndTooManyHops() {
        FetchLimits oneHop = new FetchLimits(
                1 << 20,
                1 << 20,
                100,
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                1,
                FetchLimits.FEED_AND_PAGE_TYPES);
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS);
                SafeFetcher strict = allowingLoopback(oneHop)) {
            assertThat(fetcher.fetch(FetchRequest.of(base + "/loop")))
                    .isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                        assertThat(r.problem()).isEqualTo(FetchProblem.REDIRECTS);
                        assertThat(r.reason()).contains("loop");
                    });
            assertThat(strict.fetch(FetchRequest.of(base + "/hop1")))
                    .isInstanceOfSatisfying(
                            FetchResult.Refused.class,
                            r -> assertThat(r.reason()).contains("more than 1 redirects"));
        }
    }

    @Test
    void abortsAStreamedBodyPastTheLimit() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS.withMaxBytes(64 * 1024))) {
            FetchResult chunked = fetcher.fetch(FetchRequest.of(base + "/big-chunked"));
            assertThat(chunked).isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                assertThat(r.problem()).isEqualTo(FetchProblem.TOO_LARGE);
                assertThat(r.reason()).contains("65536");
            });
            FetchResult declared = fetcher.fetch(FetchRequest.of(base + "/big-declared"));
            assertThat(declared)
                    .isInstanceOfSatisfying(
                            FetchResult.Refused.class,
                            r -> assertThat(r.reason()).contains("declared"));
        }
    }

    @Test
    void decodesGzipAndRefusesACompressionBomb() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS)) {
            assertThat(fetcher.fetch(FetchRequest.of(base + "/gzip")))
                    .isInstanceOfSatisfying(
                            FetchResult.Fetched.class,
                            f -> assertThat(new String(f.body(), StandardCharsets.UTF_8))
                                    .isEqualTo(RSS));
            // 64 MB of zeros is about 64 KB gzipped: small on the wire, refused once it expands.
            assertThat(fetcher.fetch(FetchRequest.of(base + "/bomb")))
                    .isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                        assertThat(r.problem()).isEqualTo(FetchProblem.TOO_LARGE);
                        assertThat(r.reason()).contains("compression bomb");
                    });
        }
    }

    @Test
    void decodesBothKindsOfDeflateAndRefusesUnknownOrCorruptCodings() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS)) {
            for (String path : List.of("/deflate", "/raw-deflate")) {
                assertThat(fetcher.fetch(FetchRequest.of(base + path)))
                        .as(path)
                        .isInstanceOfSatisfying(
                                FetchResult.Fetched.class,
                                f -> assertThat(new String(f.body(), StandardCharsets.UTF_8))
                                        .isEqualTo(RSS));
            }
            assertThat(fetcher.fetch(FetchRequest.of(base + "/brotli")))
                    .isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                        assertThat(r.problem()).isEqualTo(FetchProblem.ENCODING);
                        assertThat(r.reason()).contains("'br'");
                    });
            assertThat(fetcher.fetch(FetchRequest.of(base + "/corrupt-gzip")))
                    .isInstanceOfSatisfying(
                            FetchResult.Refused.class,
                            r -> assertThat(r.problem()).isEqualTo(FetchProblem.ENCODING));
        }
    }

    @Test
    void refusesContentTypesItWasNotAskedFor() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS)) {
            assertThat(fetcher.fetch(FetchRequest.of(base + "/image")))
                    .isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                        assertThat(r.problem()).isEqualTo(FetchProblem.CONTENT_TYPE);
                        assertThat(r.reason()).contains("image/png");
                    });
        }
    }

    @Test
    void givesUpAtTheTotalDeadline() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS.withTotalTimeout(Duration.ofMillis(400)))) {
            long start = System.nanoTime();
            FetchResult result = fetcher.fetch(FetchRequest.of(base + "/slow"));
            assertThat(result)
                    .isInstanceOfSatisfying(
                            FetchResult.Refused.class,
                            r -> assertThat(r.problem()).isEqualTo(FetchProblem.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void reportsHttpErrors() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS)) {
            assertThat(fetcher.fetch(FetchRequest.of(base + "/missing")))
                    .isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                        assertThat(r.problem()).isEqualTo(FetchProblem.HTTP_STATUS);
                        assertThat(r.problem().isTransient()).isFalse();
                        assertThat(r.reason()).contains("404");
                    });
            assertThat(fetcher.fetch(FetchRequest.of(base + "/unexpected")))
                    .isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                        assertThat(r.problem()).isEqualTo(FetchProblem.SERVER_BUSY);
                        assertThat(r.problem().isTransient()).isTrue();
                    });
        }
    }

    @Test
    void withoutTheAllowListLoopbackAndPrivateAddressesAreRefusedBeforeAnyConnection() {
        int port = server.getAddress().getPort();
        try (SafeFetcher fetcher = new SafeFetcher(AllowList.NONE, FetchLimits.DEFAULTS, DNS)) {
            Map<String, String> expected = Map.of(
                    "http://127.0.0.1:" + port + "/feed.xml",
                    "loopback",
                    "http://[::1]:" + port + "/feed.xml",
                    "loopback",
                    "http://10.20.30.40/rss",
                    "private",
                    "http://169.254.169.254/latest/meta-data/",
                    "metadata",
                    "http://0.0.0.0:" + port + "/",
                    "unspecified",
                    "http://intranet.example/feed",
                    "private address 10.0.0.5",
                    "http://mixed.example/feed",
                    "172.16.4.4",
                    "http://v6private.example/feed",
                    "unique-local",
                    "http://mapped.example/feed",
                    "inside IPv6",
                    "http://metadata.google.internal/computeMetadata/v1/",
                    "metadata");
            expected.forEach((url, why) -> assertThat(fetcher.fetch(FetchRequest.of(url)))
                    .as(url)
                    .isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                        assertThat(r.problem()).isEqualTo(FetchProblem.FORBIDDEN_ADDRESS);
                        assertThat(r.reason()).contains(why);
                    }));
        }
        assertThat(requests).isEmpty();
    }

    @Test
    void aRedirectFromAnAllowedHostToAPrivateOneIsRefused() {
        try (SafeFetcher fetcher = allowingLoopback(FetchLimits.DEFAULTS)) {
            assertThat(fetcher.fetch(FetchRequest.of(base + "/to-metadata")))
                    .isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                        assertThat(r.problem()).isEqualTo(FetchProblem.FORBIDDEN_ADDRESS);
                        assertThat(r.uri().getHost()).isEqualTo("169.254.169.254");
                    });
            assertThat(fetcher.fetch(FetchRequest.of(base + "/to-intranet")))
                    .isInstanceOfSatisfying(
                            FetchResult.Refused.class,
                            r -> assertThat(r.reason()).contains("10.0.0.5"));
            assertThat(fetcher.fetch(FetchRequest.of(base + "/to-file")))
                    .isInstanceOfSatisfying(
                            FetchResult.Refused.class,
                            r -> assertThat(r.problem()).isEqualTo(FetchProblem.BAD_ADDRESS));
        }
    }

    @Test
    void onlyHttpAndHttpsWithoutCredentialsAreFetched() {
        try (SafeFetcher fetcher = new SafeFetcher(AllowList.NONE, FetchLimits.DEFAULTS, DNS)) {
            for (String url : List.of(
                    "file:///etc/passwd",
                    "ftp://example.org/feed",
                    "gopher://x/",
                    "/relative/feed",
                    "http://user:secret@example.org/feed")) {
                assertThat(fetcher.fetch(FetchRequest.of(url)))
                        .as(url)
                        .isInstanceOfSatisfying(
                                FetchResult.Refused.class,
                                r -> assertThat(r.problem()).isEqualTo(FetchProblem.BAD_ADDRESS));
            }
            assertThat(fetcher.fetch(FetchRequest.of("https://no-such-host.example/feed")))
                    .isInstanceOfSatisfying(
                            FetchResult.Refused.class,
                            r -> assertThat(r.problem()).isEqualTo(FetchProblem.UNKNOWN_HOST));
        }
    }

    @Test
    void anAllowListedHostNameIsReachable() {
        AtomicInteger lookups = new AtomicInteger();
        HostResolver counting = host -> {
            lookups.incrementAndGet();
            return DNS.resolve(host);
        };
        try (SafeFetcher fetcher = new SafeFetcher(AllowList.of("localhost"), FetchLimits.DEFAULTS, counting)) {
            FetchResult result = fetcher.fetch(
                    FetchRequest.of("http://localhost:" + server.getAddress().getPort() + "/feed.xml"));
            assertThat(result).isInstanceOf(FetchResult.Fetched.class);
            assertThat(lookups).hasValue(0);
        }
    }

    @Test
    void aNameThatResolvesElsewhereAfterTheExchangeVoidsTheResponse() {
        // The client connects to localhost (127.0.0.1, allowed by block); our resolver then "rebinds" the name.
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding =
                host -> List.of(InetAddress.getByName(lookups.incrementAndGet() == 1 ? "127.0.0.1" : "10.0.0.9"));
        try (SafeFetcher fetcher = new SafeFetcher(AllowList.of("127.0.0.1/32"), FetchLimits.DEFAULTS, rebinding)) {
            FetchResult result = fetcher.fetch(
                    FetchRequest.of("http://localhost:" + server.getAddress().getPort() + "/feed.xml"));
            assertThat(result).isInstanceOfSatisfying(FetchResult.Refused.class, r -> {
                assertThat(r.problem()).isEqualTo(FetchProblem.FORBIDDEN_ADDRESS);
                assertThat(r.reason()).contains("DNS rebinding", "10.0.0.9");
            });
            assertThat(lookups).hasValue(2);
        }
    }

    @Test
    void classifiesAddressesThatAreNotOnThePublicInternet() throws Exception {
        for (String blocked : List.of(
                "127.0.0.1",
                "127.8.9.10",
                "10.0.0.1",
                "172.31.255.1",
                "192.168.0.10",
                "169.254.169.254",
                "169.254.1.1",
                "0.0.0.0",
                "224.0.0.251",
                "255.255.255.255",
                "100.100.100.200",
                "192.0.0.192",
                "::1",
                "::",
                "fe80::1",
                "fd00:ec2::254",
                "fc00::1",
                "ff02::1",
                "2002:a00:1::1",
                "64:ff9b::a00:1")) {
            assertThat(Addresses.refusal(InetAddress.getByName(blocked)))
                    .as(blocked)
                    .isPresent();
        }
        for (String open : List.of("8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4001::200e")) {
            assertThat(Addresses.refusal(InetAddress.getByName(open))).as(open).isEmpty();
        }
    }

    @Test
    void allowListTakesHostsAndBlocks() throws Exception {
        AllowList list = AllowList.of("feeds.intranet", "10.20.0.0/16", "fd00::/8");
        assertThat(list.allowsHost("FEEDS.intranet")).isTrue();
        assertThat(list.allowsAddress(InetAddress.getByName("10.20.3.4"))).isTrue();
        assertThat(list.allowsAddress(InetAddress.getByName("10.21.3.4"))).isFalse();
        assertThat(list.allowsAddress(InetAddress.getByName("fd00::5"))).isTrue();
        assertThat(Set.copyOf(list.blocks()).size()).isEqualTo(2);
    }
}
