package org.vigil.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
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

    private BenchCommand() {
    }

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

    private static void bench(int people, int missions, double seconds, long seed, PrintStream out)
            throws IOException {
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
        double vPosts = throughput(posts, engine::mentions, seconds);
        double vArticles = throughput(articles, engine::mentions, seconds);
        double ePosts = throughput(posts, t -> engine.analyze(Document.of("p", t)), seconds);
        double eArticles = throughput(articles, t -> engine.analyze(Document.of("a", t)), seconds);
        long mentionsInPosts = posts.stream().mapToLong(p -> engine.mentions(p).size()).sum();

        out.println("Building and measuring Lucene Monitor (one thread)...");
        Analyzer analyzer = new StandardAnalyzer();
        t0 = System.nanoTime();
        Monitor monitor = new Monitor(analyzer);
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
        monitor.register(queries);
        double monitorLoad = (System.nanoTime() - t0) / 1e9;
        double mPosts = throughput(posts, t -> match(monitor, t), seconds);
        double mArticles = throughput(articles, t -> match(monitor, t), seconds);
        monitor.close();

        var rt = Runtime.getRuntime();
        out.println();
        out.printf("Registry: %,d people, %,d missions; %d posts (~200 chars), %d articles (~4 KB); %.0f s per "
                + "measure; %d mentions found in the posts%n", people, missions, posts.size(), articles.size(),
                seconds, mentionsInPosts);
        out.printf("JVM: %s %s, max heap %,d MB, %d processors%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), rt.maxMemory() >> 20, rt.availableProcessors());
        out.println();
        out.println("| measure (one thread)               | Vigil matcher | Lucene Monitor | Vigil / Monitor |");
        out.println("|------------------------------------|--------------:|---------------:|----------------:|");
        out.printf("| posts per second (200 chars)       | %,13.0f | %,14.0f | %15.1f |%n", vPosts, mPosts, vPosts / mPosts);
        out.printf("| articles per second (4 KB)         | %,13.0f | %,14.0f | %15.1f |%n", vArticles, mArticles,
                vArticles / mArticles);
        out.printf("| registry load (s)                  | %13.2f | %14.2f |                 |%n", warmLoad, monitorLoad);
        out.println();
        out.println("| whole engine (one thread)          | value |");
        out.println("|------------------------------------|------:|");
        out.printf("| posts per second, analyze()        | %,.0f |%n", ePosts);
        out.printf("| articles per second, analyze()     | %,.0f |%n", eArticles);
        out.printf("| first engine (gazetteer + model), s | %.2f |%n", coldLoad);
        out.printf("| registry index rebuild, s          | %.2f |%n", warmLoad);
        out.printf("| heap used with engine loaded, MB   | %,d (before: %,d) |%n", heapAfter >> 20, heapBefore >> 20);
        out.println();
        out.println("Targets (issue 3): >= 20,000 posts/s and >= 2,000 articles/s per core for matching, heap <= 512 MB, "
                + "registry load <= 2 s.");
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

    /** Documents per second on this thread, after a warm-up of half the time. */
    private static double throughput(List<String> texts, Consumer<String> work, double seconds) {
        long warm = System.nanoTime() + (long) (seconds * 0.5e9);
        int i = 0;
        while (System.nanoTime() < warm) {
            work.accept(texts.get(i++ % texts.size()));
        }
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
        return n / ((now - start) / 1e9);
    }

    private static long usedHeap() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
