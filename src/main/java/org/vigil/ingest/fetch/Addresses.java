package org.vigil.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses a fetch must never reach: everything that is not the public internet. The answer is a reason
 * ("loopback address 127.0.0.1") rather than a boolean, so a refused fetch says why.
 */
final class Addresses {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private record Block(Cidr cidr, String what) {}

    // Ranges not covered by InetAddress's own predicates (loopback, link-local, site-local, multicast, any-local).
    private static final List<Block> BLOCKED = List.of(
            new Block(Cidr.parse("0.0.0.0/8"), "'this network' address (0.0.0.0/8)"),
            new Block(
                    Cidr.parse("100.64.0.0/10"),
                    "carrier-grade NAT address (100.64.0.0/10, also Alibaba Cloud metadata)"),
            new Block(
                    Cidr.parse("192.0.0.0/24"),
                    "IETF protocol assignment address (192.0.0.0/24, also Oracle Cloud metadata)"),
            new Block(Cidr.parse("192.0.2.0/24"), "documentation address (192.0.2.0/24)"),
            new Block(Cidr.parse("198.18.0.0/15"), "benchmarking address (198.18.0.0/15)"),
            new Block(Cidr.parse("198.51.100.0/24"), "documentation address (198.51.100.0/24)"),
            new Block(Cidr.parse("203.0.113.0/24"), "documentation address (203.0.113.0/24)"),
            new Block(Cidr.parse("240.0.0.0/4"), "reserved or broadcast address (240.0.0.0/4)"),
            new Block(Cidr.parse("fc00::/7"), "unique-local IPv6 address (fc00::/7, also AWS metadata fd00:ec2::254)"),
            new Block(Cidr.parse("fec0::/10"), "site-local IPv6 address (fec0::/10)"),
            new Block(Cidr.parse("100::/64"), "discard-only IPv6 address (100::/64)"),
            new Block(Cidr.parse("2001:db8::/32"), "documentation IPv6 address (2001:db8::/32)"));

    private static final List<String> METADATA_HOSTS = List.of(
            "metadata.google.internal",
            "metadata",
            "instance-data",
            "instance-data.ec2.internal",
            "metadata.azure.internal");

    private Addresses() {}

    static boolean isLiteral(String host) {
        return IPV4_LITERAL.matcher(host).matches() || host.indexOf(':') >= 0;
    }

    /** A reason the host name itself is refused (cloud metadata names), whatever it resolves to. */
    static Optional<String> refusedName(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return METADATA_HOSTS.contains(h) ? Optional.of("cloud metadata host name " + host) : Optional.empty();
    }

    /** Why this address is not on the public internet, or empty when it is. */
    static Optional<String> refusal(InetAddress address) {
        InetAddress a = address;
        if (a instanceof Inet6Address v6) {
            Optional<Inet4Address> embedded = embeddedIpv4(v6);
            if (embedded.isPresent()) {
                return refusal(embedded.get()).map(r -> r + " inside IPv6 address " + v6.getHostAddress());
            }
        }
        String shown = a.getHostAddress();
        if (a.isAnyLocalAddress()) {
            return Optional.of("unspecified address " + shown);
        }
        if (a.isLoopbackAddress()) {
            return Optional.of("loopback address " + shown);
        }
        if (shown.equals("169.254.169.254")) {
            return Optional.of("cloud metadata address " + shown);
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("link-local address " + shown);
        }
        if (a.isSiteLocalAddress() && a instanceof Inet4Address) {
            return Optional.of("private address " + shown);
        }
        if (a.isMulticastAddress()) {
            return Optional.of("multicast address " + shown);
        }
        for (Block block : BLOCKED) {
            if (block.cidr().contains(a)) {
                return Optional.of(block.what() + " " + shown);
            }
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address carried inside an IPv6 one, for the forms that route to it: IPv4-mapped (::ffff:a.b.c.d),
     * IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
     */
    static Optional<Inet4Address> embeddedIpv4(Inet6Address v6) {
        byte[] b = v6.getAddress();
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = zeroPrefix
                && b[10] == 0
                && b[11] == 0
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
        boolean nat64 = (b[0] & 0xFF) == 0x00
                && (b[1] & 0xFF) == 0x64
                && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x9B
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Optional.of(v4(b[12], b[13], b[14], b[15]));
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            return Optional.of(v4(b[2], b[3], b[4], b[5]));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address v4(byte a, byte b, byte c, byte d) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
