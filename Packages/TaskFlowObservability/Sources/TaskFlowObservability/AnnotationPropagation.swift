import Tracing

/// Writes a tracer's propagated context into a run's journal annotations, under keys starting
/// ``prefix``.
struct AnnotationInjector: Injector {
    /// What every key the tracer writes starts with in the annotations.
    static let prefix = "tracing."

    func inject(_ value: String, forKey key: String, into carrier: inout [String: String]) {
        carrier[Self.prefix + key] = value
    }
}

/// Reads a tracer's propagated context back from a run's journal annotations.
struct AnnotationExtractor: Extractor {
    func extract(key: String, from carrier: [String: String]) -> String? {
        carrier[AnnotationInjector.prefix + key]
    }
}
