#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TaskFlowGenerator

/// Writes to standard error, unbuffered, so messages interleave correctly with the build's.
enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let result = Glibc_write(STDERR_FILENO, bytes.baseAddress! + written, bytes.count - written)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return }
                written += result
            }
        }
    }

    /// Prints each diagnostic (with its notes) as `path:line:column: severity: message`.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        write(diagnostics.map { $0.description + "\n" }.joined())
    }
}

// `write` is also the name of a member of `StandardError`; this reaches the C function.
private func Glibc_write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
