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

    boolean allowsHost(String host) {
        return hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    boolean allowsAddress(InetAddress address) {
        return blocks.stream().anyMatch(b -> b.contains(address));
    }
}
