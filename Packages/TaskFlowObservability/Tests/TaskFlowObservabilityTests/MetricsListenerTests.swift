import Metrics
import MetricsTestKit
import TaskFlow
import TaskFlowObservability
import Testing

@Suite struct MetricsListenerTests {
    /// `LABEL [name=value, …]` of every timer, sorted.
    private func keys(_ timers: [TestTimer]) -> [String] {
        keys(timers.map { ($0.label, $0.dimensions) })
    }

    /// `LABEL [name=value, …]` of every counter, sorted.
    private func keys(_ counters: [TestCounter]) -> [String] {
        keys(counters.map { ($0.label, $0.dimensions) })
    }

    private func keys(_ metrics: [(label: String, dimensions: [(String, String)])]) -> [String] {
        metrics.map { metric in
            let dimensions = metric.dimensions.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
            return "\(metric.label) [\(dimensions)]"
        }.sorted()
    }

    @Test func timesEachTaskAndTheRunOfASucceedingRun() async throws {
        let metrics = TestMetrics()
        let engine = Engine(listeners: [MetricsListener(factory: metrics)])
        _ = try await engine.run(try provisionFlow(), state: Empty(), context: Probe())

        #expect(keys(metrics.timers) == [
            "taskflow.run.duration [flow=provision, outcome=success]",
            "taskflow.task.duration [flow=provision, task=attach, outcome=success]",
            "taskflow.task.duration [flow=provision, task=reserve, outcome=success]",
            "taskflow.task.duration [flow=provision, task=validate, outcome=success]",
        ])
        #expect(metrics.timers.allSatisfy { $0.values.count == 1 && $0.values[0] >= 0 })
        let run = try metrics.expectTimer("taskflow.run.duration", [("flow", "provision"), ("outcome", "success")])
        let tasks = metrics.timers(label: "taskflow.task.duration").map { $0.values[0] }
        #expect(run.values[0] >= tasks.reduce(0, +))
        #expect(metrics.counters.isEmpty)
        let inProgress = try metrics.expectMeter("taskflow.runs.in_progress", [("flow", "provision")])
        #expect(inProgress.values == [1, 0])
    }

    @Test func countsTheFailureAndEachRevert() async throws {
        let metrics = TestMetrics()
        let engine = Engine(listeners: [MetricsListener(factory: metrics)])
        await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(try provisionFlow(), state: Empty(), context: Probe(failing: ["attach"]))
        }

        #expect(keys(metrics.counters) == [
            "taskflow.task.failures [flow=provision, task=attach]",
            "taskflow.task.reverts [flow=provision, task=attach]",
            "taskflow.task.reverts [flow=provision, task=reserve]",
            "taskflow.task.reverts [flow=provision, task=validate]",
        ])
        #expect(metrics.counters.allSatisfy { $0.totalValue == 1 })
        #expect(keys(metrics.timers) == [
            "taskflow.run.duration [flow=provision, outcome=reverted]",
            "taskflow.task.duration [flow=provision, task=attach, outcome=failure]",
            "taskflow.task.duration [flow=provision, task=reserve, outcome=success]",
            "taskflow.task.duration [flow=provision, task=validate, outcome=success]",
        ])
        #expect(try metrics.expectMeter("taskflow.runs.in_progress", [("flow", "provision")]).values == [1, 0])
    }

    @Test func countsARevertThatThrowsInsteadOfARevert() async throws {
        let metrics = TestMetrics()
        let engine = Engine(listeners: [MetricsListener(factory: metrics)])
        await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(
                try provisionFlow(), state: Empty(), context: Probe(failing: ["attach"], failingReverts: ["reserve"])
            )
        }

        #expect(keys(metrics.counters) == [
            "taskflow.task.failures [flow=provision, task=attach]",
            "taskflow.task.revert_failures [flow=provision, task=reserve]",
            "taskflow.task.reverts [flow=provision, task=attach]",
            "taskflow.task.reverts [flow=provision, task=validate]",
        ])
        #expect(metrics.timers(label: "taskflow.run.duration").map(\.dimensions.last?.1) == ["failure"])
    }

    @Test func timesTheTasksOfANestedFlowUnderTheRunsFlow() async throws {
        let metrics = TestMetrics()
        let engine = Engine(listeners: [MetricsListener(factory: metrics)])
        await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(try nestedFlow(), state: Empty(), context: Probe(failing: ["verify"]))
        }

        #expect(keys(metrics.timers) == [
            "taskflow.run.duration [flow=deploy, outcome=reverted]",
            "taskflow.task.duration [flow=deploy, task=build, outcome=success]",
            "taskflow.task.duration [flow=deploy, task=notify, outcome=success]",
            "taskflow.task.duration [flow=deploy, task=push, outcome=success]",
            "taskflow.task.duration [flow=deploy, task=verify, outcome=failure]",
        ])
        #expect(keys(metrics.counters) == [
            "taskflow.task.failures [flow=deploy, task=verify]",
            "taskflow.task.reverts [flow=deploy, task=build]",
            "taskflow.task.reverts [flow=deploy, task=notify]",
            "taskflow.task.reverts [flow=deploy, task=push]",
            "taskflow.task.reverts [flow=deploy, task=verify]",
        ])
        #expect(metrics.counters.allSatisfy { $0.totalValue == 1 })
    }

    @Test func timesASuspendedRunAndItsResumptionSeparately() async throws {
        let metrics = TestMetrics()
        let engine = Engine(listeners: [MetricsListener(factory: metrics)])
        let runID = RunID()
        let suspending = Probe(inside: ["reserve": { engine.suspend(runID) }])
        let suspension = await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(try provisionFlow(), state: Empty(), context: suspending, runID: runID)
        }
        #expect(suspension?.isSuspension == true)
        _ = try await engine.resume(try provisionFlow(), runID: runID, context: Probe())

        #expect(keys(metrics.timers) == [
            "taskflow.run.duration [flow=provision, outcome=success]",
            "taskflow.run.duration [flow=provision, outcome=suspended]",
            "taskflow.task.duration [flow=provision, task=attach, outcome=success]",
            "taskflow.task.duration [flow=provision, task=reserve, outcome=success]",
            "taskflow.task.duration [flow=provision, task=validate, outcome=success]",
        ])
        #expect(metrics.timers.allSatisfy { $0.values.count == 1 })
        #expect(try metrics.expectMeter("taskflow.runs.in_progress", [("flow", "provision")]).values == [1, 0, 1, 0])
    }

    @Test func countsRunsInProgressWhileTheirTasksRunAndAcrossRuns() async throws {
        let metrics = TestMetrics()
        let listener = MetricsListener(prefix: "volumes", factory: metrics)
        let engine = Engine(listeners: [listener])
        let inProgress = { @Sendable in
            (try? metrics.expectMeter("volumes.runs.in_progress", [("flow", "provision")]))?.lastValue
        }
        // A run started inside a task of another run of the same flow: two in progress.
        let nested = Probe(inside: ["reserve": {
            #expect(inProgress() == 2)
        }])
        let outer = Probe(inside: ["reserve": {
            #expect(inProgress() == 1)
            _ = try await engine.run(try provisionFlow(), state: Empty(), context: nested)
            #expect(inProgress() == 1)
        }])
        _ = try await engine.run(try provisionFlow(), state: Empty(), context: outer)

        #expect(inProgress() == 0)
        #expect(metrics.timers(label: "volumes.task.duration").map(\.values.count) == [2, 2, 2])
        #expect(try metrics.expectTimer("volumes.run.duration", [("flow", "provision"), ("outcome", "success")]).values.count == 2)
        #expect(metrics.timers.allSatisfy { $0.label.hasPrefix("volumes.") })
    }
}
