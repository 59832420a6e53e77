package dev.precis.pipeline.offenders;

/** Test-only: the order of work depending on the warm-up, which nothing may (ArchitectureTest). */
public final class PipelineNeedsTheWarmup {

    Class<?> needs() {
        return dev.precis.warmup.Warmup.class;
    }
}
