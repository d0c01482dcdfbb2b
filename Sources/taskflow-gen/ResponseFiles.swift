/// A response file named on the command line could not be read.
struct ResponseFileError: Error, CustomStringConvertible {
    var path: String
    var description: String { "cannot read response file '\(path)'" }
}

/// Expands `@FILE` arguments: a target can have thousands of sources, more than a command line
/// holds, so the plugin lists them in a file, one argument per line.
enum ResponseFiles {
    /// The arguments with each `@FILE` replaced by the file's non-empty lines (not expanded
    /// again: a line starting with `@` is a path).
    /// - Throws: ``ResponseFileError`` when a response file cannot be read.
    static func expand(_ arguments: [String]) throws(ResponseFileError) -> [String] {
        var expanded: [String] = []
        for argument in arguments {
            guard argument.hasPrefix("@"), argument.count > 1 else {
                expanded.append(argument)
                continue
            }
            let path = String(argument.dropFirst())
            guard let bytes = try? FileSystem.contents(of: path) else { throw ResponseFileError(path: path) }
            for line in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) where !line.isEmpty {
                expanded.append(String(line))
            }
        }
        return expanded
    }
}
