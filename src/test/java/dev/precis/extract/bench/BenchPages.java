package dev.precis.extract.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A set's pages ({@code *.html} or {@code *.html.gz} of one directory, in name order): ids and the bytes as
 * stored, decoded one at a time, so decoding stays outside the timings and 416 MB of WCXB HTML is never held
 * decoded.
 */
record BenchPages(List<String> ids, List<byte[]> stored, boolean gzip) {

    static BenchPages load(Path htmlDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(htmlDir)) {
            files = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
                    .sorted().toList();
        }
        boolean gzip = !files.isEmpty() && files.get(0).toString().endsWith(".gz");
        List<String> ids = new ArrayList<>();
        List<byte[]> stored = new ArrayList<>();
        for (Path f : files) {
            ids.add(f.getFileName().toString().replaceFirst("\\.html(\\.gz)?$", ""));
            stored.add(Files.readAllBytes(f));
        }
        return new BenchPages(ids, stored, gzip);
    }

    String html(int k) throws IOException {
        byte[] b = stored.get(k);
        if (gzip) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
                b = in.readAllBytes();
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    int size() {
        return ids.size();
    }

    /** Every {@code stride}-th page, from the first: a quicker trial over the same spread of sites. */
    BenchPages every(int stride) {
        List<Integer> kept = IntStream.range(0, size()).filter(k -> k % stride == 0).boxed().toList();
        return new BenchPages(kept.stream().map(ids::get).toList(), kept.stream().map(stored::get).toList(), gzip);
    }
}
