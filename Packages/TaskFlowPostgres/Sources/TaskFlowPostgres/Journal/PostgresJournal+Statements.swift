import Foundation
import PostgresNIO
import TaskFlow

extension PostgresJournal {
    /// The token a run's row must carry for this journal to write it; the nil UUID for none.
    ///
    /// Statements fence a write with `coalesce(lease_token, <nil UUID>) = <fenceToken> AND
    /// coalesce(board_state, '') = <fenceBoardState>`: the lease's token on a running run, or no
    /// token on a run that is not on the board.
    var fenceToken: UUID { lease?.token ?? Self.noToken }
    /// The board state a run's row must be in for this journal to write it; `""` for none.
    var fenceBoardState: String { lease == nil ? "" : "running" }
    /// The nil UUID, which stands for "no lease" in fences.
    static let noToken = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!

    /// Whether a `runs` row's token and board state let this journal write.
    func admits(token: UUID?, boardState: String?) -> Bool {
        if let lease { return token == lease.token && boardState == "running" }
        return token == nil && boardState == nil
    }

    /// Runs `body`, sending it again once, on another connection, when the connection failed;
    /// failures of the database become ``DatabaseError``s that say what was being done.
    ///
    /// Only for bodies that are safe to run twice: reads, and writes whose second run finds out
    /// whether the first committed. `body` is told whether it is being sent again.
    nonisolated(nonsending) func retryingOnce<Result>(
        _ operation: @autoclosure () -> String, _ body: (_ resent: Bool) async throws -> Result
    ) async throws -> Result {
        do {
            return try await body(false)
        } catch {
            let wrapped = Self.wrap(error, while: operation())
            let lost = error is StatementUnanswered
                || (error is PSQLError && (wrapped as? DatabaseError)?.isConnectionFailure == true)
            guard lost, !Task.isCancelled else { throw wrapped }
            database.logger.notice("retrying on another connection", metadata: ["error": "\(wrapped)"])
        }
        do {
            return try await body(true)
        } catch {
            throw Self.wrap(error, while: operation())
        }
    }

    /// `error` as the journal reports it: its own errors and `JournalError`s pass through, the
    /// database's become ``DatabaseError``s.
    static func wrap(_ error: any Error, while operation: String) -> any Error {
        if error is JournalError || error is PostgresJournalError { return error }
        if let unanswered = error as? StatementUnanswered {
            return DatabaseError(operation: operation, sqlState: nil, message: unanswered.description)
        }
        return DatabaseError.wrapping(error, while: operation)
    }
}
