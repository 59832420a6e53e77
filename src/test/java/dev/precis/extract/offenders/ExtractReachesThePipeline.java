package dev.precis.extract.offenders;

/** Test-only: a stage reaching back to the orchestrator and into another stage (ArchitectureTest). */
public final class ExtractReachesThePipeline {

    Object reach(dev.precis.pipeline.Pipeline pipeline) {
        return dev.precis.store.Layout.isOutput(pipeline.engineId());
    }
}
