import TaskFlowGenerator

/// A generated corpus of realistic Swift files for the scan benchmark: doc comments with
/// annotations, every kind of string literal, generics with `where` clauses, closures,
/// nested types, extensions, protocols and `#if` blocks. Deterministic: the same every run.
enum ScanCorpus {
    /// Files until their total size reaches `minimumBytes`.
    static func make(minimumBytes: Int) -> [SourceFile] {
        var files: [SourceFile] = []
        var total = 0
        var index = 0
        while total < minimumBytes {
            let text = file(index)
            files.append(SourceFile(path: "Sources/Module\(index % 17)/File\(index).swift", text: text))
            total += text.utf8.count
            index += 1
        }
        return files
    }

    private static func file(_ number: Int) -> String {
        var text = """
            // File \(number) of the scan benchmark corpus.
            //
            // Not compiled: only read.

            import Foundation
            @preconcurrency import Dispatch

            /// The flow of file \(number).
            ///
            /// - Flow: flow_\(number)
            ///   - pattern: linear
            ///   - tasks: reserve\(number)_0, reserve\(number)_1, commit\(number)
            public enum Flow\(number) {}

            /// A store of values keyed by name.
            public struct Store\(number)<Element: Hashable & Sendable>: Sendable where Element: Codable {
                /// The values.
                public var values: [String: [Element]] = [:]
                private let name = "Store\(number) — \\(escaped) \\"quoted\\""

            """
        for method in 0..<6 {
            text += self.method(number, method)
        }
        text += """
            }

            extension Store\(number): CustomStringConvertible where Element: CustomStringConvertible {
                public var description: String {
                    values.map { key, value in "\\(key)=\\(value.map(\\.description).joined(separator: ","))" }
                        .sorted()
                        .joined(separator: "; ")
                }

                /// Commits the reservations.
                ///
                /// - Task: commit\(number)
                ///   - requires: reservations
                public static func commit\(number)(reservations: [Reservation]) async throws(CommitError) {
                    for reservation in reservations where reservation.id > 0 {
                        try await Database.shared.commit(reservation, /* timeout */ seconds: 30)
                    }
                }
            }

            #if DEBUG
            extension Store\(number) {
                func dump() -> String { "\\(self)" }
            }
            #elseif os(Linux)
            extension Store\(number) {
                func dump() -> String { #"Linux: "\\#(values.count)" values"# }
            }
            #else
            extension Store\(number) {
                func dump() -> String { "" }
            }
            #endif

            /// Errors of file \(number).
            public enum Failure\(number): Error, Equatable {
                /// The size is not positive.
                case invalidSize(Int)
                /// No quota is left.
                case quotaExceeded(requested: Int, available: Int)
                indirect case wrapped(Failure\(number))
            }

            protocol Reserving\(number): AnyObject, Sendable {
                associatedtype Resource: Identifiable
                func reserve(_ resource: Resource, for duration: Duration) async throws -> Resource.ID
                func release<S: Sequence>(_ identifiers: S) rethrows where S.Element == Resource.ID
            }

            """
        return text
    }

    private static func method(_ number: Int, _ method: Int) -> String {
        """

                /// Reserves quota for the new volume; rolled back if a later task fails.
                ///
                /// - Parameter size: Size in GiB.
                /// - Returns: The reservations made.
                /// - Task: reserve\(number)_\(method)
                ///   - requires: size, volume_type as type
                ///   - provides: reservations
                ///   - version: 1.\(method)
                ///   - revert: rollback\(method)
                @discardableResult
                public func reserve\(number)_\(method)(
                    context: RequestContext,
                    size: Int = 1,
                    type: VolumeType,
                    handler: @escaping @Sendable (Result<[Int], any Error>) -> Void = { _ in }
                ) async throws -> [Reservation] {
                    let message = "Reserving \\(size) GiB of \\(type.name) for \\(context.user.map { "\\($0)" } ?? "nobody")"
                    let pattern = #"^[a-z]+\\d{2}$ "func not()" "#
                    let regex = /[a-z]+\\/[0-9]+/
                    let notes = \"\"\"
                        Line one of \\(values.count) values
                        Line two with "quotes" and \\\"\"\" inside
                        func notAFunction() {}
                        \"\"\"
                    guard size > 0, message.count < 1_000 else { throw Failure\(number).invalidSize(size) }
                    // Compute the reservations: one per GiB.
                    let reservations = (0..<size).map { index -> Reservation in
                        Reservation(id: index * 0x1F + \(method), name: "\\(name)-\\(index)", tags: [pattern, notes])
                    }
                    _ = regex
                    handler(.success(reservations.map(\\.id)))
                    return reservations
                }

                /// Undoes `reserve\(number)_\(method)`.
                func rollback\(method)(context: RequestContext, result: [Reservation]?) async throws {
                    func release(_ reservation: Reservation) async { await Database.shared.release(reservation.id) }
                    for reservation in result ?? [] { await release(reservation) }
                }

                subscript<Key: Hashable>(key: Key, default value: @autoclosure () -> Element) -> Element where Key: CustomStringConvertible {
                    values[key.description]?.first ?? value()
                }

        """
    }
}
