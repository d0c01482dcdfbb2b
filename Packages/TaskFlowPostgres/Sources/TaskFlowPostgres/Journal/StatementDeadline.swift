import PostgresNIO
import Synchronization

/// A statement that got no answer in time: its connection is presumed lost.
///
/// postgres-nio can leave a query waiting forever when the server closes its connection at the
/// wrong moment; the journal gives up on such a query after a deadline and treats it as a lost
/// connection (the statement is sent once more, on another connection).
struct StatementUnanswered: Error, CustomStringConvertible {
    var deadline: Duration
    var description: String { "the server did not answer within \(deadline); the connection is presumed lost" }
}

extension PostgresJournal {
    /// Runs `query` and collects its rows, or throws ``StatementUnanswered`` when no answer came
    /// within ``answerTimeout``. A query given up on is cancelled and left to end on its own.
    nonisolated(nonsending) func fetchRows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        let client = database.client
        let logger = database.logger
        let deadline = answerTimeout
        let answer = Answer()
        return try await withCheckedThrowingContinuation { continuation in
            answer.continuation.withLock { $0 = continuation }
            let work = Task {
                do {
                    answer.resume(with: .success(try await client.query(query, logger: logger).collect()))
                } catch {
                    answer.resume(with: .failure(error))
                }
            }
            let timer = Task {
                try await Task.sleep(for: deadline)
                answer.resume(with: .failure(StatementUnanswered(deadline: deadline)))
                work.cancel()
            }
            answer.timer.withLock { $0 = timer }
        }
    }
}

/// The one answer to a statement: its rows, its error, or the deadline's, whichever comes first.
private final class Answer: Sendable {
    let continuation = Mutex<CheckedContinuation<[PostgresRow], any Error>?>(nil)
    let timer = Mutex<Task<Void, any Error>?>(nil)

    func resume(with result: Result<[PostgresRow], any Error>) {
        guard let continuation = continuation.withLock({ $0.take() }) else { return }
        timer.withLock { $0 }?.cancel()
        continuation.resume(with: result)
    }
}
