import Foundation
import TaskFlowGenerator

/// A source file named on the command line could not be read.
struct SourceReadError: Error, CustomStringConvertible {
    var path: String
    var description: String { "cannot read source file '\(path)'" }
}

/// Reads the sources named on the command line.
enum SourceLoader {
    /// The files' bytes, in the order given (the pipeline sorts them).
    /// - Throws: ``SourceReadError`` for the first file that cannot be read.
    static func load(_ paths: [String]) throws(SourceReadError) -> [SourceFile] {
        var files: [SourceFile] = []
        files.reserveCapacity(paths.count)
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: path)
            else { throw SourceReadError(path: path) }
            files.append(SourceFile(path: path, bytes: Array(data)))
        }
        return files
    }
}
