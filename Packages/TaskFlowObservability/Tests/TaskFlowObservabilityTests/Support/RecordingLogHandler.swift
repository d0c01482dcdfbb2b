import Logging
import Synchronization

/// A log handler that keeps every event it is given, for tests.
struct RecordingLogHandler: LogHandler {
    /// One logged event, reduced to what the tests compare.
    struct Record: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: Logger.Metadata
        var error: (any Error)?
    }

    /// The events of every logger made from this handler, shared by its copies.
    final class Store: Sendable {
        private let records = Mutex<[Record]>([])
        var all: [Record] { records.withLock { $0 } }
        func append(_ record: Record) { records.withLock { $0.append(record) } }
    }

    let store: Store
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level

    init(store: Store, logLevel: Logger.Level) {
        self.store = store
        self.logLevel = logLevel
    }

    func log(event: LogEvent) {
        store.append(Record(
            level: event.level, message: "\(event.message)",
            metadata: metadata.merging(event.metadata ?? [:]) { $1 }, error: event.error
        ))
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
}

extension Logger {
    /// A logger at `level` whose events go to `store`.
    static func recording(to store: RecordingLogHandler.Store, level: Logger.Level = .trace) -> Logger {
        Logger(label: "taskflow.tests") { _ in RecordingLogHandler(store: store, logLevel: level) }
    }
}
