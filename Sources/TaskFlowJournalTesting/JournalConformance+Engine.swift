import TaskFlow

extension JournalConformance {
    /// Checks of durable runs that an `Engine` records in the journal.
    static let engineChecks: [Check] = [
        Check("a durable run succeeds and ends with its success recorded", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            let probe = ConformanceProbe()
            let final = try await Engine(options: .init(journal: journal)).run(
                try ConformanceFlow.linear(), state: ConformanceState(), context: probe, runID: runID)
            try verify.expectEqual(final, ConformanceFlow.expected(["a", "b", "c", "d"]), "final state")
            let records = try await journal.records(of: runID)
            try verify.expectEqual(records.last, .flow(.success), "last record")
            try verify.expectEqual(successes(in: records), 4, "tasks recorded as succeeded")
            try verify.expectEqual(
                try await journal.runs().first { $0.runID == runID }?.state, .success, "the run's listed state")
        }),
        Check("a suspended run resumes and runs only the tasks not yet finished", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let engine = Engine(options: .init(journal: journal))
            let runID = RunID()
            let flow = try ConformanceFlow.linear()
            let suspending = ConformanceProbe { name in if name == "b" { engine.suspend(runID) } }
            let stopped: (any Error)?
            do {
                _ = try await engine.run(flow, state: ConformanceState(), context: suspending, runID: runID)
                stopped = nil
            } catch {
                stopped = error
            }
            try verify.expect(
                (stopped as? FlowFailure)?.isSuspension == true,
                "the run ended with \(stopped.map { "\($0)" } ?? "success"), not a suspension")
            try verify.expectEqual(suspending.executed, ["a", "b"], "tasks executed before the suspension")
            try verify.expectEqual(try await journal.records(of: runID).last, .flow(.suspended), "last record")
            let resumed = ConformanceProbe()
            let final = try await engine.resume(flow, runID: runID, context: resumed)
            try verify.expectEqual(resumed.executed, ["c", "d"], "tasks executed on resume")
            try verify.expectEqual(final, ConformanceFlow.expected(["a", "b", "c", "d"]), "final state")
            let records = try await journal.records(of: runID)
            try verify.expectEqual(records.last, .flow(.success), "last record")
            try verify.expectEqual(successes(in: records), 4, "tasks recorded as succeeded")
        }),
        Check("a failing run reverts and ends reverted", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            let probe = ConformanceProbe(failing: ["c"])
            let flow = try ConformanceFlow.linear()
            let stopped: (any Error)?
            do {
                _ = try await Engine(options: .init(journal: journal)).run(
                    flow, state: ConformanceState(), context: probe, runID: runID)
                stopped = nil
            } catch {
                stopped = error
            }
            let failure = stopped as? FlowFailure
            try verify.expect(
                failure?.reason.isFailed == true,
                "the run ended with \(stopped.map { "\($0)" } ?? "success"), not a failure")
            try verify.expectEqual(failure?.reverted, ["c", "b", "a"], "tasks reverted")
            try verify.expectEqual(probe.reverted, ["c", "b", "a"], "reverts run")
            try verify.expectEqual(try await journal.records(of: runID).last, .flow(.reverted), "last record")
        }),
        Check("100 concurrent tasks are all recorded", verifying: { verify, makeJournal in
            let journal = try await makeJournal()
            let runID = RunID()
            let names = (0..<100).map { "t\($0)" }
            let final = try await Engine(options: .init(journal: journal)).run(
                try ConformanceFlow.unordered(count: 100), state: ConformanceState(), context: ConformanceProbe(),
                runID: runID)
            try verify.expectEqual(final, ConformanceFlow.expected(names), "final state")
            let records = try await journal.records(of: runID)
            var succeeded: [Int: Int] = [:]
            for case .task(let task, .success, _) in records { succeeded[task, default: 0] += 1 }
            try verify.expectEqual(succeeded.count, 100, "tasks recorded as succeeded")
            try verify.expect(
                succeeded.values.allSatisfy { $0 == 1 }, "a task was recorded as succeeded more than once")
            try verify.expectEqual(records.last, .flow(.success), "last record")
            // Resuming the finished run runs nothing again.
            let again = ConformanceProbe()
            let resumed = try await Engine(options: .init(journal: journal)).resume(
                try ConformanceFlow.unordered(count: 100), runID: runID, context: again)
            try verify.expectEqual(resumed, final, "state after resuming the finished run")
            try verify.expectEqual(again.executed, [], "tasks executed when resuming the finished run")
        }),
    ]

    private static func successes(in records: [JournalRecord]) -> Int {
        records.count(where: { if case .task(_, .success, _) = $0 { true } else { false } })
    }
}
