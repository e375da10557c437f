package org.vigil.ingest.fetch;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an administrator allows despite the SSRF rules: exact host names (an intranet feed server) and address
 * blocks (a partner network). Empty by default: only the public internet is reachable.
 */
public record AllowList(Set<String> hosts, List<Cidr> blocks) {

    public static final AllowList NONE = new AllowList(Set.of(), List.of());

    public AllowList {
        hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        blocks = List.copyOf(blocks);
    }

    /** From admin entries, each a host name or an address block ("feeds.intranet", "10.20.0.0/16", "::1"). */
    public static AllowList of(String... entries) {
        Set<String> hosts = new java.util.HashSet<>();
        List<Cidr> blocks = new java.util.ArrayList<>();
        for (String entry : entries) {
            String e = entry.strip();
            String address = e.contains("/") ? e.substring(0, e.indexOf('/')) : e;
            if (Addresses.isLiteral(address)) {
                blocks.add(Cidr.parse(e));
            } else {
                hosts.add(e);
            }
        }
        return new AllowList(hosts, blocks);
    }

    private static final java.util.regex.Pattern HOST_NAME = java.util.regex.Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    /**
     * Why an administrator's entry cannot be allow-listed, or empty when it can: a host name (exact, no scheme,
     * port or wildcard) or an address block. Blocks wider than /8 (IPv4) or /32 (IPv6) are refused: they would
     * switch the SSRF protection off rather than open one network.
     */
    public static java.util.Optional<String> problem(String entry) {
        String e = entry == null ? "" : entry.strip().toLowerCase(Locale.ROOT);
        if (e.isEmpty()) {
            return java.util.Optional.of("give a host name (feeds.intranet) or an address block (10.20.0.0/16)");
        }
        String address = e.contains("/") ? e.substring(0, e.indexOf('/')) : e;
        if (Addresses.isLiteral(address)) {
            Cidr block;
            try {
                block = Cidr.parse(e);
            } catch (IllegalArgumentException bad) {
                return java.util.Optional.of(bad.getMessage());
            }
            int minimum = block.network().length == 4 ? 8 : 32;
            if (block.prefix() < minimum) {
                return java.util.Optional.of("/" + block.prefix() + " is too wide: allow-list one network (at least /"
                        + minimum + "), not the whole address space");
            }
            return java.util.Optional.empty();
        }
        if (e.contains("/")
                || e.contains(":")
                || e.contains("*")
                || !HOST_NAME.matcher(e).matches()) {
            return java.util.Optional.of("'" + entry.strip() + "' is neither a host name (no scheme, port, path or "
                    + "wildcard: feeds.intranet) nor an address block (10.20.0.0/16, fd00:1::/48)");
        }
        return java.util.Optional.empty();
    }

    boolean allowsHost(String host) {
        return hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    boolean allowsAddress(InetAddress address) {
        return blocks.stream().anyMatch(b -> b.contains(address));
    }
}
