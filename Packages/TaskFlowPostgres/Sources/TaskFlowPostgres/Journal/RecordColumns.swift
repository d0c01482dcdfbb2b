import Foundation
import PostgresNIO
import TaskFlow

/// Journal records as columns of the `records` table, and back.
///
/// `kind` 2 is a flow transition (`state` is the `FlowState`'s raw value), 3 a task's
/// (`task` its index in the header, `state` the `TaskState`'s raw value, `message` the error's
/// text or NULL), 4 a state snapshot (`data`). The header is not a row here: it is the `header`
/// column of the run's `runs` row, the `RunHeader` encoded as JSON.
enum RecordColumns {
    static let flow: Int16 = 2
    static let task: Int16 = 3
    static let state: Int16 = 4

    /// A batch of records as parallel arrays, one element per record, to bind to `unnest`.
    /// postgres-nio binds no NULL inside arrays: absent values are placeholders that the
    /// statement turns into NULL by kind (`task`, `state`, `data`) or by `hasMessage`.
    struct Batch {
        var kinds: [Int16] = []
        var tasks: [Int32] = []
        var states: [String] = []
        var messages: [String] = []
        var hasMessages: [Bool] = []
        var data: [ByteBuffer] = []
        /// The last flow state in the batch, `""` when it has none.
        var lastFlowState = ""

        var count: Int { kinds.count }

        /// The batch of `records`, none of which may be a header.
        init(_ records: some Sequence<JournalRecord>) {
            for record in records {
                switch record {
                case .started:
                    preconditionFailure("a header is never written as a record row")
                case .flow(let state):
                    append(kind: RecordColumns.flow, state: state.rawValue)
                    lastFlowState = state.rawValue
                case .task(let task, let state, let message):
                    append(kind: RecordColumns.task, task: Int32(task), state: state.rawValue, message: message)
                case .state(let snapshot):
                    append(kind: RecordColumns.state, data: ByteBuffer(bytes: snapshot))
                }
            }
        }

        private mutating func append(
            kind: Int16, task: Int32 = -1, state: String = "", message: String? = nil, data: ByteBuffer = ByteBuffer()
        ) {
            kinds.append(kind)
            tasks.append(task)
            states.append(state)
            messages.append(message ?? "")
            hasMessages.append(message != nil)
            self.data.append(data)
        }
    }

    /// The record a `records` row holds.
    /// - Throws: ``PostgresJournalError/malformedRecord(_:seq:reason:)`` naming the run and the
    ///   row's sequence number when the row is not a record this library writes.
    static func record(
        run runID: RunID, seq: Int, kind: Int16, task: Int32?, state: String?, message: String?, data: Data?
    ) throws(PostgresJournalError) -> JournalRecord {
        func malformed(_ reason: String) -> PostgresJournalError {
            .malformedRecord(runID, seq: seq, reason: reason)
        }
        switch kind {
        case flow:
            guard let state else { throw malformed("a flow record without a state") }
            guard let flowState = FlowState(rawValue: state) else { throw malformed("unknown flow state '\(state)'") }
            return .flow(flowState)
        case self.task:
            guard let task, task >= 0 else { throw malformed("a task record without a task index") }
            guard let state else { throw malformed("a task record without a state") }
            guard let taskState = TaskState(rawValue: state) else { throw malformed("unknown task state '\(state)'") }
            return .task(Int(task), taskState, message: message)
        case self.state:
            guard let data else { throw malformed("a state snapshot without data") }
            return .state(data)
        default:
            throw malformed("unknown record kind \(kind)")
        }
    }

    /// The header a `runs` row holds.
    static func header(run runID: RunID, json: Data) throws(PostgresJournalError) -> RunHeader {
        do {
            return try JSONDecoder().decode(RunHeader.self, from: json)
        } catch {
            throw .malformedRecord(runID, seq: 0, reason: "its JSON does not decode as a RunHeader: \(error)")
        }
    }
}
