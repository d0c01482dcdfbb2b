import TaskFlowGenerator

/// A source file named on the command line could not be read.
struct SourceReadError: Error, CustomStringConvertible {
    var path: String
    var description: String { "cannot read source file '\(path)'" }
}

/// Reads the sources named on the command line.
enum SourceLoader {
    /// The files' bytes, in the order given (the pipeline sorts them); a path given twice is
    /// read once.
    /// - Throws: ``SourceReadError`` for the first file that cannot be read.
    static func load(_ paths: [String]) throws(SourceReadError) -> [SourceFile] {
        var files: [SourceFile] = []
        files.reserveCapacity(paths.count)
        var seen: Set<String> = []
        for path in paths where seen.insert(path).inserted {
            guard FileSystem.kind(of: path) != .directory, let bytes = try? FileSystem.contents(of: path) else {
                throw SourceReadError(path: path)
            }
            files.append(SourceFile(path: path, bytes: bytes))
        }
        return files
    }
}
