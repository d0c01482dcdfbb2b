/// Everything checking a module produces.
public struct CheckResult: Sendable {
    /// The flows without errors (in them or their tasks), ready for the emitter.
    public var module: CheckedModule
    /// What `taskflow-gen scan --json` prints.
    public var scan: ScanReport
    /// Every diagnostic of the run, reading problems included, `sortedForReport()`.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(module: CheckedModule, scan: ScanReport, diagnostics: [Diagnostic]) {
        self.module = module
        self.scan = scan
        self.diagnostics = diagnostics
    }
}
