/// Reads a `version` value: `MAJOR.MINOR`, both non-negative decimal integers.
/// - Parameter value: The value after `version:`.
/// - Returns: The version, or a diagnostic saying what is malformed.
func parseVersion(_ value: AnnotatedText) -> Result<Version, DiagnosticError> {
    let parts = value.text.split(separator: ".", omittingEmptySubsequences: false)
    if parts.count == 2,
       parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
       let major = Int(parts[0]), let minor = Int(parts[1]) {
        return .success(Version(major: major, minor: minor))
    }
    return .failure(DiagnosticError(.error(
        "malformed version '\(value.text)'; write MAJOR.MINOR, e.g. 1.0", at: value.location)))
}

/// Reads a `pattern` value: `linear`, `unordered` or `graph`.
/// - Parameter value: The value after `pattern:`.
/// - Returns: The pattern, or a diagnostic listing the valid ones.
func parsePattern(_ value: AnnotatedText) -> Result<FlowPatternKind, DiagnosticError> {
    if let pattern = FlowPatternKind(rawValue: value.text) { return .success(pattern) }
    return .failure(DiagnosticError(.error(
        "unknown pattern '\(value.text)'; expected linear, unordered or graph", at: value.location)))
}
