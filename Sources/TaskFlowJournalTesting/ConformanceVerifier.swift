import TaskFlow

/// Compares what a journal did with what a check expects, throwing a
/// ``JournalConformanceFailure`` named after the check.
struct ConformanceVerifier: Sendable {
    let check: String

    func fail(_ problem: String) -> JournalConformanceFailure {
        JournalConformanceFailure(check: check, problem: problem)
    }

    func expect(_ condition: Bool, _ problem: @autoclosure () -> String) throws(JournalConformanceFailure) {
        guard condition else { throw fail(problem()) }
    }

    func expectEqual<Value: Equatable>(
        _ actual: Value, _ expected: Value, _ what: String
    ) throws(JournalConformanceFailure) {
        guard actual == expected else { throw fail("\(what): expected \(expected), got \(actual)") }
    }

    /// Runs `body`, which must throw `expected`.
    func expectError(
        _ expected: JournalError, _ what: String, _ body: () async throws -> Void
    ) async throws(JournalConformanceFailure) {
        do {
            try await body()
        } catch {
            guard let journalError = error as? JournalError else {
                throw fail("\(what): expected JournalError \(expected), got \(type(of: error)): \(error)")
            }
            try expectEqual(journalError, expected, what)
            return
        }
        throw fail("\(what): expected JournalError \(expected), but it succeeded")
    }
}

extension JournalConformance.Check {
    /// A check whose body gets a verifier named after it.
    init(_ name: String, verifying body: @escaping @Sendable (ConformanceVerifier, MakeJournal) async throws -> Void) {
        self.init(name) { makeJournal in try await body(ConformanceVerifier(check: name), makeJournal) }
    }
}
