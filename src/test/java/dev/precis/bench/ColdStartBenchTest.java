package dev.precis.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness' arithmetic and inputs (the harness itself runs in .ci/run, not here). */
class ColdStartBenchTest {

    private static ColdStartBench.Run firstDone(double ms) {
        return new ColdStartBench.Run(0, ms, 0, 0, 0, 0);
    }

    @Test
    void ratiosPairEachRoundSoDriftBetweenRoundsCancels() {
        // The machine slows down round after round; within each round a is 10% faster than b.
        List<ColdStartBench.Run> a = List.of(firstDone(900), firstDone(1800), firstDone(2700));
        List<ColdStartBench.Run> b = List.of(firstDone(1000), firstDone(2000), firstDone(3000));
        assertEquals(0.9, ColdStartBench.pairedRatio(a, b, ColdStartBench.Run::first), 1e-9);
    }

    @Test
    void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
        List<ColdStartBench.Run> a = List.of(firstDone(100), firstDone(300), firstDone(200), firstDone(400));
        List<ColdStartBench.Run> b = List.of(firstDone(100), firstDone(100), firstDone(100), firstDone(100));
        assertEquals(2.5, ColdStartBench.pairedRatio(a, b, ColdStartBench.Run::first), 1e-9);
    }

    @Test
    void theFunctionRunsWithTheTemplatesJvmOptions() throws Exception {
        String opts = ColdStartBench.templateJavaOptions();
        assertTrue(opts.startsWith("-XX:"), opts);
        assertTrue(opts.contains("-XX:TieredStopAtLevel=1"), opts);
    }
}
