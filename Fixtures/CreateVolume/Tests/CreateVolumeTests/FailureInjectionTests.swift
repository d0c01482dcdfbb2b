@testable import CreateVolume
import TaskFlow
import Testing

/// A failure injected at one task of a whole request, and everything the fakes must show
/// afterwards: the work done and exactly the compensations that undid it.
struct InjectedFailureCase: Sendable, CustomTestStringConvertible {
    /// The task made to fail.
    var task: String
    /// The flow it belongs to.
    var flow: String
    /// Every non-empty fake log after the request.
    var logs: [String: [String]]
    /// Whether a volume was still created (after a reschedule).
    var created: Bool

    var testDescription: String { task }
}

private let reserved = "reserve r1 project=demo volumes=+1 gigabytes=+10"
private let created = "create vol-1 size=10 type=lvmdriver-1 source=raw"
private let toScheduler = "cast scheduler.create_volume vol-1 attempt=1"
private let toLVM1 = "cast volume.create_volume vol-1 backend=lvm-1"

/// What a reschedule from lvm-1 to lvm-2 adds after the manager on lvm-1 failed.
private func rescheduled(database before: [String], lvm1: [String], notifier: [String]) -> [String: [String]] {
    [
        "quota": [reserved, "commit r1"],
        "database": before + [
            "update vol-1 status=creating", "update vol-1 host=none",
            "update vol-1 host=lvm-2", "update vol-1 provider_location=lvm-2://vol-1", "update vol-1 status=available",
        ],
        "rpc": [toScheduler, toLVM1, "cast scheduler.create_volume vol-1 attempt=2", "cast volume.create_volume vol-1 backend=lvm-2"],
        "scheduler driver": ["select lvm-1 for vol-1", "select lvm-2 for vol-1"],
        "driver lvm-1": lvm1 + ["delete vol-1"],
        "driver lvm-2": ["create vol-1"],
        "notifier": notifier + ["INFO volume.create.start vol-1", "INFO volume.create.end vol-1: lvm-2://vol-1"],
    ]
}

let injectedFailureCases: [InjectedFailureCase] = [
    // API: before the commit everything is undone; after it the volume is kept in error.
    InjectedFailureCase(task: "extract_volume_request", flow: "volume_create_api", logs: [:], created: false),
    InjectedFailureCase(task: "reserve_quota", flow: "volume_create_api", logs: [:], created: false),
    InjectedFailureCase(
        task: "create_entry", flow: "volume_create_api",
        logs: ["quota": [reserved, "rollback r1"]], created: false
    ),
    InjectedFailureCase(
        task: "commit_quota", flow: "volume_create_api",
        logs: ["quota": [reserved, "rollback r1"], "database": [created, "destroy vol-1"]], created: false
    ),
    InjectedFailureCase(
        task: "cast_create_volume", flow: "volume_create_api",
        logs: [
            "quota": [reserved, "commit r1", "reserve r2 project=demo volumes=-1 gigabytes=-10", "commit r2"],
            "database": [created, "update vol-1 status=error"],
        ],
        created: false
    ),
    // Scheduler: no reverts; a scheduling failure errors the volume out and notifies.
    InjectedFailureCase(
        task: "extract_scheduler_spec", flow: "volume_create_scheduler",
        logs: ["quota": [reserved, "commit r1"], "database": [created], "rpc": [toScheduler]], created: false
    ),
    InjectedFailureCase(
        task: "schedule_create_volume", flow: "volume_create_scheduler",
        logs: [
            "quota": [reserved, "commit r1"],
            "database": [created, "update vol-1 status=error"],
            "rpc": [toScheduler],
            "notifier": ["ERROR scheduler.create_volume vol-1: injected failure in scheduler.select_backend"],
        ],
        created: false
    ),
    // Manager: before the reschedule task is armed nothing is undone; after it, the volume is
    // rescheduled on lvm-2, where it is created.
    InjectedFailureCase(
        task: "extract_volume_ref", flow: "volume_create_manager",
        logs: [
            "quota": [reserved, "commit r1"],
            "database": [created, "update vol-1 host=lvm-1"],
            "rpc": [toScheduler, toLVM1],
            "scheduler driver": ["select lvm-1 for vol-1"],
        ],
        created: false
    ),
    InjectedFailureCase(
        task: "extract_volume_spec", flow: "volume_create_manager",
        logs: rescheduled(database: [created, "update vol-1 host=lvm-1"], lvm1: [], notifier: []), created: true
    ),
    InjectedFailureCase(
        task: "notify_create_start", flow: "volume_create_manager",
        logs: rescheduled(database: [created, "update vol-1 host=lvm-1"], lvm1: [], notifier: []), created: true
    ),
    InjectedFailureCase(
        task: "create_from_spec", flow: "volume_create_manager",
        logs: rescheduled(
            database: [created, "update vol-1 host=lvm-1"], lvm1: [], notifier: ["INFO volume.create.start vol-1"]
        ),
        created: true
    ),
    InjectedFailureCase(
        task: "create_on_finish", flow: "volume_create_manager",
        logs: rescheduled(
            database: [created, "update vol-1 host=lvm-1", "update vol-1 provider_location=lvm-1://vol-1"],
            lvm1: ["create vol-1"], notifier: ["INFO volume.create.start vol-1"]
        ),
        created: true
    ),
]

@Suite("A failure injected at every task")
struct FailureInjectionTests {
    @Test func everyFailurePointHasACase() {
        #expect(injectedFailureCases.map(\.task) == Deployment.failurePoints)
    }

    @Test(arguments: injectedFailureCases)
    func undoesExactlyWhatRanBeforeTheFailure(_ failureCase: InjectedFailureCase) async throws {
        let deployment = Deployment()
        try deployment.injectFailure(atTask: failureCase.task)
        let report = await deployment.createVolume(VolumeRequest(size: 10, name: "data"), context: .test)

        let failedRun = try #require(report.runs.first { if case .failed = $0.outcome { true } else { false } })
        guard case .failed(let error) = failedRun.outcome else { return }
        let failure = try #require(error as? FlowFailure)
        #expect(failedRun.flow == failureCase.flow)
        #expect(failure.failedTask == failureCase.task)
        #expect(failure.isFullyReverted)
        #expect(deployment.nonEmptyLogs == failureCase.logs)
        #expect((report.created != nil) == failureCase.created)
    }

    @Test func theRescheduleTaskCannotBeMadeToFail() {
        #expect(throws: UnknownFailurePoint.self) {
            try Deployment().injectFailure(atTask: "on_failure_reschedule")
        }
    }
}
