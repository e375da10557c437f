package org.vigil.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigil.analysis.bench.BenchData;
import org.vigil.shared.registryfile.MissionEntry;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * {@code bin/vigil bench [--people N] [--missions M] [--seconds S] [--seed X]}: one thread analysing generated short
 * posts (about 200 characters) and news articles (about 4 KB) against a generated multi-script registry (default
 * 10,000 people and 1,000 missions), measuring the matching step alone and the whole engine, registry load time and
 * heap; and, in the same run, Lucene Monitor with the registry's names as stored queries as the peer for the
 * matching step. Prints a table. Runs without Spring.
 */
public final class BenchCommand {

    private BenchCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        int people = 10_000, missions = 1_000;
        double seconds = 5;
        long seed = 42;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--people" -> people = Integer.parseInt(args[++i]);
                    case "--missions" -> missions = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "-h", "--help" -> {
                        out.println("usage: vigil bench [--people 10000] [--missions 1000] [--seconds 5] [--seed 42]");
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
        } catch (RuntimeException e) {
            err.println("vigil bench: " + e.getMessage()
                    + "\nusage: vigil bench [--people 10000] [--missions 1000] [--seconds 5] [--seed 42]");
            return 2;
        }
        try {
            bench(people, missions, seconds, seed, out);
            return 0;
        } catch (IOException e) {
            err.println("vigil bench: " + e.getMessage());
            return 1;
        }
    }

    private static void bench(int people, int missions, double seconds, long seed, PrintStream out) throws IOException {
        out.printf("Generating a registry of %,d people and %,d missions (seed %d)...%n", people, missions, seed);
        RegistryFile registry = BenchData.registry(people, missions, seed);
        List<String> posts = BenchData.texts(registry, 4000, 200, seed + 1);
        List<String> articles = BenchData.texts(registry, 400, 4096, seed + 2);

        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        AnalysisEngine engine = AnalysisEngine.create(registry);
        double coldLoad = (System.nanoTime() - t0) / 1e9;
        long heapAfter = usedHeap();
        t0 = System.nanoTime();
        AnalysisEngine again = AnalysisEngine.create(registry);
        double warmLoad = (System.nanoTime() - t0) / 1e9;
        heapAfter = Math.max(heapAfter, usedHeap());
        again.registry();

        out.println("Measuring Vigil (one thread)...");
        Rate vPosts = throughput(posts, engine::mentions, seconds);
        Rate vArticles = throughput(articles, engine::mentions, seconds);
        Rate ePosts = throughput(posts, t -> engine.analyze(Document.of("p", t)), seconds);
        Rate eArticles = throughput(articles, t -> engine.analyze(Document.of("a", t)), seconds);
        long mentionsInPosts =
                posts.stream().mapToLong(p -> engine.mentions(p).size()).sum();

        out.println("Building and measuring Lucene Monitor (one thread)...");
        Analyzer analyzer = new StandardAnalyzer();
        t0 = System.nanoTime();
        Rate mPosts;
        Rate mArticles;
        double monitorLoad;
        // closed even when it fails: its purge thread would otherwise keep the JVM alive
        try (Monitor monitor = new Monitor(analyzer)) {
            List<MonitorQuery> queries = new ArrayList<>();
            for (PersonEntry p : registry.people()) {
                List<String> names = new ArrayList<>(p.aliases());
                names.add(p.name());
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                for (String n : names) {
                    List<String> terms = terms(analyzer, n);
                    if (terms.isEmpty()) {
                        continue;
                    }
                    q.add(new PhraseQuery("text", terms.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
                    q.add(new TermQuery(new Term("text", terms.get(terms.size() - 1))), BooleanClause.Occur.SHOULD);
                }
                queries.add(new MonitorQuery(p.id(), q.build()));
            }
            for (MissionEntry m : registry.missions()) {
                List<String> terms = terms(analyzer, m.name());
                Query q = new PhraseQuery("text", terms.toArray(String[]::new));
                queries.add(new MonitorQuery(m.id(), q));
            }
            // in batches: one commit of all 11,000 queries built every query's index document at once and did not fit
            // in a 512 MB heap
            for (int from = 0; from < queries.size(); from += 1_000) {
                monitor.register(queries.subList(from, Math.min(queries.size(), from + 1_000)));
            }
            monitorLoad = (System.nanoTime() - t0) / 1e9;
            mPosts = throughput(posts, t -> match(monitor, t), seconds);
            mArticles = throughput(articles, t -> match(monitor, t), seconds);
        }

        var rt = Runtime.getRuntime();
        out.println();
        out.printf(
                "Registry: %,d people, %,d missions; %d posts (~200 chars), %d articles (~4 KB); %.0f s per "
                        + "measure; %d mentions found in the posts%n",
                people, missions, posts.size(), articles.size(), seconds, mentionsInPosts);
        out.printf(
                "JVM: %s %s, max heap %,d MB, %d processors%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                rt.maxMemory() >> 20,
                rt.availableProcessors());
        out.println();
        out.println("| matching step, one thread              | Vigil matcher | Lucene Monitor | Vigil / Monitor |");
        out.println("|----------------------------------------|--------------:|---------------:|----------------:|");
        row(out, "posts/s per core (200 chars, CPU time)", vPosts.perCpuSecond, mPosts.perCpuSecond);
        row(out, "articles/s per core (4 KB, CPU time)", vArticles.perCpuSecond, mArticles.perCpuSecond);
        row(out, "posts/s (wall clock, this run)", vPosts.perWallSecond, mPosts.perWallSecond);
        row(out, "articles/s (wall clock, this run)", vArticles.perWallSecond, mArticles.perWallSecond);
        out.printf(
                Locale.ROOT,
                "| %-38s | %13.2f | %14.2f | %15s |%n",
                "registry load / index build (s)",
                warmLoad,
                monitorLoad,
                String.format(Locale.ROOT, "%.1fx faster", monitorLoad / warmLoad));
        out.println();
        out.println("| whole engine (analyze(): language, mentions, places, threat, targets) | value |");
        out.println("|---|---:|");
        out.printf(Locale.ROOT, "| posts/s per core (CPU time) | %,.0f |%n", ePosts.perCpuSecond);
        out.printf(Locale.ROOT, "| articles/s per core (CPU time) | %,.0f |%n", eArticles.perCpuSecond);
        out.printf(Locale.ROOT, "| first engine in the JVM (gazetteer, threat model, index), s | %.2f |%n", coldLoad);
        out.printf(
                Locale.ROOT,
                "| registry index build for %,d people and %,d missions, s | %.2f |%n",
                people,
                missions,
                warmLoad);
        out.printf(
                Locale.ROOT,
                "| heap used with the engine loaded (after GC), MB | %,d (JVM before: %,d) |%n",
                heapAfter >> 20,
                heapBefore >> 20);
        out.println();
        out.println(
                "Targets (issue 3): >= 20,000 posts/s and >= 2,000 articles/s per core for matching, heap <= 512 MB, "
                        + "registry load <= 2 s.");
    }

    private static void row(PrintStream out, String label, double vigil, double monitor) {
        out.printf(Locale.ROOT, "| %-38s | %,13.0f | %,14.0f | %15.1f |%n", label, vigil, monitor, vigil / monitor);
    }

    private static int match(Monitor monitor, String text) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new TextField("text", text, Field.Store.NO));
        try {
            return monitor.match(doc, QueryMatch.SIMPLE_MATCHER).getMatchCount();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Throughput of one thread: documents per second of its CPU time (per core) and of wall-clock time. */
    private record Rate(double perCpuSecond, double perWallSecond) {}

    /**
     * Documents per second on this thread, after a warm-up of half the time. Per CPU second is the per-core figure
     * (it does not depend on what else the machine runs); per wall second is what this run saw.
     */
    private static Rate throughput(List<String> texts, Consumer<String> work, double seconds) {
        var threads = ManagementFactory.getThreadMXBean();
        long warm = System.nanoTime() + (long) (seconds * 0.5e9);
        int i = 0;
        while (System.nanoTime() < warm) {
            work.accept(texts.get(i++ % texts.size()));
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        long now;
        do {
            for (int k = 0; k < 16; k++) {
                work.accept(texts.get(i++ % texts.size()));
            }
            n += 16;
            now = System.nanoTime();
        } while (now < end);
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return new Rate(n / cpu, n / ((now - start) / 1e9));
    }

    private static long usedHeap() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
