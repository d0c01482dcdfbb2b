import ArgumentParser
import Foundation
import TaskFlow
import TaskFlowPostgres

extension ConnectionOptions {
    /// Runs `body` with the job board of the configured database, once its schema is checked to
    /// be installed at this release's version.
    func withBoard<Result: Sendable>(_ body: @Sendable (JobBoard) async throws -> Result) async throws -> Result {
        try await withDatabase { database in
            try await database.checkSchema()
            return try await body(JobBoard(database: database))
        }
    }
}

/// A run id given on the command line: a full UUID, as `taskflow-pg runs` prints it.
struct RunArgument: ExpressibleByArgument {
    var runID: RunID

    init?(argument: String) {
        guard let uuid = UUID(uuidString: argument) else { return nil }
        runID = RunID(uuid: uuid)
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// A request the command could not carry out, said plainly; the command exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
}
