import TaskFlow

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension JournalConformance {
    /// Checks of the journal's own methods, written to directly.
    static let recordChecks: [Check] = [
        Check("records read back in append order", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            let header = conformanceHeader(runID)
            let first: [JournalRecord] = [
                .flow(.running), .task(0, .running, message: nil), .task(0, .success, message: nil),
                .state(Data(#"{"values":{"a":1}}"#.utf8)),
            ]
            let second: [JournalRecord] = [
                .task(1, .running, message: nil), .task(1, .failure, message: "b failed: ünïcode ✓"),
                .flow(.reverting), .task(1, .revertFailure, message: "revert of b failed"),
                .task(0, .reverted, message: nil), .state(Data()), .flow(.failure),
            ]
            try await journal.append([.started(header)], to: runID, sync: true)
            try await journal.append(first, to: runID, sync: true)
            try await journal.append(second, to: runID, sync: false)
            let records = try await journal.records(of: runID)
            try verify.expectEqual(records, [.started(header)] + first + second, "records of run \(runID)")
        }),
        Check("every task and flow state round-trips", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            let records: [JournalRecord] =
                TaskState.allCases.enumerated().map { .task($0.offset, $0.element, message: nil) }
                + FlowState.allCases.map { .flow($0) }
            try await journal.append([.started(conformanceHeader(runID))], to: runID, sync: true)
            for record in records {
                try await journal.append([record], to: runID, sync: true)
            }
            try verify.expectEqual(Array(try await journal.records(of: runID).dropFirst()), records, "records")
        }),
        Check("a second header is refused with runExists", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            try await journal.append([.started(conformanceHeader(runID))], to: runID, sync: true)
            try await journal.append([.flow(.running)], to: runID, sync: true)
            try await verify.expectError(.runExists(runID), "a second header") {
                try await journal.append([.started(conformanceHeader(runID))], to: runID, sync: true)
            }
            try verify.expectEqual(
                try await journal.records(of: runID).count, 2, "records after the refused header")
        }),
        Check("appending to an unknown run is refused with unknownRun", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            try await verify.expectError(.unknownRun(runID), "appending to a run never started") {
                try await journal.append([.flow(.running)], to: runID, sync: true)
            }
            try await verify.expectError(.unknownRun(runID), "reading the records of a run never started") {
                _ = try await journal.records(of: runID)
            }
        }),
        Check("the records of an unknown run are refused with unknownRun", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            try await verify.expectError(.unknownRun(runID), "records(of:) of a run never started") {
                _ = try await journal.records(of: runID)
            }
        }),
        Check("runs lists each run with its flow and last state, oldest first", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let now = wholeSecondsNow()
            let older = RunID(), newer = RunID(), fresh = RunID()
            // Written newest first: the listing must sort by start, not by writing.
            try await journal.append([.started(conformanceHeader(fresh, flow: "third", started: now))], to: fresh, sync: true)
            try await journal.append(
                [.started(conformanceHeader(newer, flow: "second", started: now - 60))], to: newer, sync: true)
            try await journal.append([.flow(.running)], to: newer, sync: true)
            try await journal.append([.flow(.suspended)], to: newer, sync: true)
            try await journal.append(
                [.started(conformanceHeader(older, flow: "first", started: now - 120))], to: older, sync: true)
            try await journal.append([.flow(.running), .task(0, .success, message: nil), .flow(.success)], to: older, sync: true)
            let ours: Set = [older, newer, fresh]
            let listed = try await journal.runs().filter { ours.contains($0.runID) }
            try verify.expectEqual(listed.map(\.runID), [older, newer, fresh], "runs, oldest first")
            try verify.expectEqual(listed.map(\.flow), ["first", "second", "third"], "flows")
            try verify.expectEqual(listed.map(\.state), [.success, .suspended, .pending], "last states")
            for summary in listed {
                try verify.expect(
                    abs(summary.started.timeIntervalSince(now)) < 121,
                    "run \(summary.runID) started at \(summary.started), not near \(now)")
                try verify.expect(
                    summary.updated.timeIntervalSinceNow < 60 && summary.updated.timeIntervalSinceNow > -60,
                    "run \(summary.runID) was updated at \(summary.updated), not just now")
            }
        }),
        Check("remove deletes a run, and refuses an unknown one", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let kept = RunID(), removed = RunID()
            for runID in [kept, removed] {
                try await journal.append([.started(conformanceHeader(runID))], to: runID, sync: true)
                try await journal.append([.flow(.running), .flow(.success)], to: runID, sync: true)
            }
            try await journal.remove(removed)
            try await verify.expectError(.unknownRun(removed), "records(of:) after remove") {
                _ = try await journal.records(of: removed)
            }
            try verify.expect(
                try await !journal.runs().contains { $0.runID == removed }, "runs() still lists removed run \(removed)")
            try verify.expectEqual(try await journal.records(of: kept).count, 3, "records of the run kept")
            try await verify.expectError(.unknownRun(removed), "removing a run twice") {
                try await journal.remove(removed)
            }
            let unknown = RunID()
            try await verify.expectError(.unknownRun(unknown), "removing a run never started") {
                try await journal.remove(unknown)
            }
        }),
        Check("close then append continues the same log", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            let header = conformanceHeader(runID)
            try await journal.append([.started(header), .flow(.running)], to: runID, sync: true)
            await journal.close(runID)
            try await journal.append([.flow(.suspended)], to: runID, sync: true)
            await journal.close(runID)
            _ = try await journal.records(of: runID)
            try await journal.append([.flow(.resuming), .flow(.running)], to: runID, sync: true)
            await journal.close(runID)
            try verify.expectEqual(
                try await journal.records(of: runID),
                [.started(header), .flow(.running), .flow(.suspended), .flow(.resuming), .flow(.running)],
                "records after closing between appends")
        }),
    ]
}
