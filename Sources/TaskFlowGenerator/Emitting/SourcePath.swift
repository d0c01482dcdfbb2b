/// The path a generated file records for a source file (in `FlowMetadata.file` and
/// `TaskMetadata.file`): relative, so the output never depends on where the package sits.
///
/// A relative path is kept as given. An absolute path (what the build plugin passes) is cut to
/// start at its last `Sources`, `Tests`, `Fixtures` or `Benchmarks` folder, the package-relative
/// path SwiftPM's layout implies; failing that, to the file's name.
/// - Parameter path: The path as given to the generator.
/// - Returns: A relative path with `/` separators.
func recordedSourcePath(_ path: String) -> String {
    guard path.hasPrefix("/") else { return path }
    let components = path.split(separator: "/", omittingEmptySubsequences: true)
    let roots: Set<Substring> = ["Sources", "Tests", "Fixtures", "Benchmarks"]
    if let root = components.lastIndex(where: { roots.contains($0) }), root < components.count - 1 {
        return components[root...].joined(separator: "/")
    }
    return components.last.map(String.init) ?? path
}
