package gov.disclosure.reports.parsing;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How many reports per second one core reads: the fixtures and the real-shape texts as they come, random reports in
 * every layout, and random reports with the faults of real pages (cells run together, misspelt labels, merged and
 * missing rows). One text per operation, in turn; a text refused counts as read (refusing is reading too).
 * Run with {@code deploy/local/parser-benchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

    @Param({"fixtures", "generated", "distorted"})
    public String texts;

    private final PublishedTextParser parser = new PublishedTextParser();
    private List<String> corpus;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        corpus = switch (texts) {
            case "fixtures" -> fixtures();
            case "generated" -> generated();
            default -> distorted();
        };
    }

    @Benchmark
    public Object read() {
        String text = corpus.get(next++ % corpus.size());
        try {
            return parser.parse(text);
        } catch (UnreadableReportException refused) {
            return refused;
        }
    }

    private static List<String> fixtures() {
        List<String> texts = new ArrayList<>();
        try {
            for (String fixture : new String[]{"ruzhou-szfb-2024.txt", "zhoukou-xzfwzx-2021.txt",
                    "zhengzhou-zwfwb-2021.txt", "xinan-example-2023-pdf.txt", "xinan-example-2023-kangxi.txt"}) {
                texts.add(FixtureReportsTest.text(fixture));
            }
            for (String name : RealWorldTextsTest.names()) {
                texts.add(RealWorldText.load(name).text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static List<String> generated() {
        List<String> texts = new ArrayList<>();
        for (long seed = 0; seed < 100; seed++) {
            TemplateFormat format = seed % 5 == 0 ? TemplateFormat.FORMAT_2019 : TemplateFormat.FORMAT_2021;
            GeneratedReportsTest.Variant variant = GeneratedReportsTest.Variant.values()[(int) (seed % 6)];
            texts.add(GeneratedReportsTest.render(new GeneratedReport(seed, format), variant));
        }
        return texts;
    }

    private static List<String> distorted() {
        List<String> texts = new ArrayList<>();
        Random random = new Random(1);
        for (long seed = 0; seed < 100; seed++) {
            DistortedReportsTest.Fault fault = DistortedReportsTest.Fault.values()[random.nextInt(
                    DistortedReportsTest.Fault.values().length)];
            texts.add(DistortedReportsTest.text(fault, 7_000_000 + seed));
        }
        return texts;
    }
}
